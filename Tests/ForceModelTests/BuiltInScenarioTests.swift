import Testing

@testable import ForceModel

/// The figures the article gives, recalculated: what `forceboard report` must show.
@Suite struct BuiltInScenarioTests {
  let scenario = Scenario.haitiMSS
  let results = recalculate(.haitiMSS)

  @Test func deployedStrengthIsTheSumOfCountriesAndEqualsTheReport() {
    #expect(results.deployedTotal == 1_000)
    #expect(scenario.contributors.count == 8)
    let named = scenario.contributors.filter { $0.role != .unattributed }
    #expect(named.count == 7)
    #expect(named.reduce(0) { $0 + $1.deployed.value } == 952)
    #expect(scenario.contributors.last?.deployed.value == 48)
    #expect(scenario.contributors.last?.role == .unattributed)
  }

  @Test func shortfallAgainstPlannedStrengthIs1500Or60Percent() throws {
    let shortfall = try #require(results.shortfall(.planned))
    #expect(shortfall.reference == 2_500)
    #expect(shortfall.count == 1_500)
    #expect(shortfall.ratio == 0.6)
  }

  @Test func shortfallAgainstTheTargetIs4000() throws {
    let shortfall = try #require(results.shortfall(.target))
    #expect(shortfall.count == 4_000)
    #expect(shortfall.ratio == 0.8)
  }

  @Test func thereIsNoAuthorizedCeiling() {
    #expect(scenario.strength.authorized == nil)
    #expect(results.shortfall(.authorized) == nil)
    #expect(scenario.mission.authorization?.note?.contains("no numeric personnel ceiling") == true)
  }

  @Test func kenyasShareIs70Percent() throws {
    #expect(results.leadShare == 0.7)
    let kenya = try #require(scenario.contributors.first)
    #expect(kenya.country == "Kenya")
    #expect(kenya.deployed.qualifier == .atLeast)
    #expect(results.contributors[0].pledgedNotDeployed == 300)
  }

  @Test func sharesAddUpToOne() {
    let sum = results.contributors.reduce(0) { $0 + $1.share }
    #expect(abs(sum - 1) < 1e-12)
  }

  @Test func pledgedButNotDeployedPerCountry() {
    let gaps = Dictionary(
      uniqueKeysWithValues: zip(scenario.contributors.map(\.country), results.contributors.map(\.pledgedNotDeployed)))
    #expect(gaps["Kenya"] == 300)
    #expect(gaps["Jamaica"] == 176)
    #expect(gaps["Belize"] == 48)
    #expect(gaps["Bahamas"] == 144)
    #expect(gaps["Guatemala"] == 0)
    #expect(gaps["El Salvador"] == 8)
    #expect(gaps["Unattributed"] == .some(nil))
  }

  @Test func fundingIsTheMandatePeriodsReceivedPlusCommittedAndNeverPledgesOrCeilings() {
    let funding = results.funding
    #expect(funding.day == Day(year: 2025, month: 3, day: 31))
    // Resolution 2751's money from 2024-10-02: the trust fund's cash carried in (a source says
    // its money runs on) and what it received since; the US's $150M to date is $41M more than
    // the $109M committed under resolution 2699, which lapsed with that period, not received.
    #expect(funding.cash.carriedIn == 18_000_000)
    #expect(funding.cash.received == 112_500_000 - 18_000_000)
    #expect(funding.cash.commitmentOutstanding == 41_000_000)
    // In-kind: the $60M of equipment and the $30M contract were committed under 2699 and no
    // delivery is reported: they lapsed too.
    #expect(funding.inKind.commitmentOutstanding == 0)
    #expect(abs((funding.mandate?.lapsed ?? 0) - (109_000_000 + 60_000_000 + 30_000_000)) < 1)
    #expect(funding.inKind.received == 0)
    // Carried + received − the $13.3M frozen by the stop-work order (not funding until
    // released) + committed.
    #expect(funding.funding == 140_200_000)
    // The Defense Department's $200M pledge ($170M not yet committed) stays open under the same
    // force; it and the ceiling are shown only.
    #expect(funding.inKind.pledgeOutstanding == 170_000_000)
    #expect(funding.ceilings == 625_000_000)
    #expect(funding.byDonor.first?.name == "UN trust fund (several donors)")
    #expect(funding.byDonor.first?.usd == 99_200_000)
    #expect(funding.unconvertedLines == 0)
  }

