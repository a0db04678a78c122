/// A rectangle of terminal cells. Layout is arithmetic on these, never terminal calls.
public struct Rect: Sendable, Hashable {
  /// Left column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Columns wide.
  public var width: Int
  /// Rows high.
  public var height: Int

  /// A rectangle at `x`, `y`.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  var maxX: Int { x + width }
  var maxY: Int { y + height }
  /// True when it has no cells.
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// Whether a cell lies inside.
  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  /// The rectangle shrunk by `by` cells on every side.
  public func inset(_ by: Int) -> Rect { Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by) }

  /// The top `rows` rows and the rest.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let rows = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: rows), Rect(x: x, y: y + rows, width: width, height: height - rows))
  }

  /// The left `columns` columns and the rest.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let columns = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: columns, height: height),
      Rect(x: x + columns, y: y, width: width - columns, height: height)
    )
  }

  /// A rectangle of the given size centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let w = min(w, width)
    let h = min(h, height)
    return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
  }
}
