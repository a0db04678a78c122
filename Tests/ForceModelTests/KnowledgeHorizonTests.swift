import Foundation
import ScenarioStore
import Testing

@testable import ForceModel

/// A projection runs from where the data stops, not from the as-of date: walking the MSS–GSF
/// history day by day, the day cash runs out moves only when money data does.
@Suite struct KnowledgeHorizonTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The days on which any money flow becomes known.
  static func moneyDays(_ scenario: Scenario) -> Set<Int> {
    Set(scenario.funding.flatMap { line in line.flows.compactMap { $0.day?.number } })
  }

  /// The day the cash runs out, when the result is one (not "lasts", not undated).
  static func runsOut(_ results: Results) -> Day? {
    if case .runsOut(let day) = results.funding.runwayCashOnly { return day }
    return nil
  }

  /// Every pair of neighbouring dates of the history with no money data between them, once
  /// spending is reported, gives the same burn and the same day cash runs out; before, the burn switched from the reported rate to an
  /// assumed one as the cursor left the reports' three months behind, and the day slid later.
  @Test func theDayCashRunsOutMovesOnlyWithNewMoneyData() throws {
    let gsf = try ScenarioStore.load(Self.root + "/Scenarios/haiti-mss-gsf.yaml")
    let money = Self.moneyDays(gsf)
    let days = gsf.eventDays.filter { $0 <= (gsf.mission.asOf?.lastDay ?? .distantFuture) }
    var compared = 0
    for (earlier, later) in zip(days, days.dropFirst()) {
      let newMoney = money.contains { $0 > earlier.number && $0 <= later.number }
      guard !newMoney else { continue }
      let a = recalculate(gsf.asOf(earlier.asOf))
      let b = recalculate(gsf.asOf(later.asOf))
      // Before any spending is reported the burn is the budgeted cost at the deployed strength,
      // which arrivals move (new data, not the cursor): those dates are not compared here.
      guard case .reported = a.funding.burn.basis else { continue }
      #expect(a.funding.burn == b.funding.burn, "the burn moved from \(earlier) to \(later) with no new money data")
      if let first = Self.runsOut(a), let second = Self.runsOut(b) {
        compared += 1
        #expect(first == second, "cash ran out \(first) as of \(earlier), \(second) as of \(later)")
      }
    }
    #expect(compared >= 5, "the walk compared too few dates to mean anything: \(compared)")
  }

  /// With no spending reported after February 2025, the burn stays the reported one at every
  /// later date; it is never replaced by an assumed cost as time passes.
  @Test func aReportedBurnIsNotReplacedByAnAssumedOneAsTimePasses() throws {
    let gsf = try ScenarioStore.load(Self.root + "/Scenarios/haiti-mss-gsf.yaml")
    for date in ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-21"] {
      let results = recalculate(gsf.asOf(try #require(AsOf(date))))
      guard case .reported = results.funding.burn.basis else {
        Issue.record("as of \(date) the burn is \(results.funding.burn.basis), not the reported one")
        continue
      }
    }
  }
}
