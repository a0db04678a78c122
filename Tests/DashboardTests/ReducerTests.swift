import Testing

@testable import Dashboard
@testable import ForceModel

/// Each test is a short story of keys, read as a user would do it.
@Suite struct ReducerTests {
  var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)

  mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += reduce(&state, .key(key)) }
    return effects
  }

  mutating func type(_ text: String) { for c in text { _ = reduce(&state, .key(.character(c))) } }

  @Test mutating func tabAndNumbersMoveBetweenPanels() {
    #expect(state.focus == .force)
    _ = press(.tab)
    #expect(state.focus == .contributions)
    _ = press(.tab, .tab, .tab)
    #expect(state.focus == .force)
    _ = press(.backTab)
    #expect(state.focus == .timeline)
    _ = press(.character("3"))
    #expect(state.focus == .funding)
    _ = press(.character("4"))
    #expect(state.focus == .timeline)
    _ = press(.character("2"))
    #expect(state.focus == .contributions)
    _ = press(.character("l"), .right)
    #expect(state.focus == .timeline)
    _ = press(.character("h"), .left)
    #expect(state.focus == .contributions)
  }

  @Test mutating func arrowsAndVimKeysMoveTheSelectionWithinBounds() {
    _ = press(.character("2"))
    _ = press(.down, .character("j"))
    #expect(state.table(.contributions).selected == 2)
    _ = press(.end)
    #expect(state.table(.contributions).selected == 7)
    _ = press(.down)
    #expect(state.table(.contributions).selected == 7)
    _ = press(.home)
    #expect(state.table(.contributions).selected == 0)
    _ = press(.up, .character("k"))
    #expect(state.table(.contributions).selected == 0)
    _ = press(.pageDown)
    #expect(state.table(.contributions).selected == 7)
    _ = press(.pageUp)
    #expect(state.table(.contributions).selected == 0)
  }

  @Test mutating func iOpensTheDetailsOfTheSelectionAndEscapeClosesThem() {
    _ = press(.character("2"), .down, .character("i"))
    #expect(state.overlay == .details(.contributor(1), scroll: 0))
    // The details fit in their box: ↓ has nothing to scroll to.
    _ = press(.down, .down)
    #expect(state.overlay == .details(.contributor(1), scroll: 0))
    _ = press(.escape)
    #expect(state.overlay == .none)
    _ = press(.character("1"), .character("i"))
    #expect(state.overlay == .details(.strength(.planned), scroll: 0))
    _ = press(.character("q"))
    #expect(state.overlay == .none)
  }

  @Test mutating func qInsideAnOverlayClosesItAndOutsideQuits() {
    _ = press(.character("?"))
    #expect(state.overlay == .help(scroll: 0))
    #expect(press(.character("q")).isEmpty)
    #expect(press(.character("q")) == [.quit])
  }

  @Test mutating func f1OpensHelp() {
    _ = press(.function(1))
    #expect(state.overlay == .help(scroll: 0))
  }

  @Test mutating func slashFiltersATableAsYouType() {
    _ = press(.character("2"), .character("/"))
    #expect(state.filterPrompt == "")
    type("gua")
    #expect(state.visible[.contributions] == [4])
    _ = press(.backspace, .backspace)
    #expect(state.visible[.contributions] == [4])  // "g": only Guatemala has a g
    _ = press(.enter)
    #expect(state.filterPrompt == nil)
    #expect(state.table(.contributions).filter == "g")
    #expect(state.message?.hasPrefix("Filter 'g'") == true)
    _ = press(.escape)
    #expect(state.table(.contributions).filter == "")
    #expect(state.visible[.contributions]?.count == 8)
  }

  @Test mutating func escapeWhileTypingDropsTheFilter() {
    _ = press(.character("3"), .character("/"))
    type("states")
    #expect(state.visible[.funding] == [0, 1, 2, 3])
    _ = press(.escape)
    #expect(state.filterPrompt == nil)
    #expect(state.visible[.funding] == [0, 1, 2, 3, 4, 5])
  }

  @Test mutating func nAndNMoveBetweenMatchesAndWrap() {
    _ = press(.character("3"), .character("/"))
    type("united")
    _ = press(.enter)
    _ = press(.character("n"))
    #expect(state.table(.funding).selected == 1)
    _ = press(.character("n"), .character("n"))
    #expect(state.table(.funding).selected == 3)
    _ = press(.character("n"))
    #expect(state.table(.funding).selected == 0)
    _ = press(.character("N"))
    #expect(state.table(.funding).selected == 3)
  }

  @Test mutating func nWithoutAFilterExplainsWhatToDo() {
    _ = press(.character("2"), .character("n"))
    #expect(state.message?.contains("press /") == true)
  }

  @Test mutating func theForcePanelCannotBeFilteredOrSorted() {
    _ = press(.character("/"))
    #expect(state.filterPrompt == nil)
    #expect(state.message?.contains("no table to filter") == true)
    _ = press(.character("s"))
    #expect(state.message?.contains("fixed order") == true)
  }

  @Test mutating func sCyclesTheSortColumnAndSReversesIt() {
    _ = press(.character("2"), .character("s"))
    #expect(state.table(.contributions).sortColumn == 0)
    #expect(state.visible[.contributions]?.first.map { state.scenario.contributors[$0].country } == "Bahamas")
    _ = press(.character("s"), .character("s"))
    #expect(state.table(.contributions).sortColumn == 2)
    #expect(state.table(.contributions).sortDescending)
    #expect(state.visible[.contributions]?.first == 0)
    _ = press(.character("S"))
    #expect(state.visible[.contributions]?.first.map { state.scenario.contributors[$0].country } == "Benin")
    _ = press(.character("s"), .character("s"), .character("s"))
    #expect(state.table(.contributions).sortColumn == nil)
    #expect(state.visible[.contributions] == Array(0..<8))
  }

  @Test mutating func themesCycleAndMouseToggles() {
    let first = state.theme.name
    _ = press(.character("t"))
    #expect(state.theme.name != first)
    #expect(state.message == "Theme: \(state.theme.name)")
    #expect(press(.character("m")) == [.setMouseCapture(false)])
    #expect(press(.character("m")) == [.setMouseCapture(true)])
  }

  @Test mutating func ctrlLAsksForAFullRedraw() {
    #expect(press(.control("l")) == [.redrawAll])
  }

  @Test mutating func enterOnADerivedResultOpensItsDetails() {
    _ = press(.end, .enter)
    guard case .details(let target, scroll: 0, let sensitivity) = state.overlay else {
      Issue.record("no details: \(String(describing: state.overlay))")
      return
    }
    #expect(target == .result(.shortfall(.target)))
    // Kenya's "700+" moves it most: at least 700, up to 10 % more.
    #expect(sensitivity.first?.input == .deployed(country: "Kenya"))
  }

  @Test mutating func messagesExpireAfterTicks() {
    _ = press(.character("t"))
    for _ in 0..<20 { _ = reduce(&state, .tick) }
    #expect(state.message == nil)
  }

  @Test mutating func clickingSelectsAPanelAndARowAndDoubleClickOpensDetails() {
    let layout = state.layout
    let contributions = layout.rowArea(.contributions)
    let x = (layout.panels[.contributions]?.x ?? 0) + 5
    _ = reduce(&state, .mouse(MouseEvent(.click, x: x, y: contributions.firstY + 2)))
    #expect(state.focus == .contributions)
    #expect(state.table(.contributions).selected == 2)
    _ = reduce(&state, .mouse(MouseEvent(.doubleClick, x: x, y: contributions.firstY + 4)))
    #expect(state.overlay == .details(.contributor(4), scroll: 0))
    _ = reduce(&state, .mouse(MouseEvent(.click, x: 0, y: 0)))
    #expect(state.overlay == .none)
  }

  @Test mutating func clickingTheFundingSummarySelectsATotal() {
    let y = state.layout.fundingSummaryY()
    _ = reduce(&state, .mouse(MouseEvent(.doubleClick, x: 5, y: y + 2)))
    #expect(state.overlay == .details(.result(.runway), scroll: 0))
  }

  @Test mutating func theWheelScrollsThePanelUnderThePointer() {
    let rect = state.layout.panels[.funding] ?? Rect(x: 0, y: 0, width: 0, height: 0)
    _ = reduce(&state, .mouse(MouseEvent(.wheelDown, x: rect.x + 3, y: rect.y + 3)))
    #expect(state.table(.funding).selected == 3)
    #expect(state.focus == .force)
  }

  @Test mutating func resizingKeepsTheSelectionOnScreen() {
    _ = press(.character("3"), .end)
    _ = reduce(&state, .resize(width: 80, height: 24))
    let area = state.layout.rowArea(.funding)
    let table = state.table(.funding)
    #expect(state.width == 80)
    #expect(table.scroll <= max(0, state.scenario.funding.count - area.rows))
    #expect(area.rows >= 1)
  }

  /// Scrolling to the end and filtering work on 100,000 lines (how fast is the benchmarks' job:
  /// "render 120x40 frame, 1,000 contributors and 100,000 lines" and the cursor step).
  @Test mutating func largeScenariosScrollToTheEndAndFilter() {
    state = AppState(
      scenario: .synthetic(contributors: 1_000, fundingLines: 100_000), sourceName: "synthetic", width: 120, height: 40)
    _ = press(.character("3"), .end)
    #expect(state.selectedTarget(.funding) == .result(.gap(.target)))
    _ = press(.character("/"))
    type("donor 17")
    #expect((state.visible[.funding]?.count ?? 0) > 0)
    #expect(
      state.visible[.funding]?.allSatisfy { state.scenario.funding[$0].donor.hasPrefix("Synthetic donor 17") } == true)
  }

  @Test mutating func inTheNarrowLayoutAClickSelectsTheRowThatWasUnderThePointer() {
    _ = reduce(&state, .resize(width: 80, height: 30))
    let before = state.layout
    let area = before.rowArea(.contributions)
    let x = (before.panels[.contributions]?.x ?? 0) + 5
    _ = reduce(&state, .mouse(MouseEvent(.click, x: x, y: area.firstY + 1)))
    #expect(state.focus == .contributions)
    #expect(state.table(.contributions).selected == 1)
  }
}
