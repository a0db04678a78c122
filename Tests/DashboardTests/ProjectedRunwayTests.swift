import Foundation
import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// The day cash runs out is projected from where spending is known to; once that day is behind
/// the date shown, the screen says it ran out, as a projection, and since when nothing is known.
@Suite struct ProjectedRunwayTests {
  static let gsf = GSFScenario.scenario

  /// As of 2025-09-30 (the MSS's last mandate still in force) the trust fund's cash, last
  /// reported in February, is projected to have run out in July: said as a projection.
  static var lastMSSDay: Scenario { gsf.asOf(AsOf(year: 2025, month: 9, day: 30), wholeLines: true) }

  @Test func theKioskSaysAPassedRunwayIsAProjection() {
    #expect(Self.gsf.mission.shortName != Scenario.haitiMSS.mission.shortName, "the GSF file loads")
    var state = AppState(scenario: Self.lastMSSDay, sourceName: "gsf.yaml", readOnly: true, width: 160, height: 50)
    state.ops.kiosk = true
    let screen = render(state).text
    #expect(screen.contains("CASH RAN OUT ~"), "\(screen)")
    #expect(screen.contains("2025 · projected"), "\(screen)")
    #expect(screen.contains("LAST KNOWN FEB 2025"), "the cash in hand is history: \(screen)")
    #expect(!screen.contains("CASH RUNS OUT"), "\(screen)")
  }

  @Test func theFundingPanelSaysSoToo() {
    let state = AppState(scenario: Self.lastMSSDay, sourceName: "gsf.yaml", width: 200, height: 60)
    let screen = render(state).text
    #expect(screen.contains("ran out ~2025-07-17 (projected; nothing reported since 2025-02-24)"), "\(screen)")
    #expect(screen.contains("last known 2025-02-24"), "\(screen)")
  }

  /// Under the GSF nothing of its own cash is reported: the panel and the kiosk say "unknown"
  /// and since when nothing is known, never "$0" and never the MSS's last figure.
  @Test func underTheGSFCashIsUnknownNotZero() {
    var state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", readOnly: true, width: 160, height: 50)
    let panel = render(state).text
    #expect(panel.contains("no figures found since 2025-02-24"), "\(panel)")
    // The MSS trust fund's line is the MSS's money: its cash reads "earlier", not ≤ $36.9M.
    let fund = panel.split(separator: "\n").first { $0.contains("UN trust fund (several donors) —") } ?? ""
    #expect(fund.contains("earlier") && !fund.contains("$36.9M"), "\(fund)")
    #expect(panel.contains("Burn rate              unknown"), "\(panel)")
    state.ops.kiosk = true
    let kiosk = render(state).text
    #expect(kiosk.contains("NO FIGURES SINCE FEB 2025"), "\(kiosk)")
    #expect(!kiosk.contains("CASH RUNS OUT") && !kiosk.contains("CASH RAN OUT"), "\(kiosk)")
    #expect(kiosk.contains("covered · assumed"), "the GSF's requirement is costed, not budgeted: \(kiosk)")
  }
}
