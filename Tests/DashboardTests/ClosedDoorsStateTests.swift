import Foundation
import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// Doors closed in the state: a read-only display never goes back to data the file no longer
/// holds; a display of an address is up before the server answers; a stamp from the future is
/// said to be one.
@Suite struct ClosedDoorsStateTests {
  /// 2026-11-29 08:00 UTC.
  static let morning: Int64 = 1_795_939_200

  func opened(_ scenario: Scenario, modified: Int64? = nil) -> OpenedScenario {
    OpenedScenario(
      scenario: scenario, sourceName: "mss.yaml",
      document: ScenarioDocument(
        path: nil, journalKey: "https://ops.example/mss.yaml", digest: ContentDigest("x"),
        stamp: modified.map { FileStamp(device: 0, inode: 0, size: 1, modifiedSeconds: $0, modifiedNanoseconds: 0) }))
  }

  var kenyaAt900: Scenario {
    var scenario = Scenario.haitiMSS
    scenario.contributors[0].deployed = HeadCount(900)
    return scenario
  }

  /// After a reload, `H ↑ Enter` would put the screen on the data before it, the file's no
  /// longer: read-only refuses, says why, and the screen keeps the file's figures.
  @Test func readOnlyNeverGoesBackToSupersededData() {
    var state = AppState(scenario: .haitiMSS, sourceName: "mss.yaml", readOnly: true)
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
    _ = reduce(&state, .reloaded(opened(kenyaAt900)))
    #expect(state.scenario.contributors[0].deployed.value == 900)
    for key: Key in [.character("H"), .up, .enter] { _ = reduce(&state, .key(key)) }
    #expect(state.scenario.contributors[0].deployed.value == 900, "the file's data stays on screen")
    #expect(
      state.message?.hasPrefix("Read-only: the screen shows mss.yaml as it is now") == true, "\(state.message ?? "")")
    #expect(!render(state).text.contains("Back at the baseline"))
  }

  /// A display of an address is drawn before the first answer: it names the address, shows
  /// no figure, says what went wrong while it keeps trying, and quits on its chord; the first
  /// scenario read replaces it, at the date `--as-of` pinned.
  @Test func anAddressIsAwaitedOnScreen_thenShown() {
    var state = AppState.awaiting(
      AwaitedSource(shown: "https://ops.example/mss.yaml", pin: AsOf("2025-02")), sourceName: "mss.yaml")
    state.ops.kiosk = true
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
    var screen = render(state).text
    #expect(screen.contains("Waiting for the first answer from https://ops.example/mss.yaml"))
    #expect(screen.contains("Asking the server…"))
    #expect(screen.contains("Type qy to quit"))
    #expect(!screen.contains("DEPLOYED") && !screen.contains("0"), "no figure before the data: \(screen)")
    _ = reduce(&state, .reloadFailed("https://ops.example/mss.yaml: cannot connect (refused)"))
    screen = render(state).text
    #expect(screen.contains("⚠ NOT LIVE since 08:00: cannot connect (refused)"), "\(screen)")
    #expect(screen.contains("Trying again on its own."))
    #expect(reduce(&state, .key(.character("e"))).isEmpty)
    _ = reduce(&state, .reloaded(opened(.haitiMSS)))
    #expect(state.ops.awaiting == nil)
    #expect(state.live.problem == nil)
    #expect(state.cursor == AsOf("2025-02"), "the pinned date applies to the data when it comes")
    #expect(!state.history.isEdited, "the first data is the baseline, not a change from nothing")
    screen = render(state).text
    #expect(screen.contains("DEPLOYED"))
    #expect(!screen.contains("Waiting for"))
    // The chord still ends it.
    _ = reduce(&state, .key(.character("q")))
    #expect(reduce(&state, .key(.character("y"))) == [.quit])
  }

  /// Browsing (not a kiosk) an address before it answers: q quits at once.
  @Test func anAwaitedAddressQuitsOnQ() {
    var state = AppState.awaiting(AwaitedSource(shown: "https://ops.example/mss.yaml"), sourceName: "mss.yaml")
    #expect(render(state).text.contains("Press q to quit"))
    #expect(reduce(&state, .key(.character("q"))) == [.quit])
  }

  /// A source dated in the future (a server's Last-Modified in 2099) has no age to tell: the
  /// header and a warning say so instead of "0 s old".
  @Test func aStampFromTheFutureIsSaid() {
    var state = AppState(scenario: .haitiMSS, sourceName: "mss.yaml", readOnly: true)
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
    _ = reduce(&state, .reloaded(opened(.haitiMSS, modified: 4_070_908_800)))  // 2099-01-01
    let screen = render(state).text
    // The data's age is its newest event's; the file's stamp from 2099 is said as a clock fault.
    #expect(screen.contains(" d old"), "\(screen)")
    #expect(!screen.contains("data 0 s old"))
    #expect(screen.contains("⚠ CLOCK: mss.yaml says it last changed"), "\(screen)")
  }
}
