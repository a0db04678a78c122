import ForceModel
import Testing

@testable import Dashboard

/// What the eye sees first, from a desk or across a room: the headline results always on
/// screen, the wall's tiles of equal weight, money on scales that can be read, every view in
/// every theme at three sizes, kept as ANSI snapshots.
@Suite struct AtAGlanceTests {
  /// A screen the way a user opens it: the built-in mission, or the MSS–GSF history for the
  /// timeline's views (its three mandates and two forces).
  enum View: String, CaseIterable {
    case dashboard, strength, total, money, kiosk

    func state(_ width: Int, _ height: Int, theme: String) -> AppState {
      let gsf = self == .strength || self == .total || self == .money
      var state = AppState(
        scenario: gsf ? GSFScenario.scenario : .haitiMSS, sourceName: gsf ? "haiti-mss-gsf.yaml" : "built-in",
        readOnly: self == .kiosk, width: width, height: height)
      state.screen.themeIndex = state.screen.themes.firstIndex { $0.name == theme } ?? 0
      let keys: [Key] =
        switch self {
        case .dashboard, .kiosk: []
        case .strength: [.character("4")]
        case .total: [.character("4"), .character("c")]
        case .money: [.character("4"), .character("v")]
        }
      for key in keys { _ = reduce(&state, .key(key)) }
      if self == .kiosk {
        state.ops.kiosk = true
        state.focus = .contributions
      }
      return state
    }
  }

  static let sizes = [(80, 24), (120, 40), (200, 60)]
  static let cases = View.allCases.flatMap { view in sizes.map { (view, $0.0, $0.1) } }

  /// Every view in every theme at 80×24, 120×40 and 200×60, with its escapes: what a terminal
  /// is sent, colours, bold and all, so a theme that loses a border or draws bold black shows
  /// here as a changed file.
  @Test(arguments: cases, ["default", "light", "high-contrast", "colorblind", "mono"])
  func everyViewInEveryTheme(_ screen: (View, Int, Int), _ theme: String) {
    let (view, width, height) = screen
    let state = view.state(width, height, theme: theme)
    let grid = render(state)
    expectSnapshot(
      ANSIWriter.render(grid, theme: state.theme, depth: .c256),
      named: "glance/\(view)-\(width)x\(height)-\(theme).ansi")
    // The headline results never leave: on the wall as tiles, else as the meter row.
    let text = grid.text
    if view == .kiosk {
      #expect(text.contains("CASH") && text.contains("GAP"), "\(text)")
    } else {
      let meters = text.split(separator: "\n")[1]
      #expect(meters.contains("Short of planned") && meters.contains("Cash") && meters.contains("Gap"), "\(meters)")
    }
  }

