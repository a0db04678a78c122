/// Plans written with the keys `ScenarioDecoder+Plans` reads.
extension ScenarioEncoder {
  static func plan(_ plan: Plan) -> DocumentNode {
    map([("name", text(plan.name)), ("note", text(plan.note)), ("events", .sequence(plan.events.map(event)))])
  }

  /// One event: its id and date, the key naming what it changes, and its figure.
  static func event(_ event: PlannedEvent) -> DocumentNode {
    var pairs: [(String, DocumentNode?)] = [("id", text(event.id)), ("date", date(event.date))]
    // The figure's date is the event's: written once.
    func undated<V>(_ figure: Figure<V>) -> Figure<V> {
      var figure = figure
      figure.asOf = nil
      return figure
    }
    switch event.change {
    case .arrival(let country, let figure):
      pairs += [("arrive", text(country)), ("officers", headCount(undated(figure)))]
    case .departure(let country, let figure):
      pairs += [("leave", text(country)), ("officers", headCount(undated(figure)))]
    case .level(let level, let figure):
      pairs += [("level", text(level.rawValue)), ("officers", headCount(undated(figure)))]
    case .flow(let line, let stage, let amount):
      pairs += [("line", text(line)), ("stage", text(stage.rawValue)), ("amount", self.amount(undated(amount)))]
    case .budget(let period, let amount):
      pairs += [("period", text(period)), ("budget", self.amount(undated(amount)))]
    case .renewal(let period, let until, let amount):
      pairs += [("renew", text(period)), ("until", date(until)), ("budget", self.amount(undated(amount)))]
    }
    return map(pairs)
  }
}
