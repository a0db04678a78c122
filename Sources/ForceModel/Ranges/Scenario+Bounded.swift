/// The scenario with every uncertain input at one end of its range.
extension Scenario {
  /// Every input's figure moved to the `bound` end of the range its qualifier (and any recorded
  /// conflict naming it) admits; `only`, when given, picks the inputs that move (the rest stay
  /// at their values). Plans' events move too, so a projection carries its ranges.
  ///
  /// `fundingMoved` is false when no funding line changed, so the money pass of the point
  /// scenario serves the bounded one: 100,000 exact lines are not tallied three times.
  public func bounded(_ bound: Bound, only: ((UncertainInput) -> Bool)? = nil) -> (
    scenario: Scenario, fundingMoved: Bool
  ) {
    let mover = Mover(bound: bound, spread: assumptions.ranges, spans: conflictSpans, only: only)
    var next = self
    mover.moveForces(of: self, into: &next)
    mover.moveCosts(of: self, into: &next)
    let linesMoved = mover.moveLines(of: self, into: &next)
    let plansMoved = mover.movePlans(of: self, into: &next)
    return (next, linesMoved || plansMoved)
  }

  /// The span of every recorded conflict that names a figure: its claims' numbers.
  var conflictSpans: [ConflictFigure: ClosedRange<Double>] {
    var spans: [ConflictFigure: ClosedRange<Double>] = [:]
    for conflict in conflicts {
      guard let figure = conflict.figure else { continue }
      let numbers = conflict.claims.compactMap(\.number)
      guard let low = numbers.min(), let high = numbers.max() else { continue }
      let span = spans[figure].map { min($0.lowerBound, low)...max($0.upperBound, high) } ?? low...high
      spans[figure] = span
    }
    return spans
  }

  /// Every input of this scenario whose value is a range, with that range (for sensitivity).
  public var uncertainInputs: [(input: UncertainInput, range: ClosedRange<Double>)] {
    let spread = assumptions.ranges
    let spans = conflictSpans
    var inputs: [(UncertainInput, ClosedRange<Double>)] = []
    func add(_ input: UncertainInput, _ value: Double, _ qualifier: Qualifier, span: ClosedRange<Double>? = nil) {
      var range = spread.interval(value, qualifier)
      if let span { range = min(range.lowerBound, span.lowerBound)...max(range.upperBound, span.upperBound) }
      if range.lowerBound < range.upperBound { inputs.append((input, range)) }
    }
    for row in contributors {
      add(
        .deployed(country: row.country), Double(row.deployed.value), row.deployed.qualifier,
        span: spans[.deployed(country: row.country)])
      if let pledged = row.pledged {
        add(
          .pledged(country: row.country), Double(pledged.value), pledged.qualifier,
          span: spans[.pledged(country: row.country)])
      }
    }
    for level in [StrengthLevel.planned, .authorized, .target] {
      if let figure = strength.figure(level) {
        add(.level(level), Double(figure.value), figure.qualifier, span: spans[.level(level)])
      }
    }
    for period in mission.periods {
      if let budget = period.budget { add(.budget(period: period.id), budget.value, budget.qualifier) }
    }
    add(.costPerOfficerYear, assumptions.costPerOfficerYear.value, assumptions.costPerOfficerYear.qualifier)
    add(.fixedYearlyCost, assumptions.fixedYearlyCost.value, assumptions.fixedYearlyCost.qualifier)
    for line in funding where !line.flowsAreExact {
      for (index, flow) in line.flows.enumerated() {
        add(.flow(line: line.id, index: index), flow.amount.value, flow.amount.qualifier)
      }
    }
    for plan in plans {
      for event in plan.events { add(.planned(plan: plan.name, event: event.id), event.value, event.qualifier) }
    }
    return inputs
  }
}

extension FlowStage {
  /// Money leaving what the mission has (spent, frozen, cancelled): more of it is worse.
  var isOutgoing: Bool { self == .spent || self == .frozen || self == .cancelled }
}

/// Moves figures to one end of their ranges, for `Scenario.bounded`.
private struct Mover {
  let bound: Bound
  let spread: RangeSpread
  let spans: [ConflictFigure: ClosedRange<Double>]
  let only: ((UncertainInput) -> Bool)?

  func take(_ input: UncertainInput) -> Bool { only?(input) ?? true }

  /// Worse is lower for what the mission has, higher for what it must reach or spend.
  func moved(_ value: Double, _ qualifier: Qualifier, higherIsWorse: Bool, span: ClosedRange<Double>? = nil) -> Double {
    var range = spread.interval(value, qualifier)
    if let span { range = min(range.lowerBound, span.lowerBound)...max(range.upperBound, span.upperBound) }
    return (bound == .worse) == higherIsWorse ? range.upperBound : range.lowerBound
  }

