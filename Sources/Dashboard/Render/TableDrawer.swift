/// Draws any `TableModel`: the header with its sort mark, the rows on screen with the selection
/// bar, each cell cut to its column with `…`, and the position mark. Every table of the
/// dashboard goes through here, so they all look and behave alike.
enum TableDrawer {
  /// Draws the table's header on the first line of `area` (if it has one) and its rows below;
  /// `frame` is the panel's box, for the position mark.
  static func draw(
    _ model: TableModel, in area: Rect, frame: Rect, focused: Bool, into grid: inout Grid
  ) {
    guard area.width > 0, area.height > 0 else { return }
    let columns = model.fittedColumns ?? model.fitted(to: area.width)
    var rows = area
    if model.showsHeader {
      header(columns, model, x: area.x, y: area.y, maxX: area.maxX, into: &grid)
      rows = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }
    draw(model, columns: columns, rows: rows, frame: frame, focused: focused, into: &grid)
  }

  /// Draws the rows of a table into `rows` (no header).
  static func draw(
    _ model: TableModel, columns: [TableColumn], rows: Rect, frame: Rect, focused: Bool, into grid: inout Grid
  ) {
    if model.count == 0 {
      if let empty = model.empty, rows.height > 0 {
        grid.put(empty, x: rows.x + 1, y: rows.y, style: Style(.dim), limit: rows.width - 1)
      }
      return
    }
    for (offset, row) in model.window.prefix(max(0, rows.height)).enumerated() {
      let index = model.scroll + offset
      let y = rows.y + offset
      let selected = index == model.selected
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : row.role)
      grid.fill(Rect(x: rows.x, y: y, width: rows.width, height: 1), style: base)
      var x = rows.x
      for (column, cell) in zip(columns, row.cells) {
        guard x < rows.maxX else { break }
        let width = min(column.width, rows.maxX - x)
        draw(cell, x: x, y: y, width: width, alignRight: column.alignRight, selected: selected, base: base, into: &grid)
        x += column.width + column.gap
      }
    }
    if model.showsPosition, model.count > rows.height {
      grid.put(
        " \(model.cursor + 1)/\(model.count) ", x: frame.maxX - 12, y: frame.maxY - 1, style: Style(.dim), limit: 11)
    }
  }

  /// One cell: a single run is cut or padded to the column; of two runs, the first is written
  /// and the second fills what is left.
  static func draw(
    _ cell: TableCell, x: Int, y: Int, width: Int, alignRight: Bool, selected: Bool, base: Style,
    into grid: inout Grid
  ) {
    guard !cell.isEmpty else { return }
    let keeps = !selected || cell.keepsStyleWhenSelected
    guard let second = cell.second else {
      let style = keeps ? cell.style : underSelection(cell.style, base)
      grid.put(fitting: cell.text, x: x, y: y, width: width, style: style, alignRight: alignRight)
      return
    }
    let used = grid.put(
      cell.text, x: x, y: y, style: keeps ? cell.style : underSelection(cell.style, base), limit: width)
    grid.put(
      fitting: second.text, x: x + used, y: y, width: max(0, width - used),
      style: keeps ? second.style : underSelection(second.style, base), alignRight: alignRight)
  }

  /// How a run looks on the selected row: the selection's look, except where that would hide
  /// what the run means — a bar keeps its colours (a selected "Planned 2,500 of 5,000" must not
  /// look empty), and in an unfocused panel a state colour (SHORT, a warning, a conflict, ok)
  /// survives the selection left there.
  static func underSelection(_ style: Style, _ selection: Style) -> Style {
    switch style.role {
    case .bar, .barEmpty: return style
    case .shortfall, .warning, .conflict, .ok:
      return selection.role == .selectedUnfocused ? style : selection
    default: return selection
    }
  }

  /// The header row, with ▲/▼ on the sorted column.
  static func header(_ columns: [TableColumn], _ model: TableModel, x: Int, y: Int, maxX: Int, into grid: inout Grid) {
    var column = x
    for (index, spec) in columns.enumerated() {
      guard column < maxX else { break }
      var title = spec.title
      if index == model.sortIndex { title += model.sortDescending ? "▼" : "▲" }
      grid.put(
        fitting: title, x: column, y: y, width: min(spec.width, maxX - column), style: Style(.columnHeader),
        alignRight: spec.alignRight)
      column += spec.width + spec.gap
    }
  }
}
