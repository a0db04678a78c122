import Testing

@testable import ForceModel

/// The scenario as known on a date (`Scenario.asOf`), and dates typed as people type them.
@Suite struct AsOfTests {
  let scenario = Scenario.haitiMSS

  @Test func eachRowTakesItsLatestFigureOnOrBeforeTheDay() throws {
    let january = scenario.asOf(AsOf(year: 2025, month: 1, day: 31))
    func deployed(_ country: String) -> Int? { january.contributors.first { $0.country == country }?.deployed.value }
    #expect(deployed("Kenya") == 600)  // the third contingent, 2025-01-18
    #expect(deployed("El Salvador") == 8)  // the advance team; the main body came 2025-02-04
    #expect(deployed("Guatemala") == 150)
    #expect(deployed("Belize") == 2)  // "2024-09" counts from 2024-09-30
    // Benin had pledged, not deployed: its row stands with nobody deployed, marked derived.
    let benin = try #require(january.contributors.first { $0.country == "Benin" })
    #expect(benin.deployed.value == 0 && benin.deployed.isDerived)
    // The article's March figures were not known yet: no unattributed row, no reported totals.
    #expect(!january.contributors.contains { $0.role == .unattributed })
    #expect(january.strength.reported.isEmpty)
    #expect(january.strength.planned == nil)
    #expect(recalculate(january).deployedTotal == 790)
  }

  @Test func moneyIsAsKnownOnTheDay() {
    let end2024 = scenario.asOf(AsOf(year: 2024, month: 12, day: 31))
    let funding = recalculate(end2024).funding
    #expect(funding.day == Day(year: 2024, month: 12, day: 31))
    // $85M to date: the $18M of resolution 2699's time, carried in (a source says the fund's
    // money runs on), and $67M received under resolution 2751.
    #expect(funding.cash.carriedIn == 18_000_000)
    #expect(funding.cash.received == 67_000_000)
    #expect(funding.cash.frozen == 0)  // the freeze came in February 2025
    #expect(funding.mandate?.period.id == "res-2751")
    // Flows dated later are gone from the lines, and a line with none is absent.
    #expect(end2024.funding.allSatisfy { $0.flows.allSatisfy { ($0.day ?? .distantPast) <= funding.day! } })
    #expect(!end2024.funding.contains { $0.id == "us-freeze-waivers" })
  }

  @Test func beforeTheSecondMandateTheFirstIsInForce() {
    let september = scenario.asOf(AsOf(year: 2024, month: 9, day: 12))
    #expect(september.mission.periods.map(\.id) == ["res-2699"])
    #expect(recalculate(september).funding.mandate?.period.end == AsOf(year: 2024, month: 10, day: 2))
  }

  @Test func theLatestDayChangesNothingButTheDate() {
    var projected = scenario.asOf(AsOf(year: 2026, month: 3, day: 21))
    projected.mission.asOf = scenario.mission.asOf
    #expect(projected == scenario)
  }

  @Test(arguments: [
    ("2024-09-12", "2024-09-12"), ("2024-09", "2024-09"), ("2024", "2024"), ("2024/09/12", "2024-09-12"),
    ("sep 2024", "2024-09"), ("September 2024", "2024-09"), ("12 sep 2024", "2024-09-12"),
    ("Sep 12, 2024", "2024-09-12"), ("2024 sept", "2024-09"),
  ])
  func datesAreReadAsTyped(_ typed: String, _ expected: String) {
    #expect(AsOf(forgiving: typed)?.description == expected)
  }

  @Test(arguments: ["2024-13", "sep", "31 feb 2024", "tomorrow", "", "12 34 2024"])
  func notADate(_ typed: String) {
    #expect(AsOf(forgiving: typed) == nil)
  }
}