  func count(_ figure: HeadCount, higherIsWorse: Bool, span: ClosedRange<Double>? = nil) -> HeadCount {
    guard figure.qualifier != .exact || span != nil else { return figure }
    var next = figure
    let value = moved(Double(figure.value), figure.qualifier, higherIsWorse: higherIsWorse, span: span)
    next.value = Int((bound == .worse) == higherIsWorse ? value.rounded(.up) : value.rounded(.down))
    return next
  }

  func money(_ figure: Amount, higherIsWorse: Bool) -> Amount {
    guard figure.qualifier != .exact else { return figure }
    var next = figure
    next.value = max(0, moved(figure.value, figure.qualifier, higherIsWorse: higherIsWorse))
    return next
  }

  /// Countries' deployed and pledged figures, and the levels.
  func moveForces(of scenario: Scenario, into next: inout Scenario) {
    for (index, row) in scenario.contributors.enumerated() {
      if take(.deployed(country: row.country)) {
        let span = spans[.deployed(country: row.country)]
        if row.deployed.qualifier != .exact || span != nil {
          next.contributors[index].deployed = count(row.deployed, higherIsWorse: false, span: span)
        }
        for entry in row.history.indices where row.history[entry].deployed.qualifier != .exact {
          next.contributors[index].history[entry].deployed = count(row.history[entry].deployed, higherIsWorse: false)
        }
      }
      if take(.pledged(country: row.country)), let pledged = row.pledged {
        let span = spans[.pledged(country: row.country)]
        if pledged.qualifier != .exact || span != nil {
          next.contributors[index].pledged = count(pledged, higherIsWorse: false, span: span)
        }
      }
    }
    for level in [StrengthLevel.planned, .authorized, .target] where take(.level(level)) {
      guard let figure = scenario.strength.figure(level) else { continue }
      let moved = count(figure, higherIsWorse: true, span: spans[.level(level)])
      switch level {
      case .planned: next.strength.planned = moved
      case .authorized: next.strength.authorized = moved
      case .target: next.strength.target = moved
      case .deployed: break
      }
    }
    for (index, entry) in scenario.strength.history.enumerated()
    where entry.figure.qualifier != .exact && take(.level(entry.level)) {
      next.strength.history[index].figure = count(entry.figure, higherIsWorse: true)
    }
  }

  /// Budgets and the costs a requirement is derived from: higher is worse.
  func moveCosts(of scenario: Scenario, into next: inout Scenario) {
    for (index, period) in scenario.mission.periods.enumerated() {
      guard let budget = period.budget, take(.budget(period: period.id)) else { continue }
      next.mission.periods[index].budget = money(budget, higherIsWorse: true)
    }
    if take(.costPerOfficerYear) {
      next.assumptions.costPerOfficerYear = money(scenario.assumptions.costPerOfficerYear, higherIsWorse: true)
    }
    if take(.fixedYearlyCost) {
      next.assumptions.fixedYearlyCost = money(scenario.assumptions.fixedYearlyCost, higherIsWorse: true)
    }
  }

  /// Flows of the lines with any uncertain flow; true when one moved.
  func moveLines(of scenario: Scenario, into next: inout Scenario) -> Bool {
    var movedAny = false
    // The lines with a range, found without copying a line (100,000 exact lines are a pass over
    // a flag each).
    let uncertain = scenario.funding.withUnsafeBufferPointer { lines in
      lines.indices.filter { !lines[$0].flowsAreExact }
    }
    for index in uncertain {
      let line = scenario.funding[index]
      var flows = line.flows
      var changed = false
      for flow in flows.indices where flows[flow].amount.qualifier != .exact {
        guard take(.flow(line: line.id, index: flow)) else { continue }
        flows[flow].amount = money(flows[flow].amount, higherIsWorse: flows[flow].stage.isOutgoing)
        changed = true
      }
      if changed {
        next.funding[index].flows = flows
        movedAny = true
      }
    }
    return movedAny
  }

  /// Plans' events; true when a planned flow moved (it lands on a line).
  func movePlans(of scenario: Scenario, into next: inout Scenario) -> Bool {
    var movedMoney = false
    for (plan, planned) in scenario.plans.enumerated() {
      for (index, event) in planned.events.enumerated() {
        guard event.qualifier != .exact, take(.planned(plan: planned.name, event: event.id)) else { continue }
        var change = event.change
        switch event.change {
        case .arrival(let country, let figure): change = .arrival(country: country, count(figure, higherIsWorse: false))
        case .departure(let country, let figure):
          change = .departure(country: country, count(figure, higherIsWorse: true))
        case .level(let level, let figure): change = .level(level, count(figure, higherIsWorse: true))
        case .flow(let line, let stage, let amount):
          change = .flow(line: line, stage, money(amount, higherIsWorse: stage.isOutgoing))
          movedMoney = true
        case .budget(let period, let amount): change = .budget(period: period, money(amount, higherIsWorse: true))
        case .renewal(let period, let until, let amount):
          change = .renewal(period: period, until: until, money(amount, higherIsWorse: true))
        }
        next.plans[plan].events[index].change = change
      }
    }
    return movedMoney
  }
}