  @Test func cashInHandIsReceivedLessSpentLessFrozenAndSaysItIsABound() {
    let funding = results.funding
    #expect(funding.cash.spent == 62_800_000)
    #expect(funding.cash.frozen == 13_300_000)
    #expect(abs(funding.cash.inHand - 36_400_000) < 0.5)
    // Spending is reported only to the Secretary-General's letter, so later spending is unknown.
    #expect(funding.spendingReportedThrough == Day(year: 2025, month: 2, day: 24))
    #expect(funding.inHandIsBound)
  }

  @Test func theBurnIsTheTrustFundsReportedSpendingAndTheRunwayADateBeforeTheMandateEnds() throws {
    let funding = results.funding
    // $62.8M from 2024-06-25 to 2025-02-24: 244 days.
    #expect(funding.burn.basis == .reported(lines: 1))
    #expect(abs(funding.burn.perMonth - 62_800_000 / 244 * Day.daysPerMonth) < 1)
    // $36.4M at $257,377 a day from 2025-02-24: 141 days, to 2025-07-15; the sources of the
    // time said the end of September before the freeze took $13.3M (52 days) away.
    #expect(funding.runwayCashOnly == .runsOut(Day(year: 2025, month: 7, day: 15)))
    #expect(funding.runwayWithCommitments == funding.runwayCashOnly)
    #expect(funding.undatedCommitments == 41_000_000)
    var unfrozen = scenario
    unfrozen.funding[4].flows.removeAll { $0.stage == .frozen }
    let before = try #require(recalculate(unfrozen).funding.runwayCashOnly.day)
    #expect(before.civil.year == 2025 && before.civil.month == 9)
  }

  @Test func theGapToTheEndOfResolution2751IsItsBudgetLessItsFunding() throws {
    let mandate = try #require(results.funding.mandate)
    #expect(mandate.period.id == "res-2751")
    #expect(mandate.basis == .budget)
    #expect(mandate.requirement == 600_000_000)
    // FTS's unmet requirement: the period's requirement − the period's funding.
    #expect(abs(mandate.gap - (600_000_000 - 140_200_000)) < 1)
    // In hand at the start (the $18M received by April 2024) + received since, less the $13.3M
    // frozen in the period, + commitments made in it.
    #expect(abs(mandate.covered - (18_000_000 + 94_500_000 - 13_300_000 + 41_000_000)) < 1)
    #expect(abs((mandate.coverage ?? 0) - 140_200_000 / 600_000_000) < 1e-9)
  }

  @Test func beninsFormalPledgeCountsInPledgedAndTheUnattributedRowIsDerived() throws {
    let benin = try #require(scenario.contributors.first { $0.country == "Benin" })
    #expect(benin.pledged?.value == 1_500)
    #expect(benin.deployed.value == 0)
    #expect(results.pledgedTotal == 3_128)
    let unattributed = try #require(scenario.contributors.first { $0.role == .unattributed })
    #expect(unattributed.deployed.derivation?.contains("952") == true)
    let kenya = try #require(scenario.contributors.first { $0.country == "Kenya" })
    #expect(kenya.history.first { $0.deployed.value == 744 }?.deployed.qualifier == .about)
  }

  @Test func everyConflictTheFiguresBelongToIsDeclaredWithAllItsClaims() {
    let ids = scenario.conflicts.map(\.id)
    for id in ["C1", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C13", "C14", "C15", "C16", "C17", "C19"] {
      #expect(ids.contains(id), "\(id)")
    }
    #expect(scenario.conflicts.first { $0.id == "C16" }?.claims.count == 6)
    #expect(scenario.conflicts.first { $0.id == "C3" }?.claims.flatMap(\.sources).contains("PL-2024-09-12") == true)
    #expect(scenario.conflicts.first { $0.id == "C19" }?.assessment?.contains("5,550") == true)
  }

