/// A column of a table panel: a title, a width and an alignment. Flexible columns share what is
/// left after the fixed ones.
struct TableColumn {
  var title: String
  var width: Int
  var alignRight: Bool
  var flexible: Bool = false
  /// The most a flexible column takes; what it leaves goes to the other flexible columns.
  var maxWidth: Int = .max
}

enum TableColumns {
  /// Gives flexible columns the room the fixed ones leave, at least `minimum` each.
  static func fit(_ columns: [TableColumn], into width: Int, minimum: Int = 6) -> [TableColumn] {
    let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width } + max(0, columns.count - 1)
    let flexibleCount = columns.filter(\.flexible).count
    guard flexibleCount > 0 else { return columns }
    var room = max(0, width - fixed)
    var result = columns
    // Capped columns first, then the rest share what is left.
    var open = result.indices.filter { result[$0].flexible }
    open.sort { result[$0].maxWidth < result[$1].maxWidth }
    for (position, index) in open.enumerated() {
      let share = max(minimum, room / (open.count - position))
      result[index].width = min(result[index].maxWidth, share)
      room = max(0, room - result[index].width)
    }
    return result
  }

  /// Draws the header row with the sort mark on the sorted column.
  static func header(
    _ columns: [TableColumn], sortIndex: Int?, descending: Bool, x: Int, y: Int, maxX: Int, into grid: inout Grid
  ) {
    var column = x
    for (index, spec) in columns.enumerated() {
      guard column < maxX else { break }
      var title = spec.title
      if index == sortIndex { title += descending ? "▼" : "▲" }
      grid.put(
        fitting: title, x: column, y: y, width: min(spec.width, maxX - column), style: Style(.columnHeader),
        alignRight: spec.alignRight)
      column += spec.width + 1
    }
  }

  /// Draws one row of cells; each cell brings its own style.
  static func row(
    _ cells: [(String, Style)], _ columns: [TableColumn], x: Int, y: Int, maxX: Int, into grid: inout Grid
  ) {
    var column = x
    for (index, spec) in columns.enumerated() where index < cells.count {
      guard column < maxX else { break }
      grid.put(
        fitting: cells[index].0, x: column, y: y, width: min(spec.width, maxX - column), style: cells[index].1,
        alignRight: spec.alignRight)
      column += spec.width + 1
    }
  }
}
