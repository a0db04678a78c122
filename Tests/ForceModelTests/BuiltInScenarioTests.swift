import Testing

@testable import ForceModel

/// The figures the article gives, recalculated: what `forceboard report` must show.
@Suite struct BuiltInScenarioTests {
  let scenario = Scenario.haitiMSS
  let results = recalculate(.haitiMSS)

  @Test func deployedStrengthIsTheSumOfCountriesAndEqualsTheReport() {
    #expect(results.deployedTotal == 1_000)
    #expect(scenario.contributors.count == 7)
    let named = scenario.contributors.filter { $0.role != .unattributed }
    #expect(named.count == 6)
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

  @Test func fundingListedIs947Point5MOfWhich322Point5MIsFirmAnd625MACeiling() {
    #expect(results.funding.listed == 947_500_000)
    #expect(results.funding.inHand == 322_500_000)
    #expect(results.funding.byStatus[.ceiling] == 625_000_000)
    #expect(results.funding.inHandWithCeilings == 947_500_000)
    #expect(results.funding.byDonor.first?.name == "United States")
    #expect(results.funding.byDonor.first?.usd == 835_000_000)
    #expect(results.funding.unconvertedLines == 0)
  }

  @Test func moneyRequiredGapsAndRunway() throws {
    #expect(scenario.assumptions.costPerOfficerYear.value == 240_000)
    let planned = try #require(results.funding.requirement(.planned))
    #expect(planned.required == 600_000_000)
    #expect(planned.gap == 277_500_000)
    let deployed = try #require(results.funding.requirement(.deployed))
    #expect(deployed.required == 240_000_000)
    #expect(deployed.gap == -82_500_000)
    let target = try #require(results.funding.requirement(.target))
    #expect(target.required == 1_200_000_000)
    #expect(target.gapWithCeilings == 252_500_000)
    let runway = try #require(results.funding.runwayMonths)
    #expect(abs(runway - 16.125) < 1e-9)
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
    cited += scenario.funding.flatMap(\.amount.sources)
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
      .leadShare, .fundingListed, .inHand, .inHandWithCeilings, .required(.planned), .gap(.planned), .runway,
      .conflict(0),
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
    #expect(text.contains("Funding listed                                               $947.5M"))
    #expect(text.contains("$322.5M"))
    #expect(text.contains("≤ $625M"))
    #expect(text.contains("Reported totals disagree: ~1,000"))
    #expect(text.contains("Kenya (lead) ◆    1,000      700+"))
  }
}
