/// The projection as a chart and a planner read it: the deployed strength at both ends of its
/// range past the data's date, and the days that matter ahead — a level reached, cash running
/// out, a mandate ending — each with the earliest and latest day its range allows.
///
/// Worked out once per change of the data or of the plan followed, beside `MissionTimeline`.
public struct Outlook: Sendable {
  /// A day that matters ahead.
  public struct Milestone: Sendable, Hashable {
    /// What happens: "reaches target 5,500", "cash runs out", "mandate of … ends".
    public var text: String
    /// The day, with every input at its value; nil when it does not happen within the plan.
    public var day: Day?
    /// The earliest and latest days the inputs' ranges allow (nil: not within the plan).
    public var earliest: Day?
    /// See `earliest`.
    public var latest: Day?
  }

  /// Deployed strength with every input at its worse end (an outline: strength only).
  public let worse: MissionTimeline
  /// With every input at its better end.
  public let better: MissionTimeline
  /// The days that matter past the data's date, in date order.
  public let milestones: [Milestone]

  /// The outlook of `scenario` under `plan`, beside its `timeline` (worked out with the plan).
  public init(_ scenario: Scenario, plan: Plan?, timeline: MissionTimeline) {
    let horizon = scenario.dataHorizon ?? .distantPast
    let bound = { (end: Bound) -> (Scenario, MissionTimeline) in
      let moved = scenario.bounded(end).scenario
      return (moved, MissionTimeline(moved, plan: moved.plan(named: plan?.name), events: false))
    }
    let (_, worse) = bound(.worse)
    let (_, better) = bound(.better)
    self.worse = worse
    self.better = better
    var milestones: [Milestone] = []
    for level in [StrengthLevel.planned, .target] {
      guard let reach = Self.reaches(level, timeline, after: horizon) else { continue }
      milestones.append(
        Milestone(
          text: "reaches \(level.label) \(Format.count(reach.value))", day: reach.day,
          earliest: Self.reaches(level, better, after: horizon)?.day,
          latest: Self.reaches(level, worse, after: horizon)?.day))
    }
    for period in scenario.mission.periods where period.endDay > horizon {
      let day = period.endDay
      milestones.append(
        Milestone(
          text: "\(period.force.map { "\($0) " } ?? "")mandate ends", day: day, earliest: day, latest: day))
    }
    if let cash = Self.cashRunsOut(scenario, plan: plan) { milestones.append(cash) }
    self.milestones = milestones.sorted { ($0.day ?? .distantFuture) < ($1.day ?? .distantFuture) }
  }

  /// The first day past `horizon` the deployed total reaches the level standing then.
  static func reaches(_ level: StrengthLevel, _ timeline: MissionTimeline, after horizon: Day) -> (
    day: Day, value: Int
  )? {
    for step in timeline.steps where step.day > horizon {
      if let value = timeline.level(level, on: step.day), step.total >= value { return (step.day, value) }
    }
    return nil
  }

  /// The day cash runs out, projected to the end of the mandate in force past the data's
  /// date (or a year past it), with its range; nil when spending is unknown or cash lasts.
  static func cashRunsOut(_ scenario: Scenario, plan: Plan?) -> Milestone? {
    guard let end = scenario.mandateDeadline else { return nil }
    let view = ScenarioView(date: end, plan: plan?.name)
    let ranged = RangedResults(scenario) { view($0, wholeLines: true) }
    let (earliest, latest) = ranged.ranges.runway(withCommitments: true, point: ranged.results)
    guard case .runsOut(let day) = ranged.results.funding.runwayWithCommitments else {
      guard case .runsOut(let first) = earliest else { return nil }
      return Milestone(text: "cash may run out", day: nil, earliest: first, latest: nil)
    }
    return Milestone(text: "cash runs out", day: day, earliest: earliest.day, latest: latest.day)
  }
}
