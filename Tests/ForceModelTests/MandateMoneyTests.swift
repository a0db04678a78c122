import Testing

@testable import ForceModel

/// Money belongs to a mandate period: one small scenario per rule. A period takes nothing of
/// the last one's money unless its `carry_over` (with sources) says so; a line can name the
/// period it is for; an old force's pledges end with it and a new force's plan starts with it.
@Suite struct MandateMoneyTests {
  static let first = MandatePeriod(
    id: "one", decision: "R1", force: "A", start: AsOf(year: 2024, month: 1, day: 1),
    end: AsOf(year: 2025, month: 1, day: 1))
  static func second(carry: CarryOver? = nil, force: String = "A") -> MandatePeriod {
    MandatePeriod(
      id: "two", decision: "R2", force: force, decided: AsOf(year: 2024, month: 12, day: 20),
      start: AsOf(year: 2025, month: 1, day: 1), end: AsOf(year: 2026, month: 1, day: 1),
      budget: Amount(12_000_000), carryOver: carry)
  }

  func scenario(_ lines: [FundingLine], second: MandatePeriod = second(), asOf: String = "2025-06-30") -> Scenario {
    Scenario(
      mission: Mission(
        name: "Test", shortName: "T", leadNation: "A", asOf: AsOf(asOf), periods: [Self.first, second]),
      strength: Strength(planned: HeadCount(100)),
      contributors: [Contributor(country: "A", deployed: HeadCount(50))], funding: lines,
      assumptions: Assumptions(costPerOfficerYear: Amount(120_000)), sources: [])
  }

  func flow(_ stage: FlowStage, _ value: Double, _ date: String) -> Flow {
    Flow(stage, Amount(value, asOf: AsOf(date)))
  }

  /// A commitment of the first period never received lapses at its end: not the second
  /// period's funding, shown as lapsed; one made in the second period counts.
  @Test func aCommitmentNotReceivedByItsPeriodsEndLapses() {
    let line = FundingLine(
      id: "us", donor: "US", channel: .bilateral,
      flows: [flow(.commitment, 5_000_000, "2024-06-01"), flow(.commitment, 2_000_000, "2025-02-01")])
    let funding = recalculate(scenario([line])).funding
    #expect(funding.cash.commitmentOutstanding == 2_000_000)
    #expect(funding.mandate?.lapsed == 5_000_000)
    #expect(funding.funding == 2_000_000)
    #expect(funding.mandate?.gap == 10_000_000)  // the $12M budget less the period's $2M
    // A source that carries commitments over keeps it owed.
    let carried = recalculate(
      scenario([line], second: Self.second(carry: CarryOver(commitments: true, sources: ["S"]))))
    #expect(carried.funding.cash.commitmentOutstanding == 7_000_000)
    #expect(carried.funding.mandate?.lapsed == 0)
  }

  /// Cash in hand at a period's end stays behind unless carried over: the new period's cash
  /// is what it received itself, and with nothing received and no spending it is unknown.
  @Test func aBalanceCarriesOnlyWhereASourceSaysSo() {
    let fund = FundingLine(
      id: "tf", donor: "Fund", channel: .trustFund,
      flows: [
        flow(.received, 3_000_000, "2024-03-01"),
        Flow(.spent, Amount(1_000_000, asOf: AsOf("2024-09-30")), since: AsOf("2024-03-01")),
      ])
    let alone = recalculate(scenario([fund])).funding
    #expect(alone.cash.inHand == 0)
    #expect(alone.mandate?.leftBehind == 2_000_000)
    #expect(alone.cashUnknownSince == Day(year: 2024, month: 9, day: 30))
    #expect(alone.runwayCashOnly == .noSpending, "no burn of the old period's pot is projected into the new one")
    let carried = recalculate(scenario([fund], second: Self.second(carry: CarryOver(cash: true, sources: ["S"]))))
    #expect(carried.funding.cash.carriedIn == 2_000_000)
    #expect(carried.funding.cash.inHand == 2_000_000)
    #expect(carried.funding.funding == 2_000_000)
    #expect(carried.funding.burn.basis == .reported(lines: 1))
  }

