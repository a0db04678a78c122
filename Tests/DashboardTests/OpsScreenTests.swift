import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// The operations screen as its watcher lives it: time passes, the file changes, breaks,
/// comes back; keys are pressed by accident.
@Suite struct OpsScreenTests {
  /// 2026-11-29 08:00 UTC.
  static let morning: Int64 = 1_795_939_200
  var state: AppState

  init() {
    state = AppState(scenario: .haitiMSS, sourceName: "haiti.yaml", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    state.focus = .contributions
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
  }

  @discardableResult mutating func at(_ seconds: Int64) -> [Effect] {
    reduce(&state, .clock(ClockReading(seconds: Self.morning + seconds)))
  }

  func opened(_ scenario: Scenario) -> OpenedScenario {
    OpenedScenario(
      scenario: scenario, sourceName: "haiti.yaml",
      document: ScenarioDocument(path: "haiti.yaml", journalKey: "/haiti.yaml", digest: ContentDigest("x"), stamp: nil))
  }

  var kenyaAt900: Scenario {
    var scenario = Scenario.haitiMSS
    scenario.contributors[0].deployed = HeadCount(900)
    return scenario
  }

  @Test mutating func theKioskShowsTheHeadlineLargeAndTheClock() {
    let screen = render(state).text
    #expect(screen.contains("KIOSK"))
    #expect(screen.contains("│ 08:00"))
    #expect(screen.contains("DEPLOYED"))
    #expect(screen.contains("SHORT OF PLANNED"))
    #expect(screen.contains("CASH IN HAND"))
    #expect(screen.contains("GAP TO 2025-10-02"))
    #expect(screen.contains("CASH RUNS OUT"))
    #expect(screen.contains("│ 2025 "), "the runway is a date, its year under it")
    #expect(screen.contains("▀▀▀ ▜  ▀▀▀ ▀▀▀ ▀▀▀"), "1,000 in digits three rows tall")
    #expect(!screen.contains("Tab  panel"), "no key bar")
    #expect(!screen.contains("? help"), "no help hint")
    expectSnapshot(screen, named: "kiosk-120x40")
  }

  @Test mutating func theKioskFitsAnEightyColumnScreen() {
    state.screen.width = 80
    state.screen.height = 24
    expectSnapshot(render(state).text, named: "kiosk-80x24")
  }

  @Test mutating func strayKeysDoNothingAndOnlyTheChordQuits() {
    for key: Key in [.character("e"), .escape, .character("x"), .enter, .character("y")] {
      #expect(reduce(&state, .key(key)).isEmpty)
    }
    #expect(reduce(&state, .key(.character("q"))).isEmpty)
    #expect(state.message == "Press 'y' to end this display")
    #expect(reduce(&state, .key(.character("n"))).isEmpty, "a wrong second key starts over")
    #expect(reduce(&state, .key(.character("y"))).isEmpty)
    #expect(reduce(&state, .key(.character("q"))).isEmpty)
    #expect(reduce(&state, .key(.character("y"))) == [.quit])
    #expect(reduce(&state, .key(.control("l"))) == [.redrawAll])
    #expect(state.scenario == .haitiMSS)
  }

  @Test mutating func theChordTimesOut() {
    _ = reduce(&state, .key(.character("q")))
    for _ in 0..<20 { _ = reduce(&state, .tick) }
    #expect(reduce(&state, .key(.character("y"))).isEmpty)
  }

  @Test mutating func aCustomQuitChord() {
    state.ops.quitChord = [.character("x"), .character("x"), .character("z")]
    #expect(reduce(&state, .key(.character("q"))).isEmpty)
    _ = reduce(&state, .key(.character("x")))
    _ = reduce(&state, .key(.character("x")))
    #expect(reduce(&state, .key(.character("z"))) == [.quit])
  }

  @Test mutating func aReloadMarksWhatMovedForAWhile() {
    _ = reduce(&state, .reloaded(opened(kenyaAt900)))
    #expect(state.results.deployedTotal == 1_200)
    #expect(state.mode == .readOnly)
    let screen = render(state).text
    #expect(screen.contains("▼ 200 · 52% of 2,500"), "\(screen)")
    #expect(screen.contains("900 ▲200"))
    #expect(state.message?.contains("headline figures moved") == true)
    _ = at(599)
    #expect(render(state).text.contains("▼ 200 · 52%"))
    _ = at(600)
    #expect(!render(state).text.contains("▼ 200 · 52%"), "marks go after ten minutes")
    #expect(state.results.deployedTotal == 1_200)
  }

  @Test mutating func aBrokenFileKeepsTheLastGoodDataUntilItIsFixed() {
    _ = at(60)
    _ = reduce(&state, .reloadFailed("haiti.yaml:51:14: contributor.deployed: negative head count"))
    var screen = render(state).text
    #expect(screen.contains("⚠ NOT LIVE since 08:01, showing the data from 08:00: haiti.yaml:51:14:"), "\(screen)")
    #expect(state.results.deployedTotal == 1_000, "the last good figures stay")
    _ = at(120)
    _ = reduce(&state, .reloadFailed("haiti.yaml cannot be read: No such file or directory"))
    screen = render(state).text
    #expect(screen.contains("⚠ NOT LIVE since 08:01"), "since when the data stopped being live")
    #expect(screen.contains("No such file or directory"))
    _ = reduce(&state, .reloaded(opened(.haitiMSS)))
    #expect(!render(state).text.contains("NOT LIVE"))
  }

  @Test mutating func staleDataIsFlagged() {
    state.ops.staleAfterSeconds = 48 * 3600
    let screen = render(state).text
    #expect(screen.contains("⚠ STALE: newest event (2025-03-31) is 607 d old (limit 48 h)"), "\(screen)")
    #expect(screen.contains("data 607 d old"))
  }

  @Test mutating func theFilesAgeCountsToo() {
    var scenario = Scenario.haitiMSS
    scenario.mission.asOf = AsOf(year: 2026, month: 11, day: 29)
    state = AppState(scenario: scenario, sourceName: "haiti.yaml", readOnly: true, width: 120, height: 40)
    state.ops.staleAfterSeconds = 3600
    var stamp = FileStamp.of("/")
    stamp?.modifiedSeconds = Self.morning - 7_200
    state.source.document = ScenarioDocument(
      path: "haiti.yaml", journalKey: "/h", digest: ContentDigest("x"), stamp: stamp)
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
    // A date of today on the file does not make its newest event any newer.
    #expect(
      state.alerts == [
        "⚠ STALE: newest event (2025-03-31) is 607 d old; haiti.yaml last changed 2 h ago (limit 60 min)"
      ])
  }

