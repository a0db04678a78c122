import Foundation
import PropertyBased
import ScenarioStore
import Testing

@testable import ForceModel

/// Plans, projections past the data's date, and ranges carried through the arithmetic.
@Suite struct ProjectionTests {
  static let small = """
    schema: 2
    mission:
      name: "Test mission"
      lead_nation: "Kenya"
      as_of: "2026-03-21"
      periods:
        - {id: "p1", decision: "Resolution 1", start: "2025-10-02", end: "2026-10-02"}
    strength:
      planned: 2500
      target: {value: 2500, as_of: "2026-03-01"}
    contributors:
      - country: "Kenya"
        deployed: {value: 700, qualifier: about, sources: ["A"], as_of: "2025-12"}
      - country: "Chad"
        pledged: {value: 1500, sources: ["A"], as_of: "2025-12-09"}
        deployed: {value: 0, sources: ["A"], as_of: "2025-12-09"}
    funding:
      - id: "us"
        donor: "United States"
        channel: assessed
        form: cash
        currency: USD
        flows:
          - {stage: commitment, amount: 85000000, date: "2025-10-09", sources: ["A"]}
    assumptions:
      cost_per_officer_year: 240000
    sources:
      - {id: "A", title: "Article"}
    conflicts:
      - id: "C1"
        topic: "Chad's contribution"
        figure: "pledged:Chad"
        claims:
          - {value: "1,500", number: 1500, sources: ["A"]}
          - {value: "800", number: 800, sources: ["A"]}
    plans:
      - name: "base"
        events:
          - {id: "chad", date: "2026-06-15", arrive: "Chad", officers: {value: 800, qualifier: up_to, sources: ["A"]}}
          - {id: "old", date: "2026-01-10", arrive: "Chad", officers: 100}
          - {id: "paid", date: "2026-04-30", line: "us", stage: received, amount: 85000000}
      - name: "drawdown"
        events:
          - {id: "kenya", date: "2026-10-02", leave: "Kenya", officers: {value: 700, qualifier: about}}
      - name: "renewal"
        events:
          - {id: "p2", date: "2026-09-30", renew: "p1", until: "2027-10-02", budget: {value: 600000000, qualifier: about}}

    """

  static func scenario() throws -> Scenario {
    try ScenarioFile.decode(bytes: Array(small.utf8), file: "plan.yaml")
  }

