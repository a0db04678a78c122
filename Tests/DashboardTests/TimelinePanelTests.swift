import ForceModel
import ScenarioStore
import Testing

@testable import Dashboard

/// Panel 4, the mission in time: the chart and the events list, on the MSS–GSF history, as a
/// user walks it with the keys.
@Suite struct TimelinePanelTests {
  /// The MSS–GSF history (`GSFScenario`).
  static let gsf = GSFScenario.scenario

  func screen(_ width: Int, _ height: Int, theme: String = "default", keys: [Key] = []) -> AppState {
    var state = AppState(scenario: Self.gsf, sourceName: "haiti-mss-gsf.yaml", width: width, height: height)
    state.screen.themeIndex = state.screen.themes.firstIndex { $0.name == theme } ?? 0
    for key in [Key.character("4")] + keys { _ = reduce(&state, .key(key)) }
    return state
  }

  @Test func theFileLoads() { #expect(Self.gsf.mission.periods.count == 3) }

  @Test(arguments: [(60, 16), (80, 24), (120, 40), (200, 60)])
  func theTimelineAtEachSize(_ width: Int, _ height: Int) {
    let text = render(screen(width, height)).text
    expectSnapshot(text, named: "timeline-gsf-\(width)x\(height)")
    // The chart names what it draws and the dates it spans, whatever the size.
    #expect(text.contains("Deployed 949"))
    #expect(text.contains("▲2026-03-21 latest"))
    #expect(text.contains("GSF"))
  }

  @Test func stackingFromTheMoneyChartSaysTheChartChanged() {
    let state = screen(120, 40, keys: [.character("v"), .character("c")])
    #expect(state.chart == ChartView(view: .strength, byCountry: true))
    #expect(state.message?.contains("Chart: deployed strength by country") == true)
    #expect(state.message?.contains("v goes back to money") == true)
  }

  @Test func theMoneyChartAndTheTotal() {
    let money = render(screen(120, 40, keys: [.character("v")])).text
    expectSnapshot(money, named: "timeline-gsf-money-120x40")
    // Cash by mandate: the GSF's own is unknown (none reported), never the MSS's last figure.
    #expect(money.contains("Cash by mandate, USD"))
    #expect(money.contains("received unknown"))
    #expect(money.contains("required (assumed: 5,500 × $240,000)"))
    // On the MSS's last day, the projection from the spending known to 2025-02-24.
    var lastMSS = AppState(
      scenario: Self.gsf.asOf(AsOf(year: 2025, month: 9, day: 30), wholeLines: true), sourceName: "gsf.yaml",
      width: 160, height: 40)
    for key: Key in [.character("4"), .character("v")] { _ = reduce(&lastMSS, .key(key)) }
    let mss = render(lastMSS).text
    #expect(mss.contains("ran out ~2025-07-17 (proj.)"), "\(mss)")
    let total = render(screen(120, 40, keys: [.character("c")])).text
    expectSnapshot(total, named: "timeline-gsf-total-120x40")
    #expect(total.contains("◆"), "the reported totals are marked on the total")
    #expect(total.contains("(sum of countries)"))
  }

  /// Two colour themes and `mono`, written with their escapes: in colour the countries differ
  /// by colour, in `mono` by the shade of their blocks (█ ▓ ▒ ░), so the picture reads in all.
  @Test(arguments: ["default", "light", "mono"], [(80, 24), (120, 40), (200, 60)])
  func inEachTheme(_ theme: String, _ size: (Int, Int)) {
    let state = screen(size.0, size.1, theme: theme, keys: [.character("[")])
    let grid = render(state)
    expectSnapshot(
      ANSIWriter.render(grid, theme: state.theme, depth: .c256),
      named: "timeline-gsf-\(size.0)x\(size.1)-\(theme).ansi")
    // Tall enough for whole cells, the countries' shades show; on a short plot only the tops.
    if size.1 >= 40 {
      #expect(grid.text.contains("█") && grid.text.contains("▓"))
    } else {
      #expect(grid.text.contains { "▄▅▆▇".contains($0) })
    }
  }

  @Test func theChartsColoursDifferInTheColourThemes() {
    for theme in BuiltInThemes.all where theme.name != "mono" {
      let colours = (1...6).map { theme.entry(ThemeRole.chart($0 - 1)) }
      #expect(Set(colours.map { "\($0)" }).count == 6, "\(theme.name)")
    }
  }

  /// A what-if figure (typed, so undated) stands on the chart from the scenario's date, as the
  /// panels show it: the chart and the force panel agree after an edit.
  @Test func aWhatIfEditMovesTheChartToo() {
    var state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", width: 120, height: 50)
    for key: Key in [.character("2"), .character("e"), .control("u")] { _ = reduce(&state, .key(key)) }
    for c in "1200" { _ = reduce(&state, .key(.character(c))) }
    _ = reduce(&state, .key(.enter))
    _ = reduce(&state, .key(.character("4")))
    // 1,200 Kenyans and the rest; the MSS's unattributed five ended with the MSS.
    #expect(state.results.deployedTotal == 1449)
    #expect(state.timeline.step(on: Day(year: 2026, month: 3, day: 21))?.total == 1449)
    let text = render(state).text
    #expect(text.contains("Deployed 1,449 by country"), "\(text)")
    #expect(text.contains("Deployed (sum)          1,449"), "\(text)")
  }

  @Test func theEventsListMovesTheCursor() throws {
    var state = screen(120, 50)
    #expect(state.cursor == nil)
    let events = state.timeline.events
    let latest = state.table(.timeline).selected
    #expect(events[latest].day <= Day(year: 2026, month: 3, day: 21))
    // Up through the events of the latest day (still the latest picture), then to the day before.
    while state.cursor == nil && state.table(.timeline).selected > 0 { _ = reduce(&state, .key(.up)) }
    let previous = events[state.table(.timeline).selected]
    #expect(previous.day < Day(year: 2026, month: 3, day: 21))
    #expect(state.cursor == previous.day.asOf, "the selected event is the as-of date")
    #expect(render(state).text.contains("◀ AS OF \(previous.day)"))
    _ = reduce(&state, .key(.home))
    #expect(state.cursor == events[0].day.asOf)
    #expect(state.scenario.contributors.count == 1, "on the first day only Kenya had pledged")
    _ = reduce(&state, .key(.end))
    let last = try #require(events.last)
    #expect(last.kind == .planned, "the base plan's last event lies ahead of the data")
    #expect(state.cursor == last.day.asOf, "past the data's date the cursor projects")
    #expect(render(state).text.contains("▶ PROJECTED \(last.day) · plan base"))
  }

  @Test func cursorKeysMoveTheSelectedEvent() {
    var state = screen(120, 50)
    _ = reduce(&state, .key(.character("@")))
    for c in "2025-09-30" { _ = reduce(&state, .key(.character(c))) }
    _ = reduce(&state, .key(.enter))
    let selected = state.timeline.events[state.table(.timeline).selected]
    #expect(selected.day == Day(year: 2025, month: 9, day: 30))
    #expect(render(state).text.contains("▲2025-09-30"))
    // The header names the force of the mandate in force: the MSS until 2025-10-02.
    #expect(render(state).text.split(separator: "\n").first?.contains("│ MSS") == true)
    _ = reduce(&state, .key(.character("}")))
    #expect(render(state).text.split(separator: "\n").first?.contains("│ GSF") == true)
  }

  @Test func theKioskRotatesOntoTheChartAndAPinHoldsAcrossReloads() {
    var state = AppState(
      scenario: Self.gsf, sourceName: "gsf.yaml", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    state.focus = .funding
    // The funding table pages first, then the rotation moves on to the chart.
    for _ in 0..<10 where state.focus == .funding { state.cycleStep() }
    #expect(state.focus == .timeline)
    state.cycleStep()
    #expect(state.focus == .contributions)
    state.pin(asOf: AsOf(year: 2025, month: 3, day: 31))
    #expect(state.cursor == AsOf(year: 2025, month: 3, day: 31))
    state.reloadLive(
      OpenedScenario(
        scenario: Self.gsf, sourceName: "gsf.yaml",
        document: ScenarioDocument(path: "gsf.yaml", journalKey: "/gsf.yaml", digest: ContentDigest("y"), stamp: nil)))
    #expect(state.cursor == AsOf(year: 2025, month: 3, day: 31), "a pinned display stays on its date")
    #expect(state.scenario.mission.asOf == AsOf(year: 2025, month: 3, day: 31))
  }

  @Test func theShortfallsNeverScrollOutOfSight() {
    // A force panel three rows tall keeps the shortfalls, and drops older figures first.
    var state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", width: 80, height: 24)
    state.focus = .contributions
    let text = render(state).text
    // In the force panel itself, not only in the meter row.
    #expect(text.split(separator: "\n").contains { $0.hasPrefix("│Short of") }, "\(text)")
  }

  @Test func theForcePanelShowsTheReportsOfTheLatestDateOnly() {
    let state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", width: 120, height: 40)
    let reports = state.targets(.force).filter {
      if case .reported = $0 { return true }
      return false
    }
    #expect(reports.count == 1, "the older reports are the timeline's")
  }
}
