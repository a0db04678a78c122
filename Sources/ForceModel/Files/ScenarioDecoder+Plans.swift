/// Reads `plans:`: named lists of dated events ahead, each changing one thing.
extension ScenarioDecoder {
  static let eventKinds = ["arrive", "leave", "level", "line", "period", "renew"]

  func plan(_ node: Node) -> (plan: Plan, events: [(PlannedEvent, Node)])? {
    guard let f = fields(node, "plan", allowed: ["name", "note", "events"], required: ["name", "events"]) else {
      return nil
    }
    let name = f["name"].flatMap { text($0, "plan.name") }
    let note = f["note"].flatMap { text($0, "plan.note") }
    let events = f["events"].map { list($0, "plan.events", item: plannedEvent) } ?? Listed()
    checkUnique(events, what: "event id in a plan") { $0.id }
    guard let name else { return nil }
    return (Plan(name: name, note: note, events: events.values), events.map { ($0.value, $0.node) })
  }

  /// One event: `id`, `date`, and one of `arrive`/`leave` (a country, with `officers`),
  /// `level` (planned, authorized or target, with `officers`), `line` (with `stage` and
  /// `amount`) or `period` (with `budget`).
  func plannedEvent(_ node: Node) -> PlannedEvent? {
    guard
      let f = fields(
        node, "plan event",
        allowed: ["id", "date", "officers", "stage", "amount", "budget", "until"] + Self.eventKinds,
        required: ["id", "date"])
    else { return nil }
    let id = f["id"].flatMap { text($0, "event.id") }
    let date = f["date"].flatMap { self.date($0, "event.date") }
    let kinds = Self.eventKinds.filter { f[$0] != nil }
    guard kinds.count == 1, let kind = kinds.first, let kindNode = f[kind] else {
      report(
        node, "a plan event changes one thing; found \(kinds.isEmpty ? "none" : kinds.joined(separator: " and "))",
        hint: "give exactly one of arrive, leave, level, line, period or renew")
      return nil
    }
    func dated<V>(_ figure: Figure<V>?) -> Figure<V>? {
      guard var figure else { return nil }
      figure.asOf = date
      return figure
    }
    func needs(_ key: String, for what: String) -> Node? {
      if let value = f[key] { return value }
      report(node, "a plan event with '\(what)' needs '\(key)'", hint: "add '\(key):' here")
      return nil
    }
    var change: PlannedEvent.Change?
    switch kind {
    case "arrive", "leave":
      let country = text(kindNode, "event.\(kind)")
      let officers = needs("officers", for: kind).flatMap { headCount($0, "event.officers") }
      if let country, let officers = dated(officers) {
        change = kind == "arrive" ? .arrival(country: country, officers) : .departure(country: country, officers)
      }
    case "level":
      let level = choice(kindNode, "event.level", PlannedLevel.self)
      let officers = needs("officers", for: kind).flatMap { headCount($0, "event.officers") }
      if let level, let officers = dated(officers) { change = .level(level.level, officers) }
    case "line":
      let line = text(kindNode, "event.line")
      let stage = needs("stage", for: kind).flatMap { choice($0, "event.stage", FlowStage.self) }
      let amount = needs("amount", for: kind).flatMap { self.amount($0, "event.amount") }
      if let line, let stage, let amount = dated(amount) { change = .flow(line: line, stage, amount) }
    case "renew":
      let period = text(kindNode, "event.renew")
      let until = needs("until", for: kind).flatMap { self.date($0, "event.until") }
      let budget = needs("budget", for: kind).flatMap { amount($0, "event.budget", what: "budget") }
      if let period, let until, let budget = dated(budget) { change = .renewal(period: period, until: until, budget) }
    default:
      let period = text(kindNode, "event.period")
      let budget = needs("budget", for: kind).flatMap { amount($0, "event.budget", what: "budget") }
      if let period, let budget = dated(budget) { change = .budget(period: period, budget) }
    }
    guard let id, let date, let change else { return nil }
    return PlannedEvent(id: id, date: date, change: change)
  }

  /// The checks across plans and the rest of the file: names unique, lines and periods that
  /// exist, a budget only for a period without one, and a date the projection runs from.
  func checkPlans(
    _ plans: Listed<(plan: Plan, events: [(PlannedEvent, Node)])>, mission: Mission?,
    lineIDs: [String: Node].Keys
  ) {
    checkUnique(plans, what: "plan name") { $0.plan.name }
    if let first = plans.first, mission?.asOf == nil {
      report(
        first.node, "plans need mission.as_of: the day the data runs to, where a projection starts",
        hint: "add as_of under mission")
    }
    let periods = mission?.periods ?? []
    for (event, node) in plans.flatMap(\.value.events) {
      switch event.change {
      case .flow(let line, _, _) where !lineIDs.contains(line):
        report(
          node, "plan event '\(clean(event.id))' names a funding line '\(clean(line))' that is not in funding",
          hint: Suggestion.closest(to: line, in: Array(lineIDs)).map { "did you mean '\($0)'?" }
            ?? "name the id of a funding line; add the line first for a new donor")
      case .budget(let id, _):
        guard let period = periods.first(where: { $0.id == id }) else {
          report(
            node,
            "plan event '\(clean(event.id))' names a mandate period '\(clean(id))' that is not in mission.periods",
            hint: Suggestion.closest(to: id, in: periods.map(\.id)).map { "did you mean '\($0)'?" })
          continue
        }
        if period.budget != nil {
          report(
            node, "mandate period '\(clean(id))' already states a budget",
            hint: "a planned budget is for a period that has none yet; edit the period's budget instead")
        }
      case .renewal(let id, let until, _):
        guard let period = periods.first(where: { $0.id == id }) else {
          report(
            node,
            "plan event '\(clean(event.id))' renews a mandate period '\(clean(id))' that is not in mission.periods",
            hint: Suggestion.closest(to: id, in: periods.map(\.id)).map { "did you mean '\($0)'?" })
          continue
        }
        if until.lastDay <= period.endDay {
          report(
            node, "plan event '\(clean(event.id))': the renewal ends \(until), not after \(id)'s end \(period.end)")
        }
        if periods.contains(where: { $0.startDay >= period.endDay }) {
          report(
            node, "plan event '\(clean(event.id))': a period after \(id) is already decided",
            hint: "renew the last mandate period")
        }
      default:
        break
      }
    }
  }
}

/// The levels a plan may decide (deployed is what arrivals make, never decided).
enum PlannedLevel: String, CaseIterable {
  case planned
  case authorized
  case target

  var level: StrengthLevel {
    switch self {
    case .planned: .planned
    case .authorized: .authorized
    case .target: .target
    }
  }
}

extension ScenarioDecoder {
  /// `assumptions.ranges`: how wide "about" and "at least" make a range, as shares.
  func rangeSpread(_ node: Node) -> RangeSpread? {
    guard let f = fields(node, "assumptions.ranges", allowed: ["about", "at_least"], required: []) else { return nil }
    var spread = RangeSpread(stated: true)
    for (key, limit) in [("about", 1.0), ("at_least", 10.0)] {
      guard let value = f[key], let share = decimal(value, "ranges.\(key)", what: "share") else { continue }
      guard share >= 0, share <= limit else {
        report(
          value, "ranges.\(key): a share of \(share) is out of range", hint: "use 0 to \(Int(limit)) (0.1 is 10 %)")
        continue
      }
      if key == "about" { spread.about = share } else { spread.atLeast = share }
    }
    return spread
  }
}
