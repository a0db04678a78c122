/// The low and high of every result: the results of the scenario with each uncertain input at
/// its worse end and at its better end (`Scenario.bounded`), beside the point results.
public struct ResultRanges: Sendable {
  /// Every input at the end worse for the mission.
  public let worse: Results
  /// Every input at the better end.
  public let better: Results
  /// How wide each qualifier was taken, for the caveat beside a range.
  public let spread: RangeSpread

  /// The range of one result around its point value `point`: from the lowest to the highest of
  /// the three (the point always lies in it); nil when the result has no number.
  public func range(_ key: ResultKey, point: Results) -> ClosedRange<Double>? {
    guard let value = point.number(key) else { return nil }
    let ends = [worse.number(key), better.number(key)].compactMap { $0 }
    return min(value, ends.min() ?? value)...max(value, ends.max() ?? value)
  }

  /// The earliest and latest ends of a runway (cash only, or with commitments).
  public func runway(withCommitments: Bool, point: Results) -> (earliest: RunwayEnd, latest: RunwayEnd) {
    func end(_ results: Results) -> RunwayEnd {
      withCommitments ? results.funding.runwayWithCommitments : results.funding.runwayCashOnly
    }
    let ends = [end(worse), end(point), end(better)]
    return (ends.min(by: Self.earlier) ?? end(point), ends.max(by: Self.earlier) ?? end(point))
  }

  /// Orders runway ends: running out sooner is earlier, lasting is later than any running out.
  static func earlier(_ a: RunwayEnd, _ b: RunwayEnd) -> Bool {
    func rank(_ end: RunwayEnd) -> (Int, Int) {
      switch end {
      case .runsOut(let day): (0, day.number)
      case .lasts(let day): (1, day.number)
      case .noSpending: (2, 0)
      case .undated: (3, 0)
      }
    }
    return rank(a) < rank(b)
  }
}

/// Results with their ranges, worked out together.
public struct RangedResults: Sendable {
  /// The point results.
  public let results: Results
  /// Their ranges.
  public let ranges: ResultRanges

  /// The results of `view(scenario)` and of the same view of the scenario bounded at each end.
  /// `view` is what the screen or report shows of the scenario: itself, as known on a date, or
  /// projected under a plan; ranges are taken before it, so a projection's arithmetic carries
  /// both the facts' ranges and the plan's.
  public init(_ scenario: Scenario, view: (Scenario) -> Scenario = { $0 }) {
    self.init(ends: ScenarioEnds(scenario), view: view)
  }

  /// The same, from ends made before (`ScenarioEnds`), which the as-of cursor keeps from step
  /// to step.
  public init(ends: ScenarioEnds, view: (Scenario) -> Scenario = { $0 }) {
    let (point, tally) = recalculate(view(ends.scenario), tally: nil)
    func end(_ bound: Bound) -> Results {
      let (moved, fundingMoved) = ends.end(bound)
      return recalculate(view(moved), tally: fundingMoved ? nil : tally).results
    }
    results = point
    ranges = ResultRanges(worse: end(.worse), better: end(.better), spread: ends.scenario.assumptions.ranges)
  }
}

extension Results {
  /// A result as a number: people, USD, a ratio, a runway's day (days since 1970); nil when
  /// the scenario has no such result.
  public func number(_ key: ResultKey) -> Double? {
    switch key {
    case .deployedTotal: return Double(deployedTotal)
    case .shortfall(let level): return shortfall(level).map { Double($0.count) }
    case .share(let index): return contributors.indices.contains(index) ? contributors[index].share : nil
    case .pledgedNotDeployed(let index):
      return contributors.indices.contains(index) ? contributors[index].pledgedNotDeployed.map(Double.init) : nil
    case .leadShare: return leadShare
    case .fundingListed: return funding.funding
    case .cashReceived: return funding.cash.received
    case .cashSpent: return funding.cash.spent
    case .inHand: return funding.cash.inHand
    case .burn: return funding.burn.perMonth
    case .runway: return funding.runwayCashOnly.day.map { Double($0.number) }
    case .runwayWithCommitments: return funding.runwayWithCommitments.day.map { Double($0.number) }
    case .mandateGap: return funding.mandate?.gap
    case .coverage: return funding.mandate?.coverage
    case .required(let level): return funding.requirements.first { $0.level == level }?.required
    case .gap(let level): return funding.requirements.first { $0.level == level }?.gap
    case .conflict: return nil
    }
  }
}
