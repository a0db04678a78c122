/// Money over a mission's history: cash received, spent and in hand, in-kind support
/// received, and what the mandates required so far, at a sample of days.
///
/// Cash is the period in force's, as the funding panel shows it: received counts the cash
/// carried in where a source carries it, and a new force starts from nothing of the old one's.
///
/// Each sample is the same money calculation the panels run, as of that day, so the chart and
/// the funding panel at the cursor's date cannot disagree. The requirement accrues day by day
/// over each mandate period at the rate known that day (its stated budget once known, else
/// derived from the cost per officer-year at the strength standing then, an assumption).
public struct MoneyTimeline: Sendable, Hashable {
  /// Money as known on one day.
  public struct Sample: Sendable, Hashable {
    /// The day.
    public var day: Day
    /// Cash carried into the period in force plus cash received in it.
    public var cashReceived: Double
    /// Cash spent to that day.
    public var cashSpent: Double
    /// Cash in hand that day.
    public var inHand: Double
    /// In-kind delivered to that day.
    public var inKindReceived: Double
    /// What the period in force required so far (accrued from its start).
    public var required: Double
    /// Nothing of the period's own cash is reported: received, spent and in hand are unknown.
    public var cashUnknown = false
  }

  /// One sample a column, in date order.
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
    // The requirement of the period in force accrues day by day at the rate known on each day:
    // a budget once it is known, else the cost per officer-year at the strength standing then
    // (an assumption), so a plan learnt mid-period raises the rate from that day on, not back to
    // the period's start. A new period starts from nothing, as its cash does.
    var required = 0.0
    var accruedTo: Day?
    var accruing: String?
    let phases = ForcePhases(scenario.mission)
    for day in days {
      var known = scenario
      known.mission.asOf = day.asOf
      known.strength = scenario.strength.standing(on: day, phases: phases)
      let deployed = timeline.total(on: day) ?? 0
      let funding = MoneyCalculation.run(known, deployedTotal: deployed)
      if funding.spendingReportedThrough != nil { reported = true }
      let period = scenario.mission.period(on: day)
      if period?.id != accruing {
        required = 0
        accruing = period?.id
        accruedTo = period?.startDay
      }
      if let period, let from = accruedTo, from < day {
        var costed = scenario
        costed.strength = scenario.strength.standing(on: from, phases: phases)
        let (whole, _) = MoneyCalculation.requirement(
          of: period, costed, deployedTotal: timeline.total(on: from) ?? 0, on: from)
        let length = max(1, period.endDay.number - period.startDay.number)
        required += whole * Double(min(day, period.endDay).number - from.number) / Double(length)
      }
      accruedTo = max(day, accruedTo ?? day)
      samples.append(
        Sample(
          day: day, cashReceived: funding.cash.carriedIn + funding.cash.received, cashSpent: funding.cash.spent,
          inHand: funding.cash.inHand, inKindReceived: funding.inKind.received, required: required,
          cashUnknown: funding.cashUnknownSince != nil))
    }
    self.samples = samples
    spendingReported = reported
  }

  /// The last sample on or before `day`.
  public func sample(on day: Day) -> Sample? { samples.last { $0.day <= day } }
}