  @Test mutating func rotationPagesThroughTablesThenMovesOn() {
    state = AppState(
      scenario: .synthetic(contributors: 60, fundingLines: 10), sourceName: "syn", readOnly: true, width: 120,
      height: 40)
    state.ops.kiosk = true
    state.ops.cycleSeconds = 20
    state.focus = .contributions
    _ = reduce(&state, .clock(ClockReading(seconds: Self.morning)))
    let rows = state.layout.rowArea(.contributions).rows
    _ = at(20)
    #expect(state.table(.contributions).scroll == rows)
    _ = at(40)
    _ = at(60)
    #expect(state.focus == .contributions || state.focus == .funding)
    var seenFunding = false
    for step in 4...10 {
      _ = at(Int64(step * 20))
      if state.focus == .funding { seenFunding = true }
    }
    #expect(seenFunding)
  }

  @Test mutating func aSlowFullRedrawRepairsTheScreen() {
    #expect(at(599).isEmpty)
    #expect(at(600) == [.redrawAll])
    #expect(at(601).isEmpty)
  }

  @Test mutating func theClockOnlyAsksForAFrameWhenTheMinuteTurns() {
    let revision = state.revision
    _ = at(30)
    #expect(state.revision == revision)
    _ = at(60)
    #expect(state.revision != revision)
  }

  /// Too small, the kiosk names its quit chord, not a key that does nothing there.
  @Test mutating func aTooSmallKioskNamesItsQuitChord() {
    _ = reduce(&state, .resize(width: 50, height: 12))
    let screen = render(state).text
    #expect(screen.contains("enlarge it, or type qy to quit"), "\(screen)")
    var browser = AppState(scenario: .haitiMSS, sourceName: "haiti.yaml", width: 50, height: 12)
    _ = reduce(&browser, .resize(width: 50, height: 12))
    #expect(render(browser).text.contains("enlarge it, or press q to quit"))
  }

}

/// Big digits read right from across a room: the decimal point is a mark of its own, with a
/// blank column on each side, never a speck against the next digit.
@Suite struct BigDigitsTests {
  @Test(arguments: ["$277.5M", "16.1", "1,000"])
  func theSeparatorStandsApartFromTheDigits(_ value: String) throws {
    let rows = try #require(BigDigits.rows(value, width: 40))
    let separator = try #require(value.firstIndex { $0 == "." || $0 == "," })
    let column = BigDigits.width(of: String(value[..<separator]))
    #expect(Array(rows[1])[column] == "▄", "no mark for the separator in \(rows)")
    for row in rows.map(Array.init) {
      #expect(row[column - 1] == " " && row[column + 1] == " ", "\(value): the mark touches a digit in \(rows)")
    }
    #expect(Array(rows[2])[column] != " ", "the mark reaches the baseline")
  }

  /// Units, qualifiers and the months' letters are as tall as the digits: "≤$37M" must not
  /// read as a firm 37 from across a room.
  @Test(arguments: ["≤$37M", "$460M", "~1,000", "15 JUL 2025", "✓ MET", "✓ LASTS", "?", "$1.1B"])
  func everyCharacterOfAWallValueIsTall(_ value: String) throws {
    let rows = try #require(BigDigits.rows(value, width: 80))
    for character in value where character != " " {
      #expect(!rows[1].contains(character), "\(character) of \(value) is drawn small: \(rows)")
    }
    #expect(Set(rows.map(\.count)).count == 1, "rows of one width: \(rows)")
  }

  @Test func everyGlyphIsThreeRowsOfOneWidth() {
    for (character, glyph) in BigDigits.glyphs {
      #expect(glyph.count == 3 && Set(glyph.map(\.count)).count == 1, "\(character): \(glyph)")
    }
  }
}