  /// The previous period's outcome: what it required, was funded with, received and spent, and
  /// what it committed and never received.
  @Test func thePreviousPeriodsOutcome() throws {
    let line = FundingLine(
      id: "us", donor: "US", channel: .bilateral,
      flows: [flow(.commitment, 5_000_000, "2024-06-01"), flow(.received, 1_000_000, "2024-08-01")])
    let outcome = try #require(PeriodOutcome.previous(in: scenario([line]), on: Day(year: 2025, month: 6, day: 30)))
    #expect(outcome.period.id == "one")
    #expect(abs(outcome.required - 12_000_000) < 50_000)  // 100 planned × $120,000 a year, derived
    #expect(outcome.received == 1_000_000)
    #expect(outcome.notReceived == 4_000_000)
    #expect(outcome.lapsed)
    #expect(outcome.text.contains("lapsed, not received $4M"))
    // The coverage's details say it too, and the report has it as a result of its own.
    let scenario = scenario([line])
    let results = recalculate(scenario)
    let coverage = try #require(results.explain(.coverage, in: scenario))
    #expect(coverage.inputs.contains { $0.label == "previous period: R1" && $0.value == outcome.text })
    #expect(Report(scenario: scenario, results: results).item("funding.previous_period")?.display == outcome.text)
  }

  /// Each pot has its own cash, burn and runway: one pot's cash does not pay another's bills.
  @Test func potByPot() {
    let fund = FundingLine(
      id: "tf", donor: "Fund", channel: .trustFund,
      flows: [
        flow(.received, 3_000_000, "2025-01-15"),
        Flow(.spent, Amount(1_000_000, asOf: AsOf("2025-03-31")), since: AsOf("2025-01-31")),
      ])
    let bilateral = FundingLine(
      id: "b", donor: "Donor", channel: .bilateral,
      flows: [
        flow(.received, 900_000, "2025-02-01"),
        Flow(.spent, Amount(600_000, asOf: AsOf("2025-05-31")), since: AsOf("2025-02-28")),
      ])
    let pots = Pot.all(in: scenario([fund, bilateral]), deployedTotal: 50)
    #expect(pots.map(\.index) == [0, 1])
    #expect(pots[0].inHand == 2_000_000 && pots[1].inHand == 300_000)
    #expect(pots[0].runway.day != pots[1].runway.day)
    #expect(pots[1].text.hasPrefix("in hand ≤ $300,000 · burn"), "spending known to May: \(pots[1].text)")
  }

  /// A pledge to the next force made before its mandate starts is that force's: not the first
  /// period's, all of it the second's.
  @Test func aLineNamingItsPeriodBelongsToIt() {
    var pledge = FundingLine(
      id: "next", donor: "B", channel: .trustFund, flows: [flow(.commitment, 4_000_000, "2024-11-01")])
    pledge.period = "two"
    let before = recalculate(scenario([pledge], asOf: "2024-12-01")).funding
    #expect(before.mandate?.period.id == "one")
    #expect(before.funding == 0, "not the first period's money")
    let after = recalculate(scenario([pledge])).funding
    #expect(after.funding == 4_000_000)
    #expect(after.mandate?.lapsed == 0)
  }

  /// A ceiling stated before the period is the old period's.
  @Test func anOldCeilingIsNotShownBesideTheNewGap() {
    var line = FundingLine(id: "dod", donor: "US", channel: .bilateral, form: .inKind, flows: [])
    line.ceiling = Amount(625_000_000, .upTo, asOf: AsOf("2024-05"))
    #expect(recalculate(scenario([line])).funding.ceilings == 0)
    #expect(recalculate(scenario([line], asOf: "2024-06-30")).funding.ceilings == 625_000_000)
  }