  static func deployed(_ scenario: Scenario, on date: String, plan: String? = nil) throws -> Int {
    let view = ScenarioView(date: try #require(AsOf(date)), plan: plan)
    return recalculate(view(scenario)).deployedTotal
  }

  @Test func aPlannedArrivalMovesTheProjectionOnItsDayAndNotBefore() throws {
    let scenario = try Self.scenario()
    #expect(try Self.deployed(scenario, on: "2026-06-14") == 700)
    #expect(try Self.deployed(scenario, on: "2026-06-15") == 1_500)
    #expect(try Self.deployed(scenario, on: "2027-01-01") == 1_500)
    // The latest picture and any date up to the data's are facts only.
    #expect(recalculate(scenario).deployedTotal == 700)
    #expect(try Self.deployed(scenario, on: "2026-03-21") == 700)
  }

  @Test func anEventDatedBeforeTheDataIsOvertakenAndTakesNoPart() throws {
    let scenario = try Self.scenario()
    // "old" (2026-01-10, 100 for Chad) is before the data's date: Chad had none then, still none.
    #expect(try Self.deployed(scenario, on: "2026-04-01") == 700)
    let ahead = scenario.eventsAhead(in: try #require(scenario.plan(named: nil)))
    #expect(ahead.map(\.id) == ["paid", "chad"])
  }

  @Test func aNamedPlanIsFollowedAndADepartureLowersTheCount() throws {
    let scenario = try Self.scenario()
    #expect(try Self.deployed(scenario, on: "2026-10-01", plan: "drawdown") == 700)
    #expect(try Self.deployed(scenario, on: "2026-10-02", plan: "drawdown") == 0)
  }

  /// A planned renewal puts a mandate in force after the old one's end, with its budget.
  @Test func aPlannedRenewalIsTheMandateAfterTheEnd() throws {
    let scenario = try Self.scenario()
    let after = try #require(AsOf("2026-12-01"))
    #expect(
      recalculate(ScenarioView(date: after)(scenario)).funding.mandate == nil, "no mandate past p1 in the base plan")
    let renewed = recalculate(ScenarioView(date: after, plan: "renewal")(scenario)).funding
    #expect(renewed.mandate?.period.id == "p2")
    #expect(renewed.mandate?.requirement == 600_000_000)
    let ranged = RangedResults(scenario) { ScenarioView(date: after, plan: "renewal")($0) }
    #expect(ranged.ranges.range(.mandateGap, point: ranged.results) == 540_000_000...660_000_000)
  }

  /// `diff` and the compare box name a planned event that changed, by plan and id.
  @Test func aChangedPlannedEventIsAnInputChange() throws {
    let scenario = try Self.scenario()
    let event = try #require(scenario.plan(named: "base")?.events.first)
    let edited = try scenario.applying(.plannedEvent(plan: "base", event.with(value: 900, qualifier: .about)))
    let changes = ScenarioDiff(baseline: scenario, changed: edited).changes
    #expect(changes.map(\.path) == ["plans[base].chad"])
    #expect(changes.first?.before == "2026-06-15: Chad arrives: ≤ 800")
    #expect(changes.first?.after == "2026-06-15: Chad arrives: ~900")
  }

  /// A what-if is of the latest picture: an edited figure stands from the data's date on, in a
  /// projection too, and the history before it is untouched.
  @Test func anEditStandsFromTheDataDateAndIsCarriedIntoTheProjection() throws {
    let scenario = Scenario.haitiMSS
    func kenya(_ scenario: Scenario, on date: String) throws -> Int {
      let shown = ScenarioView(date: try #require(AsOf(date)))(scenario)
      return try #require(shown.contributors.first { $0.country == "Kenya" }).deployed.value
    }
    func planned(_ scenario: Scenario, on date: String) throws -> Int? {
      ScenarioView(date: try #require(AsOf(date)))(scenario).strength.planned?.value
    }
    var edited = try scenario.applying(.deployed(country: "Kenya", HeadCount(1_200)))
    edited = try edited.applying(.planned(HeadCount(3_000)))
    let kenyaEdited = try #require(edited.contributors.first { $0.country == "Kenya" })
    #expect(kenyaEdited.deployed.asOf == scenario.mission.asOf, "dated on the data's date")
    // Projected past the data's date (the built-in has no plan: the data carried forward).
    #expect(try kenya(edited, on: "2025-09-01") == 1_200)
    #expect(try planned(edited, on: "2025-09-01") == 3_000)
    #expect(
      recalculate(ScenarioView(date: AsOf("2025-09-01"))(edited)).deployedTotal
        == recalculate(edited).deployedTotal)
    // On the data's date, as at the latest picture.
    #expect(try kenya(edited, on: "2025-03-31") == 1_200)
    // Before it, what was known then, as without the edit.
    #expect(try kenya(edited, on: "2025-01-10") == kenya(scenario, on: "2025-01-10"))
    #expect(try planned(edited, on: "2024-08-01") == planned(scenario, on: "2024-08-01"))
  }

  /// A figure an edit replaces stays among the row's earlier ones: the dates before the what-if
  /// still show what was reported then, and the file saved with it reads back the same.
  @Test func aReplacedFigureStaysInThePast() throws {
    // Kenya 700 (2025-12) with no history, Chad's pledge 1,500 (2025-12-09), the target 2,500
    // (2026-03-01); the data's date is 2026-03-21.
    let scenario = try Self.scenario()
    var edited = try scenario.applying(.deployed(country: "Kenya", HeadCount(1_200)))
    edited = try edited.applying(.pledged(country: "Chad", HeadCount(1_000)))
    edited = try edited.applying(.target(HeadCount(3_000)))
    func shown(on date: String) throws -> Scenario { ScenarioView(date: try #require(AsOf(date)))(edited) }
    let january = try shown(on: "2026-01-15")
    #expect(january.contributors.first { $0.country == "Kenya" }?.deployed.value == 700)
    #expect(january.contributors.first { $0.country == "Chad" }?.pledged?.value == 1_500)
    #expect(try shown(on: "2026-03-10").strength.target?.value == 2_500)
    let latest = try shown(on: "2026-03-21")
    #expect(latest.contributors.first { $0.country == "Kenya" }?.deployed.value == 1_200)
    #expect(latest.contributors.first { $0.country == "Chad" }?.pledged?.value == 1_000)
    #expect(latest.strength.target?.value == 3_000)
    // A second edit of the same figure replaces the first, keeping nothing more.
    let again = try edited.applying(.deployed(country: "Kenya", HeadCount(1_300)))
    #expect(again.contributors[0].history.count == 1)
    // Saved and read back, the same scenario.
    for format in ScenarioFile.Format.allCases {
      let text = ScenarioFile.encode(again, as: format)
      #expect(try ScenarioFile.decode(bytes: Array(text.utf8), file: "s.\(format.rawValue)") == again)
    }
  }

  @Test func plannedMoneyArrivesOnItsDay() throws {
    let scenario = try Self.scenario()
    let before = recalculate(ScenarioView(date: AsOf("2026-04-29"))(scenario)).funding.cash.received
    let after = recalculate(ScenarioView(date: AsOf("2026-04-30"))(scenario)).funding.cash.received
    #expect(before == 0)
    #expect(after == 85_000_000)
  }

  @Test func rangesCarryQualifiersPlansAndConflicts() throws {
    let scenario = try Self.scenario()
    let view = ScenarioView(date: AsOf("2026-07-01"))
    let ranged = RangedResults(scenario) { view($0) }
    // Kenya about 700 (±10 %: 630–770) + Chad up to 800 (0–800).
    #expect(ranged.results.deployedTotal == 1_500)
    #expect(ranged.ranges.range(.deployedTotal, point: ranged.results) == 630...1_570)
    #expect(ranged.ranges.range(.shortfall(.planned), point: ranged.results) == 930...1_870)
    // The recorded conflict spans Chad's pledge: 800 to 1,500.
    let (worse, _) = scenario.bounded(.worse)
    #expect(worse.contributors[1].pledged?.value == 800)
  }

  @Test func theTornadoNamesTheWidestInputFirst() throws {
    let scenario = try Self.scenario()
    let view = ScenarioView(date: AsOf("2026-07-01"))
    let swings = scenario.tornado(.deployedTotal) { view($0) }
    #expect(swings.map(\.input) == [.planned(plan: "base", event: "chad"), .deployed(country: "Kenya")])
    #expect(swings.first?.width == 800)
    #expect(swings.last?.width == 140)
  }

  @Test func aProjectedReportSaysSoAndCarriesLowAndHigh() throws {
    let scenario = try Self.scenario()
    let view = ScenarioView(date: AsOf("2026-07-01"))
    let ranged = RangedResults(scenario) { view($0) }
    let report = Report(scenario: view(scenario), ranged: ranged, projection: view.projection(of: scenario))
    let json = ReportFormat.json.render(report)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect((object["subtitle"] as? String)?.contains("PROJECTED to 2026-07-01 from the data of 2026-03-21") == true)
    let items = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
    let deployed = try #require(items.first { $0["key"] as? String == "deployed.total" })
    #expect(deployed["low"] as? Double == 630)
    #expect(deployed["high"] as? Double == 1_570)
    #expect(deployed["knowledge"] as? String == "projected")
    #expect(deployed["known_to"] as? String == "2026-03-21")
    let planned = items.filter { $0["kind"] as? String == "planned" }
    #expect(planned.count == 5, "every event of the three plans")
  }

  @Test func badPlansAreRefusedWithAPosition() {
    func problems(_ text: String) -> [String] {
      do {
        _ = try ScenarioFile.decode(bytes: Array(text.utf8), file: "plan.yaml")
        return []
      } catch {
        return error.description.split(separator: "\n").map(String.init)
      }
    }
    let unknownLine = Self.small.replacingOccurrences(of: "line: \"us\"", with: "line: \"uss\"")
    #expect(
      problems(unknownLine).contains { $0.contains("plan.yaml:41:9") && $0.contains("did you mean 'us'?") },
      "\(problems(unknownLine))")
    let twoKinds = Self.small.replacingOccurrences(
      of: "arrive: \"Chad\", officers: 100", with: "arrive: \"Chad\", leave: \"Kenya\", officers: 100")
    #expect(problems(twoKinds).contains { $0.contains("changes one thing; found arrive and leave") })
    let undated = Self.small.replacingOccurrences(of: "  as_of: \"2026-03-21\"\n", with: "")
    #expect(problems(undated).contains { $0.contains("plans need mission.as_of") })
    let duplicate = Self.small.replacingOccurrences(of: "name: \"drawdown\"", with: "name: \"base\"")
    #expect(problems(duplicate).contains { $0.contains("duplicate plan name 'base'") })
  }

  /// The point value of every result lies in its range, for any scenario and any date.
  @Test func thePointLiesInItsRange() async {
    await propertyCheck(count: 150, input: PropertyTests.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      let date = AsOf(year: 2024 + seed % 3, month: seed % 12 + 1, day: 15)
      let view = ScenarioView(date: date, plan: nil)
      let ranged = RangedResults(scenario) { view($0) }
      for key in Self.keys {
        guard let value = ranged.results.number(key) else { continue }
        let range = ranged.ranges.range(key, point: ranged.results)
        #expect(range?.contains(value) == true, "\(key) \(value) outside \(String(describing: range))")
      }
    }
  }

  /// Making one more input uncertain widens every range or leaves it; never narrows it.
  @Test func moreUncertainInputsNeverNarrowARange() async {
    await propertyCheck(count: 150, input: PropertyTests.seeds) { seed in
      var scenario = RandomScenario.make(seed: UInt64(seed))
      guard
        let index = scenario.contributors.indices.first(where: {
          scenario.contributors[$0].deployed.qualifier == .exact
        })
      else { return }
      let before = RangedResults(scenario)
      scenario.contributors[index].deployed.qualifier = .about
      let after = RangedResults(scenario)
      for key in [ResultKey.deployedTotal, .shortfall(.planned), .shortfall(.target)] {
        guard let old = before.ranges.range(key, point: before.results),
          let new = after.ranges.range(key, point: after.results)
        else { continue }
        #expect(new.lowerBound <= old.lowerBound && new.upperBound >= old.upperBound, "\(key): \(old) → \(new)")
      }
    }
  }

  static let keys: [ResultKey] = [
    .deployedTotal, .shortfall(.planned), .shortfall(.target), .shortfall(.authorized), .fundingListed,
    .cashReceived, .cashSpent, .inHand, .mandateGap, .coverage, .gap(.planned), .required(.planned),
  ]
}
