import Testing

@testable import Dashboard

/// The table drawer, one widget on a small grid: the selection never hides what a cell means.
@Suite struct TableDrawerTests {
  /// One selected row: a label, a bar and a SHORT mark, drawn focused or not.
  func drawn(focused: Bool) -> Grid {
    let columns = [
      TableColumn(title: "", width: 6, alignRight: false), TableColumn(title: "", width: 4, alignRight: false),
      TableColumn(title: "", width: 5, alignRight: false),
    ]
    let row = TableRow(cells: [
      TableCell("Plan", Style(.normal)),
      TableCell(TextRun(text: "██", style: Style(.bar)), then: TextRun(text: "░░", style: Style(.barEmpty))),
      TableCell("SHORT", Style(.shortfall, bold: true)),
    ])
    let model = TableModel(columns: columns, showsHeader: false, count: 1, window: [row], selected: 0, scroll: 0)
    var grid = Grid(width: 20, height: 3)
    TableDrawer.draw(
      model, in: Rect(x: 1, y: 1, width: 18, height: 1), frame: Rect(x: 0, y: 0, width: 20, height: 3),
      focused: focused, into: &grid)
    return grid
  }

  @Test func aSelectedBarKeepsItsColours() {
    for focused in [true, false] {
      let grid = drawn(focused: focused)
      #expect(grid.text.components(separatedBy: "\n")[1] == " Plan   ██░░ SHORT")
      #expect(grid[1, 1].style.role == (focused ? .selected : .selectedUnfocused))
      #expect(grid[8, 1].style.role == .bar)
      #expect(grid[10, 1].style.role == .barEmpty)
    }
  }

  @Test func shortStaysRedUnderASelectionLeftInAnUnfocusedPanel() {
    #expect(drawn(focused: false)[13, 1].style.role == .shortfall)
    #expect(drawn(focused: true)[13, 1].style.role == .selected, "the focused bar reads as one")
  }
}
