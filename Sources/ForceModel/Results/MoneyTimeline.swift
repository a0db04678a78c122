/// Money over a mission's history: cash received, spent and in hand, in-kind support
/// received, and what the mandates required so far, at a sample of days.
///
/// Each sample is the same money calculation the panels run, as of that day, so the chart and
/// the funding panel at the cursor's date cannot disagree. The requirement accrues evenly over
/// each mandate period (its stated budget, else derived from the cost per officer-year, an
/// assumption).
public struct MoneyTimeline: Sendable, Hashable {
  public struct Sample: Sendable, Hashable {
    public var day: Day
    public var cashReceived: Double
    public var cashSpent: Double
    public var inHand: Double
    public var inKindReceived: Double
    public var required: Double
  }

  public var samples: [Sample]
  /// True when spending is reported nowhere, so "spent" is unknown rather than zero.
  public var spendingReported: Bool

  /// Samples on the timeline's days (thinned evenly to at most `limit`), plus its last day.
  public init(_ scenario: Scenario, timeline: MissionTimeline, limit: Int = 160) {
    var days = timeline.days
    if let last = timeline.last, days.last.map({ $0 < last }) ?? true { days.append(last) }
    if days.count > limit, limit >= 2 {
      let picked = (0..<limit).map { days[$0 * (days.count - 1) / (limit - 1)] }
      days = Array(Set(picked)).sorted()
    }
    var samples: [Sample] = []
    var reported = false
    for day in days {
      var known = scenario
      known.mission.asOf = day.asOf
      known.strength = scenario.strength.standing(on: day)
      let deployed = timeline.step(on: day)?.total ?? 0
      let funding = MoneyCalculation.run(known, deployedTotal: deployed)
      if funding.spendingReportedThrough != nil { reported = true }
      var required = 0.0
      for period in scenario.mission.periods where period.startDay <= day {
        // A period without a budget is costed at the strength known on the day (an assumption).
        let then = min(day, period.endDay)
        var costed = scenario
        costed.strength = scenario.strength.standing(on: then)
        let (whole, _) = MoneyCalculation.requirement(
          of: period, costed, deployedTotal: timeline.step(on: then)?.total ?? 0)
        let length = max(1, period.endDay.number - period.startDay.number)
        let elapsed = min(length, day.number - period.startDay.number)
        required += whole * Double(elapsed) / Double(length)
      }
      samples.append(
        Sample(
          day: day, cashReceived: funding.cash.received, cashSpent: funding.cash.spent, inHand: funding.cash.inHand,
          inKindReceived: funding.inKind.received, required: required))
    }
    self.samples = samples
    spendingReported = reported
  }

  /// The last sample on or before `day`.
  public func sample(on day: Day) -> Sample? { samples.last { $0.day <= day } }
}
