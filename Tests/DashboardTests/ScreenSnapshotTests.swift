import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// Whole screens as text: what a user sees at each size and in each overlay.
@Suite struct ScreenSnapshotTests {
  func state(_ width: Int, _ height: Int, focus: PanelID = .force) -> AppState {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: width, height: height)
    state.focus = focus
    return state
  }

  @Test func dashboardAt120x40() { expectSnapshot(render(state(120, 40)).text, named: "dashboard-120x40") }
  @Test func dashboardAt80x24() { expectSnapshot(render(state(80, 24)).text, named: "dashboard-80x24") }
  @Test func dashboardAt80x24WithFundingFocused() {
    expectSnapshot(render(state(80, 24, focus: .funding)).text, named: "dashboard-80x24-funding")
  }
  @Test func dashboardAt200x60() { expectSnapshot(render(state(200, 60)).text, named: "dashboard-200x60") }
  @Test func narrowTerminal() {
    expectSnapshot(render(state(60, 16, focus: .contributions)).text, named: "narrow-60x16")
  }
  @Test func tooSmallTerminal() { expectSnapshot(render(state(50, 12)).text, named: "too-small-50x12") }

  /// At 80 columns help rows wrap under their text, keeping the key column.
  @Test func helpAt80x24KeepsItsKeyColumn() {
    var s = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24)
    _ = reduce(&s, .key(.function(1)))
    for _ in 0..<10 { _ = reduce(&s, .key(.down)) }
    expectSnapshot(render(s).text, named: "help-80x24")
  }

  @Test func helpOverlay() {
    var s = state(120, 40)
    _ = reduce(&s, .key(.character("?")))
    expectSnapshot(render(s).text, named: "help-120x40")
  }

  @Test func detailsOfKenya() {
    var s = state(120, 40, focus: .contributions)
    _ = reduce(&s, .key(.character("i")))
    expectSnapshot(render(s).text, named: "details-kenya-120x40")
  }

  @Test func detailsOfTheShortfall() {
    var s = state(100, 30)
    _ = reduce(&s, .key(.end))
    _ = reduce(&s, .key(.up))
    _ = reduce(&s, .key(.enter))
    expectSnapshot(render(s).text, named: "details-shortfall-100x30")
  }

  @Test func detailsOfTheDefenseCeiling() {
    var s = state(120, 40, focus: .funding)
    for _ in 0..<3 { _ = reduce(&s, .key(.down)) }
    _ = reduce(&s, .key(.character("i")))
    expectSnapshot(render(s).text, named: "details-ceiling-120x40")
  }

  /// The trust fund: every flow with its date and sources, the spending derived from the
  /// Secretary-General's letter shown as derived.
  @Test func detailsOfTheTrustFund() {
    var s = state(120, 40, focus: .funding)
    for _ in 0..<4 { _ = reduce(&s, .key(.down)) }
    _ = reduce(&s, .key(.character("i")))
    let screen = render(s).text
    #expect(screen.contains("Cash in hand $36.4M = received − spent − frozen"))
    expectSnapshot(screen, named: "details-trust-fund-120x40")
  }

  /// The runway's details: its formula and what it was counted from.
  @Test func detailsOfTheRunway() {
    var s = state(120, 40, focus: .funding)
    for _ in 0..<8 { _ = reduce(&s, .key(.down)) }
    _ = reduce(&s, .key(.character("i")))
    let screen = render(s).text
    #expect(screen.contains("Runway, cash only"))
    #expect(screen.contains("counted from"))
    expectSnapshot(screen, named: "details-runway-120x40")
  }

  @Test func filterPromptWhileTyping() {
    var s = state(100, 30, focus: .contributions)
    for key: Key in [.character("/"), .character("a"), .character("m")] { _ = reduce(&s, .key(key)) }
    expectSnapshot(render(s).text, named: "filter-typing-100x30")
  }

  @Test func theTimelineScenarioWithABanner() throws {
    var scenario = try ScenarioStore.load(packageRoot + "/Scenarios/mss-timeline.yaml")
    scenario.mission.banner = "UNCLASSIFIED — EXERCISE DATA"
    let s = AppState(scenario: scenario, sourceName: "mss-timeline.yaml", width: 140, height: 45)
    let text = render(s).text
    let lines = text.split(separator: "\n")
    #expect(lines.first?.contains("UNCLASSIFIED — EXERCISE DATA") == true)
    #expect(lines.last?.contains("UNCLASSIFIED — EXERCISE DATA") == true)
    expectSnapshot(text, named: "timeline-banner-140x45")
  }
}

let packageRoot: String = {
  var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(3)
  return parts.joined(separator: "/")
}()
