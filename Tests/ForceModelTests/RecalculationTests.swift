import Testing

@testable import ForceModel

/// Recalculation on scenarios built to exercise one rule each.
@Suite struct RecalculationTests {
  func minimal(
    contributors: [Contributor] = [], funding: [FundingLine] = [], totals: [FundingTotal] = [],
    rates: [String: Amount] = [:], reported: [ReportedTotal] = []
  ) -> Scenario {
    Scenario(
      mission: Mission(name: "Test", shortName: "T", leadNation: "A"),
      strength: Strength(planned: HeadCount(100), target: HeadCount(200), reported: reported),
      contributors: contributors, funding: funding, fundingTotals: totals,
      assumptions: Assumptions(costPerOfficerYear: Amount(120_000), exchangeRates: rates), sources: [])
  }

  @Test func anEmptyScenarioHasResultsAndNoDivisionByZero() {
    let results = recalculate(minimal())
    #expect(results.deployedTotal == 0)
    #expect(results.shortfall(.planned)?.count == 100)
    #expect(results.shortfall(.planned)?.ratio == 1)
    #expect(results.leadShare == nil)
    #expect(results.concentration == 0)
    #expect(results.funding.funding == 0)
    #expect(results.funding.runwayCashOnly == .undated)
    #expect(results.conflicts.isEmpty)
  }

  @Test func aSurplusIsNotANegativeShortfall() {
    let results = recalculate(minimal(contributors: [Contributor(country: "A", deployed: HeadCount(150))]))
    #expect(results.shortfall(.planned)?.count == 0)
    #expect(results.shortfall(.planned)?.surplus == 50)
    #expect(results.shortfall(.target)?.count == 50)
    #expect(results.leadShare == 1)
  }

  static func line(
    _ id: String, _ stage: FlowStage, _ value: Double, currency: String = "USD", counted: Bool = true,
    ceiling: Amount? = nil
  ) -> FundingLine {
    FundingLine(
      id: id, donor: id.uppercased(), channel: .bilateral, currency: currency,
      flows: [Flow(stage, Amount(value, asOf: AsOf(year: 2025, month: 1)))], ceiling: ceiling, counted: counted)
  }

  @Test func amountsAreConvertedOnlyThroughAStatedRate() {
    let funding = [
      Self.line("a", .commitment, 100, currency: "CAD"), Self.line("b", .commitment, 50, currency: "EUR"),
      Self.line("c", .received, 10),
    ]
    let scenario = minimal(funding: funding, rates: ["CAD": Amount(0.75)])
    let results = recalculate(scenario)
    #expect((0..<3).map { results.funding.ledger(of: $0, in: scenario)?.committed } == [75, nil, 0])
    #expect(results.funding.funding == 85)
    #expect(results.funding.cash.inHand == 10)
    #expect(results.funding.unconvertedLines == 1)
    let missing = results.conflicts.filter { $0.kind == .missingExchangeRate }
    #expect(missing.map(\.summary) == ["No exchange rate for EUR: 1 funding line left out of USD totals"])
  }

  @Test func aLineLeftOutCountsNowhere() {
    let funding = [
      Self.line("a", .received, 100, counted: false),
      Self.line("b", .commitment, 40, ceiling: Amount(500, .upTo)),
    ]
    let scenario = minimal(funding: funding)
    let results = recalculate(scenario)
    #expect(results.funding.funding == 40)
    #expect(results.funding.cash.inHand == 0)
    #expect(results.funding.ceilings == 500)
    #expect(results.funding.byDonor.map(\.usd) == [40])
    // Left out, but still worked out to be shown as it is.
    #expect(results.funding.ledger(of: 0, in: scenario)?.received == 100)
  }

  @Test func partsThatDoNotAddUpAreAConflict() {
    let funding = [Self.line("a", .commitment, 100), Self.line("b", .commitment, 50)]
    let exact = FundingTotal(id: "t", label: "US total", amount: Amount(200), parts: ["a", "b"])
    let atLeast = FundingTotal(id: "u", label: "US at least", amount: Amount(150, .atLeast), parts: ["a", "b"])
    let results = recalculate(minimal(funding: funding, totals: [exact, atLeast]))
    let mismatches = results.conflicts.filter { $0.kind == .fundingParts }
    #expect(mismatches.map(\.summary) == ["US total: parts add up to $150, stated total $200"])
  }

  @Test func qualifiersDecideWhetherReportedTotalsConflict() {
    let reported = [
      ReportedTotal(label: "a", deployed: HeadCount(1_000, .about)),
      ReportedTotal(label: "b", deployed: HeadCount(900, .about)),
      ReportedTotal(label: "c", deployed: HeadCount(700, .atLeast)),
      ReportedTotal(label: "d", deployed: HeadCount(800, .upTo)),
    ]
    let contributors = [Contributor(country: "A", deployed: HeadCount(950))]
    let results = recalculate(minimal(contributors: contributors, reported: reported))
    let pairs = results.conflicts.filter { $0.kind == .reportedTotals }.map(\.id)
    // d (≤ 800) disagrees with a (900…1,100) and b (810…990); c (700+) overlaps every one.
    #expect(pairs == ["reported-0-3", "reported-1-3"])
    let sums = results.conflicts.filter { $0.kind == .sumOfCountries }.map(\.id)
    #expect(sums == ["sum-3"])
  }

