import Foundation
import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// Stale and unknown said out loud on every surface: a figure past its staleness window is dim
/// and "last known …", a period with nothing of its own reported says "unknown", never $0.
@Suite struct StaleAndUnknownScreenTests {
  static let gsf = GSFScenario.scenario

  /// The built-in scenario on the last day but one of its mandate (2025-10-01), nothing new
  /// known: the newest deployed count is of March (over six months old), the cash of February.
  static var stale: Scenario { Scenario.haitiMSS.asOf(AsOf(year: 2025, month: 10, day: 1), wholeLines: true) }

  /// After the mandate ended (2025-12-31): nothing of the time after it is reported, so cash
  /// is unknown, not the last mandate's.
  @Test func afterTheMandateEndedCashIsUnknown() {
    let ended = Scenario.haitiMSS.asOf(AsOf(year: 2025, month: 12, day: 31), wholeLines: true)
    let funding = recalculate(ended).funding
    #expect(funding.mandate == nil)
    #expect(funding.cashUnknownSince == Day(year: 2025, month: 2, day: 24))
    #expect(funding.cash.commitmentOutstanding == 0, "the mandate's commitments lapsed with it")
    let text = render(AppState(scenario: ended, sourceName: "built-in", width: 120, height: 40)).text
    #expect(text.contains("Cash in hand           unknown  no figures found since 2025-02-24"), "\(text)")
  }

  @Test func aStaleForceAndStaleCashAt120x40() {
    let state = AppState(scenario: Self.stale, sourceName: "built-in", width: 120, height: 40)
    let text = render(state).text
    expectSnapshot(text, named: "stale-120x40")
    #expect(text.contains("Deployed (sum)        1,000"))
    #expect(text.contains("stale 2025-03-31"), "\(text)")
    #expect(text.contains("last known 2025-02-24 · "), "the cash in hand says when it was known: \(text)")
    // Drawn dim, not as news.
    let grid = render(state)
    guard let row = (0..<grid.height).first(where: { grid.line($0).contains("Cash in hand") }),
      let column = grid.line(row).range(of: "≤ $")
    else {
      Issue.record("no cash in hand row: \(text)")
      return
    }
    let x = grid.line(row).distance(from: grid.line(row).startIndex, to: column.lowerBound)
    #expect(grid[x, row].style.role == .dim)
  }

  @Test func theGSFsUnknownCashAt80x24() {
    var state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", width: 80, height: 24)
    state.focus = .funding
    let text = render(state).text
    expectSnapshot(text, named: "gsf-unknown-80x24")
    #expect(text.contains("Cash in hand           unknown"), "\(text)")
  }

  @Test func theKioskSaysLastKnownAndUnknown() {
    var state = AppState(scenario: Self.stale, sourceName: "built-in", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    let text = render(state).text
    expectSnapshot(text, named: "kiosk-stale-120x40")
    #expect(text.contains("LAST KNOWN MAR 2025"), "the deployed tile: \(text)")
    #expect(text.contains("LAST KNOWN FEB 2025"), "the cash tile: \(text)")
    var gsf = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", readOnly: true, width: 120, height: 40)
    gsf.ops.kiosk = true
    #expect(render(gsf).text.contains("NO FIGURES SINCE FEB 2025"))
  }
}
