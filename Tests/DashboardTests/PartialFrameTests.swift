import Testing

@testable import Dashboard
@testable import ForceModel

/// A key that only moves a table's selection draws that panel and the status line again over
/// the frame on screen, not the whole dashboard: whatever the keys before it, the frame the loop
/// keeps is the frame `render` would draw from scratch.
@Suite struct PartialFrameTests {
  /// Moves, and the keys around them that change what a move lands on: focus, filter, sort,
  /// zoom, chart, theme, the as-of cursor, an edit, undo.
  static let keys: [Key] =
    [.down, .up, .pageDown, .pageUp, .home, .end, .down, .down, .up, .tab, .backTab]
    + "jkgG1234zZsSct[]{}ueE".map { Key.character($0) } + [.enter, .escape, .escape]
    + "/ke".map { Key.character($0) } + [.enter, .escape]

  static let scenarios: [(String, Scenario)] = [
    ("built-in", .haitiMSS), ("gsf", GSFScenario.scenario),
    ("synthetic", .synthetic(contributors: 40, fundingLines: 300, seed: 5)),
  ]

  @Test(arguments: [(80, 24), (120, 40), (200, 60), (100, 30)])
  func aMovedSelectionDrawsTheSameFrameAsAWholeRender(size: (Int, Int)) {
    var random = SplitMix64(seed: 20_261_205 &+ UInt64(size.0))
    for (name, scenario) in Self.scenarios {
      var loop = FrameLoop(
        state: AppState(scenario: scenario, sourceName: name, width: size.0, height: size.1))
      var partial = 0
      for step in 0..<400 {
        let key = Self.keys.randomElement(using: &random) ?? .down
        let before = loop.frame
        let result = loop.step(.key(key))
        let whole = render(loop.state)
        let shown = result.frame ?? before
        #expect(
          Self.firstDifference(shown, whole) == nil,
          "\(name) \(size) step \(step) key \(key): \(Self.firstDifference(shown, whole) ?? "")")
        #expect(Self.firstDifference(loop.frame, whole) == nil, "\(name) \(size) step \(step) key \(key)")
        if [.down, .up, .pageDown, .pageUp, .home, .end].contains(key), loop.state.focus != .timeline { partial += 1 }
      }
      #expect(partial > 15, "\(name) \(size): the moves were tried")
    }
  }

  /// The first row where two frames differ, both ways, with its styles; nil when they are equal.
  static func firstDifference(_ shown: Grid, _ whole: Grid) -> String? {
    guard shown != whole else { return nil }
    guard shown.width == whole.width, shown.height == whole.height else { return "sizes differ" }
    for y in 0..<whole.height {
      let range = y * whole.width..<(y + 1) * whole.width
      if Array(shown.cells[range]) != Array(whole.cells[range]) {
        let text = { (grid: Grid) in String(grid.cells[range].map(\.character)) }
        return "row \(y): shown '\(text(shown))', a whole render '\(text(whole))'"
      }
    }
    return "no row differs"
  }
}