  @Test func withNoMandateTheRequirementRunsOverTheHorizon() throws {
    var scenario = minimal(contributors: [Contributor(country: "A", deployed: HeadCount(50))])
    scenario.mission.asOf = AsOf(year: 2025, month: 1)
    scenario.assumptions.fixedYearlyCost = Amount(1_200_000)
    scenario.assumptions.horizonMonths = HeadCount(6)
    scenario.funding = [Self.line("a", .received, 1_000_000)]
    let funding = recalculate(scenario).funding
    let planned = try #require(funding.requirement(.planned))
    #expect(planned.required == (120_000 * 100 + 1_200_000) * 0.5)
    #expect(funding.monthlyCostAtDeployed == (120_000 * 50 + 1_200_000) / 12)
    #expect(funding.mandate == nil)
    // No spending reported: the burn is unknown and no runway is projected from the cost.
    #expect(funding.burn == BurnRate(perMonth: 0, basis: .unknown))
    #expect(funding.runwayCashOnly == .noSpending)
  }

  /// Many lines are tallied in two halves on two threads; the sums are those of one pass (to
  /// the last bits of floating-point addition), donors and their line counts exactly.
  @Test func aSplitTallyAddsUpToOnePass() {
    let scenario = Scenario.synthetic(contributors: 10, fundingLines: MoneyTally.splitAt + 5_001)
    let split = recalculate(scenario).funding
    let day = scenario.mission.asOf?.lastDay
    let context = MoneyTally.Context(
      limit: day ?? .distantFuture, periodStart: split.mandate?.period.startDay,
      assumptions: scenario.assumptions)
    var one = MoneyTally()
    scenario.funding.withUnsafeBufferPointer { one.add($0, 0..<$0.count, context) }
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(1e-6, abs(b) * 1e-12) }
    #expect(close(split.cash.received, one.cash.received))
    #expect(close(split.cash.inHand, one.cash.inHand))
    #expect(close(split.inKind.commitmentOutstanding, one.inKind.commitmentOutstanding))
    #expect(close(split.burn.perMonth, one.burn.perDay * Day.daysPerMonth))
    #expect(split.spendingReportedThrough == one.reportedThrough)
    #expect(split.linesWithoutSpending == one.withoutSpending)
    #expect(split.unconvertedIndices == one.unconvertedIndices)
    let lines = Dictionary(uniqueKeysWithValues: split.byDonor.map { ($0.name, $0.lines) })
    #expect(lines == Dictionary(uniqueKeysWithValues: one.donors.totals.map { ($0.name, $0.lines) }))
    #expect(lines.values.reduce(0, +) == scenario.funding.count)
  }

  @Test func theLargeSyntheticScenarioRecalculates() {
    let scenario = Scenario.synthetic(contributors: 1_000, fundingLines: 100_000)
    let results = recalculate(scenario)
    #expect(results.contributors.count == 1_000)
    #expect(results.funding.unconvertedIndices.isEmpty)
    #expect(results.funding.byDonor.count == 200)
    #expect(results.funding.byDonor.reduce(0) { $0 + $1.lines } == 100_000)
    #expect(results.conflicts.isEmpty)
  }
}

@Suite struct DiffTests {
  @Test func changingKenyasDeploymentMovesEveryShortfall() {
    var changed = Scenario.haitiMSS
    changed.contributors[0].deployed = HeadCount(900, sources: ["SOURCE-ARTICLE"])
    let diff = ScenarioDiff(baseline: .haitiMSS, changed: changed)
    #expect(diff.changes.map(\.path) == ["contributors[Kenya].deployed"])
    #expect(diff.changes.first?.before == "700+ (2025-03)")
    #expect(diff.changes.first?.after == "900")
    let moved = Dictionary(uniqueKeysWithValues: diff.movements.map { ($0.metric.key, $0) })
    #expect(moved["shortfall.planned"]?.metric.display == "1,300")
    #expect(moved["shortfall.planned"]?.delta == "▼ 200")
    #expect(moved["shortfall.target"]?.delta == "▼ 200")
    #expect(moved["deployed.total"]?.delta == "▲ 200")
    #expect(moved["funding.period"]?.delta == nil)
    // 200 more officers for the whole mandate period (2024-10-02 to 2025-10-02) at $240,000 a year.
    #expect(moved["funding.gap.deployed"]?.delta == "▲ $47.97M")
    #expect(moved["funding.runway.cash_only"]?.delta == nil)
    let text = diff.renderText(baselineName: "builtin", changedName: "what-if")
    #expect(text.contains("INPUTS CHANGED (1)"))
    #expect(text.contains("contributors[Kenya].deployed  700+ (2025-03) → 900"))
  }

  @Test func identicalScenariosHaveNoChanges() {
    let diff = ScenarioDiff(baseline: .haitiMSS, changed: .haitiMSS)
    #expect(diff.isEmpty)
    #expect(diff.movements.allSatisfy { $0.delta == nil })
  }

  @Test func addedAndRemovedRowsAreNamed() {
    var changed = Scenario.haitiMSS
    changed.contributors.removeLast()
    changed.contributors.append(Contributor(country: "Chad", iso: "TCD", deployed: HeadCount(800)))
    changed.funding.removeAll { $0.id == "un-trust-fund" }
    let paths = ScenarioDiff(baseline: .haitiMSS, changed: changed).changes.map(\.path)
    #expect(paths == ["contributors[Unattributed]", "contributors[Chad]", "funding[un-trust-fund]"])
  }
}
