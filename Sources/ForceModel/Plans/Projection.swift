/// A plan carried into the scenario: the figures its events would make, dated on their days,
/// so the scenario as known on a later day (`asOf`) is the projection there.
///
/// A projection runs from the data's horizon (the scenario's own date), never from a cursor: an
/// event dated on or before it is overtaken by what was reported and takes no part. Every
/// figure a plan makes is derived ("projected: 700 reported + 800 planned") and keeps the
/// event's qualifier and sources, so the screen and the report show it as projected.
extension Scenario {
  /// The day the reported data runs to: projections start after it.
  public var dataHorizon: Day? { mission.asOf?.lastDay }

  /// The last day of the mandate in force on the data's date, else a year past the data: the
  /// date a projection is asked about when none is given (plans compared, goal seek in time,
  /// the day cash runs out).
  public var mandateDeadline: AsOf? {
    guard let horizon = dataHorizon else { return nil }
    if let period = mission.period(on: horizon) { return Day(number: period.endDay.number - 1).asOf }
    return horizon.adding(months: 12).asOf
  }

  /// The currency of a planned event's amount: its line's, else USD.
  public func currency(of event: PlannedEvent) -> String {
    guard case .flow(let line, _, _) = event.change else { return "USD" }
    return funding.first { $0.id == line }?.currency ?? "USD"
  }

  /// A planned event in a few words, its money in its line's currency.
  public func describe(_ event: PlannedEvent) -> String { event.summary(currency: currency(of: event)) }

  /// The plan named `name`, or the first (the base plan) when `name` is nil.
  public func plan(named name: String?) -> Plan? {
    guard let name else { return plans.first }
    return plans.first { $0.name == name }
  }

  /// True when `date` lies after the data's horizon: results there are projected.
  public func isProjected(_ date: AsOf?) -> Bool {
    guard let date, let horizon = dataHorizon else { return false }
    return date.lastDay > horizon
  }

  /// The plan's events that take part: dated after the horizon, in date order (the order
  /// written on a tie).
  public func eventsAhead(in plan: Plan) -> [PlannedEvent] {
    let horizon = dataHorizon ?? .distantPast
    return plan.events.enumerated().filter { $0.element.date.lastDay > horizon }
      .sorted { ($0.element.date.lastDay, $0.offset) < ($1.element.date.lastDay, $1.offset) }.map(\.element)
  }

  /// This scenario with `plan`'s events ahead folded in as dated figures: an arrival or a
  /// departure a history entry of its country (a country not yet listed joins with nobody
  /// deployed), a decision a level's figure, money a flow on its line, a budget its period's.
  /// The facts are untouched; the scenario as known on any day after the horizon is the
  /// projection there.
  public func folding(_ plan: Plan?) -> Scenario {
    guard let plan, !plan.events.isEmpty else { return self }
    var next = self
    for event in eventsAhead(in: plan) { next.fold(event, plan: plan.name) }
    return next
  }

  /// The scenario projected to `date` under the plan named `name` (the base plan when nil): the
  /// facts as known then and the plan's events up to it.
  public func projected(to date: AsOf, plan name: String? = nil, wholeLines: Bool = false) -> Scenario {
    folding(plan(named: name)).asOf(date, wholeLines: wholeLines)
  }

  /// Folds one event in.
  private mutating func fold(_ event: PlannedEvent, plan: String) {
    let day = event.date.lastDay
    let label = "planned (\(plan)): \(event.id)"
    switch event.change {
    case .arrival(let country, let figure), .departure(let country, let figure):
      let arriving = if case .arrival = event.change { true } else { false }
      var index = contributors.firstIndex { $0.country == country }
      if index == nil {
        contributors.append(
          Contributor(
            country: country,
            deployed: HeadCount(
              0, sources: [], asOf: mission.asOf, note: "Not listed in the data; joins with the plan.",
              derivation: "no deployed figure before the plan")))
        index = contributors.count - 1
      }
      guard let index else { return }
      let before = contributors[index].deployed(on: day)
      let value = arriving ? before.value &+ figure.value : max(0, before.value - figure.value)
      let sign = arriving ? "+" : "−"
      let projected = HeadCount(
        value, Self.combined(before.qualifier, figure.qualifier), sources: figure.sources, asOf: event.date,
        note: figure.note,
        derivation: "projected: \(Format.count(before.value)) before \(sign) \(Format.count(figure.value)) \(label)")
      contributors[index].history.append(
        Deployment(deployed: projected, event: "\(arriving ? "arrive" : "leave"): \(label)"))
    case .level(let level, let figure):
      var planned = figure
      planned.asOf = event.date
      planned.derivation = planned.derivation ?? label
      strength.history.append(LevelFigure(level: level, figure: planned))
    case .flow(let line, let stage, let amount):
      guard let index = funding.firstIndex(where: { $0.id == line }) else { return }
      var planned = amount
      planned.asOf = event.date
      planned.derivation = planned.derivation ?? label
      funding[index].flows.append(Flow(stage, planned))
    case .renewal(let period, let until, let amount):
      guard let old = mission.periods.first(where: { $0.id == period }) else { return }
      var budget = amount
      budget.asOf = event.date
      budget.derivation = budget.derivation ?? label
      mission.periods.append(
        MandatePeriod(
          id: event.id, decision: "planned renewal of \(old.decision)", force: old.force, decided: event.date,
          start: old.end, end: until, budget: budget, sources: amount.sources, note: label))
    case .budget(let period, let amount):
      guard let index = mission.periods.firstIndex(where: { $0.id == period }) else { return }
      var planned = amount
      planned.asOf = event.date
      planned.derivation = planned.derivation ?? label
      mission.periods[index].budget = planned
    }
  }

  /// The qualifier of a sum: exact only when both parts are.
  static func combined(_ a: Qualifier, _ b: Qualifier) -> Qualifier {
    if a == b { return a }
    if a == .exact { return b }
    if b == .exact { return a }
    return .about
  }
}

extension Contributor {
  /// The deployed figure standing on `day`: the latest of the row's own and its history's
  /// dated on or before it (the row's own on a tie), else the earliest known.
  func deployed(on day: Day) -> HeadCount {
    func dayOf(_ figure: HeadCount) -> Day { figure.asOf?.lastDay ?? .distantPast }
    var best: HeadCount?
    for figure in [deployed] + history.map(\.deployed) where dayOf(figure) <= day {
      if best.map({ dayOf($0) < dayOf(figure) }) ?? true { best = figure }
    }
    return best ?? deployed
  }
}
