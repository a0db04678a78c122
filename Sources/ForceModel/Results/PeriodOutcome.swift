/// How the mandate period before the one in force came out: what it required, what it was
/// funded with, what it received and spent, and what was committed and never received.
///
/// A finance officer closing a period reports these four (MPTF Gateway: deposits, transfers,
/// expenditure; IATI: commitments never disbursed). It is the same money calculation as of the
/// period's last day, so the outcome is what the screen said on that day.
public struct PeriodOutcome: Sendable, Hashable {
  /// The period that ended.
  public var period: MandatePeriod
  /// The whole period's requirement and what it rests on.
  public var required: Double
  /// Where its requirement came from.
  public var basis: MandateStatus.Basis
  /// Funding for the period on its last day (carried in + received − frozen + committed).
  public var funding: Double
  /// Cash carried in plus cash received in the period.
  public var received: Double
  /// Cash spent in the period, as reported.
  public var spent: Double
  /// Commitments outstanding on its last day: "lapsed, not received" unless the next period
  /// carries them over.
  public var notReceived: Double
  /// Whether `notReceived` lapsed: the next period does not carry commitments over.
  public var lapsed: Bool

  /// The outcome of the period that ended last before `day`, if any did.
  public static func previous(in scenario: Scenario, on day: Day) -> PeriodOutcome? {
    let periods = scenario.mission.periods
    guard let index = periods.lastIndex(where: { $0.endDay <= day }) else { return nil }
    let period = periods[index]
    let lastDay = period.endDay.adding(days: -1)
    let then = recalculate(scenario.asOf(lastDay.asOf, wholeLines: true))
    guard let mandate = then.funding.mandate, mandate.period.id == period.id else { return nil }
    let next = periods.first { $0.startDay >= period.endDay }
    let f = then.funding
    return PeriodOutcome(
      period: period, required: mandate.requirement, basis: mandate.basis, funding: mandate.covered,
      received: f.cash.carriedIn + f.cash.received + f.inKind.received, spent: f.cash.spent + f.inKind.spent,
      notReceived: f.cash.commitmentOutstanding + f.inKind.commitmentOutstanding,
      lapsed: next?.carryOver?.commitments != true)
  }

  /// The outcome in one line: "required $600M (budget ~$600M) · funded $140.7M (23%) · received …".
  public var text: String {
    let share = required > 0 ? " (\(Format.percent(funding / required)))" : ""
    return
      "required \(Format.money(required)) · funded \(Format.money(funding))\(share) · received \(Format.money(received)) · spent \(Format.money(spent)) · "
      + (lapsed ? "lapsed, not received \(Format.money(notReceived))" : "carried over \(Format.money(notReceived))")
  }
}