  /// The meter row gives up captions, then the deployed figure, then long labels, then the
  /// second shortfall, and never a value: the money is on screen at 80×24.
  @Test func theMeterRowKeepsTheMoneyOnTheSmallestScreen() {
    let tiles = HeadlineTiles.tiles(AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24))
    let wide = MeterRow.meters(tiles, width: 300)
    #expect(wide.map(\.label).first == "Deployed")
    #expect(wide.contains { $0.caption == "burn $7.83M/mo" })
    let narrow = MeterRow.meters(tiles, width: 78)
    #expect(
      narrow.map { "\($0.label) \($0.value)" } == [
        "Short of planned 1,500", "Cash ≤$36.4M", "Runs out 2025-07-15", "Gap $459.8M",
      ])
    let screen = render(AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24)).text
    #expect(screen.split(separator: "\n")[1].contains("Cash ≤$36.4M"), "\(screen)")
  }

  /// A what-if change shows beside its value in the meter row, coloured by whether it helps.
  @Test func theMeterRowMarksAWhatIfChange() {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)
    for key: Key in [.character("2"), .character("e"), .control("u")] { _ = reduce(&state, .key(key)) }
    for c in "1200" { _ = reduce(&state, .key(.character(c))) }
    _ = reduce(&state, .key(.enter))
    let meters = MeterRow.meters(HeadlineTiles.tiles(state), width: 118)
    let short = try? #require(meters.first { $0.label == "Short of planned" })
    #expect(short?.value == "1,000")
    #expect(short?.delta == "▼500")
    #expect(short?.deltaRole == .ok, "a shortfall going down is good news")
  }

  /// On the wall every tile draws its value tall or none does, and each tile is as wide as its
  /// value needs, the rest shared: the gap is never small text beside four big figures.
  @Test(arguments: [(120, 40), (160, 50), (200, 60)])
  func everyTileIsTallOnTheWall(_ width: Int, _ height: Int) {
    let state = View.kiosk.state(width, height, theme: "default")
    let grid = render(state)
    let layout = state.layout
    let headline = try? #require(layout.headline)
    let top = (headline?.y ?? 0) + 1
    let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = String(rows[top])
    // Each tile's first row holds glyph tops, never a value written small.
    for tile in line.split(separator: "││") {
      #expect(tile.contains { "▀█▄".contains($0) }, "\(width)×\(height): \(line)")
      #expect(!tile.contains("$"), "\(width)×\(height): a value drawn small: \(line)")
    }
  }

  /// A surplus and a met level are said in words, not by colour alone.
  @Test func aSurplusIsSaidInWords() {
    var scenario = Scenario.haitiMSS
    scenario.strength.planned = HeadCount(500)
    scenario.funding.append(
      FundingLine(
        id: "surplus", donor: "Test donor", channel: .trustFund, form: .cash, currency: "USD",
        purpose: "covers the period", flows: [Flow(.received, Amount(900_000_000, asOf: scenario.mission.asOf))]))
    let state = AppState(scenario: scenario, sourceName: "test", readOnly: true, width: 160, height: 50)
    let tiles = HeadlineTiles.tiles(state)
    #expect(tiles.contains { $0.title == "PLANNED MET" && $0.value == "✓ MET" })
    #expect(tiles.contains { $0.title.hasPrefix("SURPLUS TO ") }, "\(tiles.map(\.title))")
  }

  /// The wall keeps one layout through the rotation, and pages a table in whole pages.
  @Test func theRotationKeepsTheLayoutAndPagesWholePages() {
    var state = View.kiosk.state(120, 30, theme: "default")
    state.ops.cycleSeconds = 1
    let first = state.layout
    var pages: [Int] = []
    for _ in 0..<12 {
      state.cycleStep()
      #expect(state.layout == first, "the layout jumped at \(state.focus)")
      if state.focus == .contributions || state.focus == .funding {
        let rows = state.layout.rowArea(state.focus).rows
        let count = state.focus == .funding ? state.visible[.funding]?.count ?? 0 : state.scenario.contributors.count
        let scroll = state.table(state.focus).scroll
        #expect(scroll + rows <= max(rows, count), "a page past the end")
        if scroll > 0 { pages.append(count - scroll) }
        #expect(scroll == 0 || count - scroll >= rows, "a short last page: \(count - scroll) of \(rows)")
      }
    }
  }

  /// Money in strips, each on its own scale with its name at its left: received (against the
  /// requirement, dashed), spent, in hand — each readable, whatever the requirement's size.
  @Test func moneyStripsHaveTheirOwnScales() {
    let state = View.money.state(120, 50, theme: "mono")
    let text = render(state).text
    let lines = text.split(separator: "\n").map(String.init)
    for name in ["received", "spent", "in hand"] {
      #expect(lines.contains { $0.hasPrefix("│" + name + " ") && $0.contains("$") }, "\(name): \(text)")
    }
    #expect(text.contains("┄"), "the requirement is drawn over the received strip")
  }

  /// A reported total is marked at its level or on top of the bar, never in a cell cut out of
  /// it: no bar continues above a mark.
  @Test func aReportSitsAboveTheBar() {
    let state = View.total.state(120, 40, theme: "mono")
    let grid = render(state)
    let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    var marks = 0
    for (y, row) in rows.enumerated() {
      for (x, character) in row.enumerated() where character == "◆" && y > 0 {
        marks += 1
        let above = rows[y - 1].indices.contains(x) ? rows[y - 1][x] : " "
        #expect(!"▁▂▃▄▅▆▇█▓▒░".contains(above), "a bar goes on above the mark at \(x),\(y)")
      }
    }
    #expect(marks > 0)
  }

  /// `z` zooms the focused panel to the whole body (the meter row stays), Tab walks the panels
  /// zoomed, `z` again brings all back; the kiosk ignores it.
  @Test func zoomFillsTheScreenWithOnePanel() {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)
    _ = reduce(&state, .key(.character("z")))
    #expect(state.layout.panels.count == 1)
    #expect(state.layout.panels[.force]?.width == 120)
    #expect(state.layout.meters != nil)
    _ = reduce(&state, .key(.tab))
    #expect(state.layout.panels.keys.sorted { $0.rawValue < $1.rawValue } == [.contributions])
    _ = reduce(&state, .key(.character("z")))
    #expect(state.layout.panels.count == 4)
    // At 200 columns zoomed, the funding lines' names are whole.
    var wide = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 200, height: 60)
    for key: Key in [.character("3"), .character("z")] { _ = reduce(&wide, .key(key)) }
    #expect(render(wide).text.contains("United States — foreign assistance for logistics support and equipment"))
  }
}
