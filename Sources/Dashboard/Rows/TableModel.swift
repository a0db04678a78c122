/// A column of a table: a title, a width, an alignment, and the space after it. Flexible
/// columns share what the fixed ones leave.
struct TableColumn {
  var title: String
  var width: Int
  var alignRight: Bool
  var flexible: Bool = false
  /// The most a flexible column takes; what it leaves goes to the other flexible columns.
  var maxWidth: Int = .max
  /// The widest of a flexible column's cells (and its title), when the table knows it: the
  /// column takes up to that first, so text is cut only when there is no room, and the others
  /// (a bar) take what is left.
  var content: Int?
  /// Blank cells between this column and the next.
  var gap: Int = 1
}

/// A run of text in one style inside a cell: a bar is its filled part and its empty part.
struct TextRun {
  var text: String
  var style: Style
}

/// One cell: its text in one run, or two (a bar's filled and empty parts; a change, then what it
/// means), and whether its look survives the selection bar (a value being typed stays marked as
/// such on the selected row). Both runs are kept inline: a frame builds a few hundred cells, and
/// an array per cell would be an allocation each.
struct TableCell {
  var text: String
  var style: Style
  /// A run after the first, drawn after it; the last run fills what is left of the column.
  var second: TextRun?
  var keepsStyleWhenSelected = false
  /// Nothing drawn: the row's own background shows.
  var isEmpty = false

  init(_ text: String, _ style: Style, keepsStyleWhenSelected: Bool = false) {
    self.text = text
    self.style = style
    self.keepsStyleWhenSelected = keepsStyleWhenSelected
  }

  init(_ first: TextRun, then second: TextRun) {
    text = first.text
    style = first.style
    self.second = second
  }

  static let empty: TableCell = {
    var cell = TableCell("", Style(.normal))
    cell.isEmpty = true
    return cell
  }()
}

/// One row of a table, as a panel describes it.
struct TableRow {
  var cells: [TableCell]
  /// The row's look when not selected (`dim` for a line left out of the totals).
  var role: ThemeRole = .normal
}

/// A table as a panel describes it: columns, and the rows on screen only (a funding table may
/// hold 100,000; a frame builds the fifteen it shows). `TableDrawer` lays out and draws every
/// table the same way: columns, truncation, the selection bar, the sort mark and the position
/// mark.
struct TableModel {
  var columns: [TableColumn]
  /// Blank cells kept free at the right edge.
  var rightMargin = 0
  /// The least a flexible column gets.
  var minimumFlexible = 6
  var showsHeader = true
  var sortIndex: Int?
  var sortDescending = false
  /// Rows in all, on screen or not.
  var count: Int
  /// The rows on screen: `window[i]` is row `scroll + i`.
  var window: [TableRow]
  /// The selected row; nil when no selection is shown (a kiosk).
  var selected: Int?
  var scroll: Int
  /// What an empty table says.
  var empty: String?
  /// ` 3/7 ` on the panel's bottom border when the rows do not all fit: where the table's
  /// cursor is, shown even where the selection bar is not (a kiosk paging through).
  var showsPosition = false
  var cursor = 0
  /// The columns already fitted to the table's width, when the row model needed them (for a
  /// bar's width); the drawer then does not fit them again.
  var fittedColumns: [TableColumn]?

  /// The columns with the flexible ones sized for `width` cells.
  func fitted(to width: Int) -> [TableColumn] {
    Self.fit(columns, to: width, rightMargin: rightMargin, minimumFlexible: minimumFlexible)
  }

  /// Columns with the flexible ones sized for `width` cells (row models need a bar's width
  /// before the model exists).
  static func fit(_ columns: [TableColumn], to width: Int, rightMargin: Int = 0, minimumFlexible: Int = 6)
    -> [TableColumn]
  {
    let gaps = columns.dropLast().reduce(0) { $0 + $1.gap } + rightMargin
    let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width } + gaps
    var open = columns.indices.filter { columns[$0].flexible }
    guard !open.isEmpty else { return columns }
    var room = max(0, width - fixed)
    var result = columns
    // Columns sized to their content first, leaving the rest their least width.
    let sized = open.filter { columns[$0].content != nil }
    open.removeAll { columns[$0].content != nil }
    for index in sized {
      let others = max(0, open.count) * minimumFlexible
      result[index].width = max(minimumFlexible, min(columns[index].content ?? 0, room - others))
      room = max(0, room - result[index].width)
    }
    // Capped columns next, then the rest share what is left.
    open.sort { columns[$0].maxWidth < columns[$1].maxWidth }
    for (position, index) in open.enumerated() {
      let share = max(minimumFlexible, room / (open.count - position))
      result[index].width = min(result[index].maxWidth, share)
      room = max(0, room - result[index].width)
    }
    return result
  }
}