  @Test func the800Versus1000ConflictIsSurfaced() {
    let reported = results.conflicts.filter { $0.kind == .reportedTotals }
    #expect(reported.count == 1)
    #expect(reported.first?.summary.contains("~1,000") == true)
    #expect(reported.first?.summary.contains("~800") == true)
    #expect(results.conflicts.contains { $0.kind == .sumOfCountries })
  }

  @Test func theUSTotalAddsUpToItsParts() {
    #expect(!results.conflicts.contains { $0.kind == .fundingParts })
  }

  @Test func everyFigureCitesASourceThatIsListed() {
    let known = Set(scenario.sources.map(\.id))
    var cited: [String] = []
    for contributor in scenario.contributors {
      cited += contributor.deployed.sources + (contributor.pledged?.sources ?? [])
      cited += contributor.history.flatMap(\.deployed.sources)
    }
    cited += scenario.funding.flatMap(\.sources)
    cited += scenario.mission.periods.flatMap { $0.sources + ($0.budget?.sources ?? []) }
    cited += [scenario.strength.planned, scenario.strength.target].compactMap { $0 }.flatMap(\.sources)
    cited += scenario.strength.reported.flatMap(\.deployed.sources)
    cited += scenario.conflicts.flatMap { $0.claims.flatMap(\.sources) }
    #expect(!cited.isEmpty)
    for id in cited { #expect(known.contains(id), "\(id) is cited but not listed") }
    for contributor in scenario.contributors { #expect(!contributor.deployed.sources.isEmpty) }
  }

  @Test func theOnlyUnsourcedValueIsTheLabelledFixedCostAssumption() {
    #expect(scenario.assumptions.fixedYearlyCost.isUnsourced)
    #expect(scenario.assumptions.fixedYearlyCost.note != nil)
    #expect(!scenario.assumptions.costPerOfficerYear.isUnsourced)
  }

  @Test func everyResultExplainsItself() throws {
    let keys: [ResultKey] = [
      .deployedTotal, .shortfall(.planned), .shortfall(.target), .share(contributor: 0),
      .pledgedNotDeployed(contributor: 0),
      .leadShare, .fundingListed, .cashReceived, .cashSpent, .inHand, .burn, .runway, .runwayWithCommitments,
      .mandateGap, .coverage, .required(.planned), .gap(.planned), .conflict(0),
    ]
    for key in keys {
      let explanation = try #require(results.explain(key, in: scenario), "\(key)")
      #expect(!explanation.formula.isEmpty)
      #expect(!explanation.inputs.isEmpty)
    }
    let shortfall = try #require(results.explain(.shortfall(.planned), in: scenario))
    #expect(shortfall.value == "1,500 (60%)")
    #expect(shortfall.inputs.first?.sources.contains("SOURCE-ARTICLE") == true)
    #expect(results.explain(.shortfall(.authorized), in: scenario) == nil)
  }

  @Test func theReportShowsTheHeadlineFigures() {
    let text = ReportFormat.text.render(Report(scenario: scenario, results: results))
    #expect(text.contains("Shortfall against planned strength  1,500 (60%)"))
    #expect(text.contains("4,000 (80%)"))
    #expect(text.contains("Lead nation's share (Kenya)                 70%"))
    #expect(text.contains("Cash in hand                                                  at most $36.4M"))
    #expect(text.contains("Runway, cash only                                                 2025-07-15"))
    #expect(text.contains("Gap to the end of the mandate                                    gap $459.8M"), "\(text)")
    #expect(text.contains("Funding for the period                                               $140.2M"))
    #expect(text.contains("≤ $625M"))
    #expect(text.contains("(derived)"))
    #expect(text.contains("Reported totals disagree: ~1,000"))
    #expect(text.contains("Kenya (lead) ◆    1,000      700+"))
  }
}