  /// A new force: pledges made to the old one end with it, its plan stands from its start (not
  /// its adoption), and an unattributed remainder of the old force is not counted.
  @Test func aNewForceStartsWithItsOwnPledgesAndPlan() {
    var base = scenario([], second: Self.second(force: "B"))
    base.contributors = [
      Contributor(
        country: "A", pledged: HeadCount(300, asOf: AsOf("2024-02")), deployed: HeadCount(50, asOf: AsOf("2024-06"))),
      Contributor(
        country: "C", pledged: HeadCount(800, asOf: AsOf("2025-03")), deployed: HeadCount(0, asOf: AsOf("2025-03"))),
      Contributor(country: "Unattributed", role: .unattributed, deployed: HeadCount(5, asOf: AsOf("2024-10"))),
    ]
    base.strength = Strength(
      planned: HeadCount(900, asOf: AsOf("2024-12-20")),
      history: [LevelFigure(level: .planned, figure: HeadCount(100, asOf: AsOf("2024-01-01")))])
    let results = recalculate(base)
    #expect(results.pledgedTotal == 800)
    #expect(results.contributors[0].endedWithForce)
    #expect(results.deployedTotal == 50)
    // Adopted 2024-12-20 with the new mandate; the old plan stands until it starts.
    #expect(base.asOf(AsOf(year: 2024, month: 12, day: 25)).strength.planned?.value == 100)
    #expect(base.asOf(AsOf(year: 2025, month: 1, day: 1)).strength.planned?.value == 900)
    // One force throughout: nothing ends.
    var same = base
    same.mission.periods = [Self.first, Self.second(force: "A")]
    #expect(recalculate(same).pledgedTotal == 1_100)
    #expect(recalculate(same).deployedTotal == 55)
  }

  /// The new fields read and write back: a period's carry_over, a line's period, the staleness
  /// windows and a conflict's date; a period that does not exist is an error with its place.
  @Test func theFileSaysItAllAndRefusesAPeriodThatDoesNotExist() throws {
    let text = """
      schema: 2
      mission:
        name: "M"
        lead_nation: "A"
        as_of: "2025-06"
        periods:
          - {id: "one", decision: "R1", start: "2024-01-01", end: "2025-01-01"}
          - id: "two"
            decision: "R2"
            start: "2025-01-01"
            end: "2026-01-01"
            carry_over: {cash: true, sources: ["S"], note: "the fund runs on"}
      contributors: []
      funding:
        - id: "f"
          donor: "D"
          channel: trust_fund
          period: "two"
          flows: [{stage: pledge, amount: 5, date: "2024-12"}]
      assumptions:
        cost_per_officer_year: 1000
        stale_after_days: {deployed: 90, money: 30}
      sources: [{id: "S", title: "Source"}]
      conflicts:
        - {id: "C1", topic: "T", as_of: "2025-02", claims: [{value: "1", sources: ["S"]}, {value: "2"}]}

      """
    let scenario = try ScenarioFile.decode(bytes: Array(text.utf8), file: "m.yaml")
    #expect(scenario.mission.periods[1].carryOver == CarryOver(cash: true, sources: ["S"], note: "the fund runs on"))
    #expect(scenario.funding.first?.period == "two")
    #expect(scenario.assumptions.staleness == Staleness(deployedDays: 90, moneyDays: 30))
    #expect(scenario.conflicts.first?.asOf == AsOf("2025-02"))
    let again = try ScenarioFile.decode(bytes: Array(ScenarioFile.encode(scenario, as: .yaml).utf8), file: "again.yaml")
    #expect(again == scenario)
    let wrong = text.replacingOccurrences(of: "period: \"two\"", with: "period: \"tow\"")
    do {
      _ = try ScenarioFile.decode(bytes: Array(wrong.utf8), file: "m.yaml")
      Issue.record("a line naming no period was accepted")
    } catch {
      let first = error.diagnostics.first
      #expect(first?.description.hasPrefix("m.yaml:18:") == true, "\(error.diagnostics)")
      #expect(first?.message.contains("'tow' is not a mandate period") == true)
      #expect(first?.hint?.contains("did you mean 'two'?") == true)
    }
    let slow = text.replacingOccurrences(of: "money: 30", with: "money: 0")
    do {
      _ = try ScenarioFile.decode(bytes: Array(slow.utf8), file: "m.yaml")
      Issue.record("a staleness window of 0 days was accepted")
    } catch {
      #expect(error.diagnostics.first?.message.contains("out of range") == true, "\(error.diagnostics)")
    }
  }
}
