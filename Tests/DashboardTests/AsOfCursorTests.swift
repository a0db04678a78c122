import ForceModel
import Testing

@testable import Dashboard

/// The as-of cursor: `[ ] { } @ .` walk the scenario through its history on the same screen.
@Suite struct AsOfCursorTests {
  var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)

  mutating func press(_ keys: Key...) {
    for key in keys { _ = reduce(&state, .key(key)) }
  }

  @Test mutating func bracketsStepThroughTheDatesAnythingChanges() {
    // The dates up to the latest picture (a mandate's scheduled end after it is not one).
    let events = state.cursorDays
    press(.character("["))
    // The latest picture is of 2025-03; before it, Canada's commitment "of February 2025" (known
    // from the 28th), and before that the Secretary-General's letter of 2025-02-24.
    #expect(state.cursor == AsOf("2025-02-28"))
    #expect(state.scenario.mission.asOf == AsOf("2025-02-28"))
    #expect(state.results.funding.cash.carriedIn + state.results.funding.cash.received == 110_800_000)
    let header = render(state).text.split(separator: "\n").first.map(String.init) ?? ""
    let known = events.filter { $0 <= Day(year: 2025, month: 2, day: 28) }.count
    #expect(header.contains("◀ AS OF 2025-02-28 · \(known) of \(events.count) dates"), "\(header)")
    press(.character("["))
    #expect(state.cursor == AsOf("2025-02-24"))
    press(.character("]"))
    #expect(state.cursor == AsOf("2025-02-28"))
    press(.character("]"))
    #expect(state.cursor == nil, "the next date is the latest picture")
    #expect(render(state).text.contains("as of 2025-03 (latest)"))
  }

  /// "n of m dates" counts every date: from the first, each `]` adds one; the data's own date
  /// is the latest picture, and the dates after it (the mandate's end) are the projection.
  @Test mutating func theDateCountRunsThroughTheLatestPictureIntoTheProjection() throws {
    let steps = state.cursorDays
    let latest = try #require(Scenario.haitiMSS.mission.asOf?.lastDay)
    let at = try #require(steps.firstIndex(of: latest))
    #expect(steps.last.map { $0 > latest } == true, "the mandate's end lies ahead of the data")
    for _ in steps { press(.character("[")) }
    #expect(state.cursor == steps.first?.asOf)
    for n in 2...at {
      press(.character("]"))
      let header = render(state).text.split(separator: "\n").first.map(String.init) ?? ""
      #expect(header.contains("· \(n) of \(steps.count) dates"), "\(n): \(header)")
    }
    press(.character("]"))
    #expect(state.cursor == nil, "the data's own date is the latest picture")
    press(.character("]"))
    #expect(state.cursor == steps[at + 1].asOf)
    let header = render(state).text.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("▶ PROJECTED \(steps[at + 1])"), "\(header)")
    #expect(header.contains("no plan"), "the built-in mission has no plan: the data carried forward")
  }

  /// The worse and better ends are kept while the cursor steps; another scenario makes new
  /// ones, so a step after an edit shows the edited scenario's ranges, never the old ones.
  @Test func theEndsKeptForTheCursorFollowTheScenario() {
    let view = ScenarioView(date: AsOf("2025-02-28"))
    var edited = Scenario.haitiMSS
    for index in edited.contributors.indices { edited.contributors[index].deployed.value += 100 }
    var figures = Figures(baseline: .haitiMSS)
    for scenario in [Scenario.haitiMSS, edited, edited, .haitiMSS] {
      figures.show(scenario, view: view)
      let fresh = RangedResults(scenario) { view($0, wholeLines: true) }
      #expect(figures.results == fresh.results)
      #expect(figures.ranges.worse == fresh.ranges.worse)
      #expect(figures.ranges.better == fresh.ranges.better)
    }
    figures.show(.haitiMSS, view: view)
    let before = figures.ranges.worse
    figures.show(edited, view: view)
    #expect(figures.ranges.worse != before)
  }

  @Test mutating func bracesMoveAMonthAndDotComesBack() {
    press(.character("{"), .character("{"))
    #expect(state.cursor == AsOf("2025-01-31"))
    #expect(state.scenario.contributors.first { $0.country == "Kenya" }?.deployed.value == 600)
    press(.character("}"))
    #expect(state.cursor == AsOf("2025-02-28"))
    press(.character("."))
    #expect(state.cursor == nil)
    #expect(state.scenario == .haitiMSS)
  }

  @Test mutating func atTypesADateForgivingly() {
    press(.character("@"))
    for c in "sep 2024" { press(.character(c)) }
    press(.enter)
    #expect(state.cursor == AsOf("2024-09"))
    #expect(state.results.funding.mandate?.period.id == "res-2699")
    press(.character("@"))
    for c in "someday" { press(.character(c)) }
    press(.enter)
    #expect(state.message?.contains("is not a date") == true)
    #expect(state.cursor == AsOf("2024-09"), "a bad date changes nothing")
  }

  @Test mutating func inThePastEditingKeysSayWhyTheyAreRefused() {
    press(.character("["), .character("2"), .character("e"))
    #expect(state.editor == nil)
    #expect(state.message == "AS OF 2025-02-28: edits apply to the latest picture; press . to go back to it")
    #expect(state.history.position == 0)
    press(.character("."), .character("e"))
    #expect(state.editor != nil)
  }

  /// A what-if is of the latest picture: at a date before it, the edited scenario and the
  /// baseline are the same, so no row shows a delta — each row is compared with the same
  /// country's row in the baseline as known on that date, not the latest picture's.
  @Test mutating func inThePastAnEditAtTheLatestPictureMovesNoRow() {
    press(.character("2"), .character("e"))
    for c in "1200" { press(.character(c)) }
    press(.enter)
    #expect(state.history.position == 1)
    let latest = render(state).text
    #expect(latest.split(separator: "\n").contains { $0.contains("Kenya") && $0.contains("1,200 ▲500") }, "\(latest)")
    for date in ["2025-02-24", "2024-08-01"] {
      press(.character("@"))
      for c in date { press(.character(c)) }
      press(.enter)
      #expect(state.cursor == AsOf(date))
      let screen = render(state).text
      let countries = state.scenario.contributors.map(\.country)
      let rows = screen.split(separator: "\n").filter { line in countries.contains { line.contains($0) } }
      #expect(!rows.isEmpty)
      for row in rows {
        #expect(!row.contains("▲") && !row.contains("▼") && !row.contains(" new "), "\(date): \(row)")
      }
      let strength = screen.split(separator: "\n").filter { $0.contains("Deployed (sum)") || $0.contains("Short of") }
      for row in strength { #expect(!row.contains("▲") && !row.contains("▼"), "\(date): \(row)") }
    }
  }

  @Test mutating func thePastScreen() {
    press(.character("@"))
    for c in "2025-01-31" { press(.character(c)) }
    press(.enter)
    expectSnapshot(render(state).text, named: "asof-2025-01-31-120x40")
  }
}
