import Testing

@testable import ForceModel

/// The money definitions on small scenarios built for one rule each.
@Suite struct MoneyFlowTests {
  static let march = AsOf(year: 2025, month: 3)

  func scenario(_ lines: [FundingLine], periods: [MandatePeriod] = [], rates: [String: Amount] = [:]) -> Scenario {
    Scenario(
      mission: Mission(name: "Test", shortName: "T", leadNation: "A", asOf: Self.march, periods: periods),
      strength: Strength(planned: HeadCount(100)),
      contributors: [Contributor(country: "A", deployed: HeadCount(50))], funding: lines,
      assumptions: Assumptions(costPerOfficerYear: Amount(120_000), exchangeRates: rates), sources: [])
  }

  func flow(_ stage: FlowStage, _ value: Double, _ date: String, currency: String? = nil, from: FlowStage? = nil)
    -> Flow
  {
    Flow(stage, Amount(value, asOf: AsOf(date)), from: from, currency: currency)
  }

  @Test func withNoSpendingReportedCashInHandIsABoundAndTheBurnIsUnknown() {
    let line = FundingLine(
      id: "a", donor: "A", channel: .trustFund, flows: [flow(.received, 1_200_000, "2025-01")])
    let funding = recalculate(scenario([line])).funding
    #expect(funding.cash.inHand == 1_200_000)
    #expect(funding.linesWithoutSpending == 1)
    #expect(funding.inHandIsBound)
    // The cost of the force (50 deployed × $120,000 ÷ 12 = $500,000 a month) is a result of
    // its own, an assumption, never set against one pot's cash: no runway is projected.
    #expect(funding.burn == BurnRate(perMonth: 0, basis: .unknown))
    #expect(funding.monthlyCostAtDeployed == 500_000)
    #expect(funding.runwayCashOnly == .noSpending)
  }

  @Test func aFrozenAmountIsNotCashInHandAndAFrozenCommitmentIsNotOwed() {
    let line = FundingLine(
      id: "a", donor: "A", channel: .bilateral,
      flows: [
        flow(.commitment, 900, "2024-12"), flow(.received, 500, "2025-01"), flow(.spent, 100, "2025-02"),
        flow(.frozen, 150, "2025-02"), flow(.frozen, 100, "2025-02", from: .commitment),
      ])
    let funding = recalculate(scenario([line])).funding
    #expect(funding.cash.inHand == 250)
    #expect(funding.cash.frozen == 150)
    #expect(funding.cash.commitmentOutstanding == 300)
  }

  @Test func aLineInTwoCurrenciesConvertsEachFlowByItsOwnRate() {
    let line = FundingLine(
      id: "ca", donor: "Canada", channel: .trustFund, currency: "CAD",
      flows: [flow(.pledge, 1_000, "2024-02"), flow(.received, 300, "2024-04", currency: "USD")])
    let withRate = recalculate(scenario([line], rates: ["CAD": Amount(0.75)])).funding
    #expect(withRate.cash.pledgeOutstanding == 750 - 300)
    #expect(withRate.cash.received == 300)
    // Without a CAD rate the line is left out of every total, and says why.
    let results = recalculate(scenario([line]))
    #expect(results.funding.unconvertedIndices == [0])
    #expect(results.conflicts.contains { $0.kind == .missingExchangeRate && $0.summary.contains("CAD") })
  }

  @Test func whenTheMandateHasEndedTheRequirementRunsOverTheHorizonAndSaysSo() {
    let period = MandatePeriod(
      id: "p", decision: "Resolution 1", start: AsOf(year: 2023, month: 10, day: 2),
      end: AsOf(year: 2024, month: 10, day: 2), budget: Amount(600_000_000))
    let funding = recalculate(scenario([], periods: [period])).funding
    #expect(funding.mandate == nil)
    #expect(funding.lastPeriodEnded?.id == "p")
    #expect(funding.monthsLeft == 12)
    #expect(funding.requirement(.planned)?.required == 12_000_000)
  }

  @Test func aRunningTotalReplacesWhatCameBeforeItAndAdditionsAfterItAdd() {
    let line = FundingLine(
      id: "a", donor: "A", channel: .trustFund,
      flows: [
        flow(.received, 10, "2024-01"), Flow(.received, Amount(85, asOf: AsOf("2024-12-31")), toDate: true),
        flow(.received, 5, "2025-02"),
      ])
    #expect(line.ledger(on: Day(year: 2024, month: 6, day: 1), assumptions: scenario([]).assumptions)?.received == 10)
    #expect(line.ledger(on: Day(year: 2025, month: 3, day: 31), assumptions: scenario([]).assumptions)?.received == 90)
  }

  @Test func aDatedCommitmentExtendsTheRunwayOnlyIfItArrivesBeforeTheMoneyRunsOut() {
    let period = MandatePeriod(
      id: "p", decision: "R", start: AsOf(year: 2024, month: 10, day: 2), end: AsOf(year: 2025, month: 10, day: 2))
    func line(due: String) -> FundingLine {
      FundingLine(
        id: "a", donor: "A", channel: .trustFund,
        flows: [
          flow(.received, 1_500_000, "2025-01"),
          // $500,000 spent over March: the reported burn.
          Flow(.spent, Amount(500_000, asOf: AsOf("2025-03-31")), since: AsOf("2025-03-01")),
          Flow(.commitment, Amount(5_000_000, asOf: AsOf("2025-02")), due: AsOf(due)),
        ])
    }
    // $1M left at about $500,000 a month from 2025-03-31 lasts to about the end of May.
    let soon = recalculate(scenario([line(due: "2025-05-15")], periods: [period])).funding
    #expect(soon.runwayWithCommitments == .lasts(through: Day(year: 2025, month: 10, day: 2)))
    let late = recalculate(scenario([line(due: "2025-08-01")], periods: [period])).funding
    #expect(late.runwayWithCommitments == late.runwayCashOnly)
    // Of the $5M committed, the $1.5M received counts as paid: $3.5M is still to arrive.
    #expect(late.datedCommitments == 3_500_000)
  }
}
