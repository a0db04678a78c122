import ForceModel

/// A screen in memory. Panels draw into it; the terminal backend, `forceboard snapshot` and the
/// tests all read the same grid, so what the tests compare is what the user sees.
public struct Grid: Sendable, Hashable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank grid.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at a column and row; outside the grid, reads are blank and writes are dropped.
  public subscript(x: Int, y: Int) -> Cell {
    get { x >= 0 && y >= 0 && x < width && y < height ? cells[y * width + x] : .blank }
    set {
      guard x >= 0, y >= 0, x < width, y < height else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Writes text from (x, y), clipped to `limit` cells and to the grid; returns the cells used.
  /// Text is sanitised here, so nothing from a file can reach the terminal as a control code,
  /// and a wide character that does not fit whole is not drawn in half.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int = .max) -> Int {
    // Fast paths, most of every frame: printable ASCII, then text whose every scalar is one cell
    // (box drawing, bars, arrows, Latin letters) — no grapheme breaking, no width lookup.
    let simple = TextWidth.simple(text)
    return put(text, x: x, y: y, style: style, limit: limit, simple: simple)
  }

  /// `put` for text already scanned: `simple` (every scalar one cell, and whether all are
  /// printable ASCII) as `TextWidth.simple` finds it.
  private mutating func put(
    _ text: String, x: Int, y: Int, style: Style, limit: Int, simple: TextWidth.Simple?
  ) -> Int {
    guard y >= 0, y < height else { return 0 }
    let end = min(width, limit == .max ? width : x + max(0, limit))
    var column = x
    if let simple {
      let ascii = simple.ascii
      let count = simple.cells
      let start = max(column, 0)
      let stop = min(end, column + count)
      guard start < stop else { return max(0, stop - x) }
      clearWideEdges(start: start, stop: stop, y: y)
      let row = y * width
      cells.withUnsafeMutableBufferPointer { buffer in
        var index = column
        if ascii {
          for byte in text.utf8 {
            if index >= stop { break }
            if index >= start { buffer[row + index] = Cell(scalar: Unicode.Scalar(byte), style: style) }
            index += 1
          }
        } else {
          for scalar in text.unicodeScalars {
            if index >= stop { break }
            if index >= start { buffer[row + index] = Cell(scalar: scalar, style: style) }
            index += 1
          }
        }
      }
      return stop - x
    }
    let clean = TextSanitizer.isClean(text) ? text : TextSanitizer.clean(text)
    for character in clean {
      let w = TextWidth.of(character)
      if w == 0 {
        continue
      }
      if column + w > end { break }
      if column >= 0 {
        clearWide(at: column, y: y)
        self[column, y] = Cell(character, style: style)
        if w == 2 {
          clearWide(at: column + 1, y: y)
          self[column + 1, y] = Cell(" ", style: style, isContinuation: true)
        }
      }
      column += w
    }
    return column - x
  }

  /// Writes text cut with `…` to fit `width` cells, padded to fill them. The text is scanned
  /// once: most cells fit, and then it is measured and written from that one scan.
  public mutating func put(
    fitting text: String, x: Int, y: Int, width: Int, style: Style = .normal, alignRight: Bool = false
  ) {
    guard width > 0 else { return }
    let simple = TextWidth.simple(text)
    let measured = simple?.cells ?? TextWidth.of(text)
    guard measured <= width else {
      let cut = TextWidth.truncate(text, to: width)
      let gap = max(0, width - TextWidth.of(cut))
      place(cut, x: x, y: y, width: width, gap: gap, style: style, alignRight: alignRight)
      return
    }
    let gap = width - measured
    // The padding is written as blank cells rather than as a string of spaces to be built,
    // walked and thrown away.
    if alignRight {
      rule(" ", x: x, y: y, count: gap, style: style)
      _ = put(text, x: x + gap, y: y, style: style, limit: width - gap, simple: simple)
    } else {
      let used = put(text, x: x, y: y, style: style, limit: width, simple: simple)
      rule(" ", x: x + used, y: y, count: width - used, style: style)
    }
  }

  /// Writes text known to fit in `width - gap` cells, with the gap before or after it.
  private mutating func place(
    _ text: String, x: Int, y: Int, width: Int, gap: Int, style: Style, alignRight: Bool
  ) {
    if alignRight {
      rule(" ", x: x, y: y, count: gap, style: style)
      put(text, x: x + gap, y: y, style: style, limit: width - gap)
    } else {
      let used = put(text, x: x, y: y, style: style, limit: width)
      rule(" ", x: x + used, y: y, count: width - used, style: style)
    }
  }

  /// A wide character cut at either edge of a run about to be written must not leave half of
  /// itself behind; inside the run both its halves are overwritten anyway.
  private mutating func clearWideEdges(start: Int, stop: Int, y: Int) {
    if cells[y * width + start].isContinuation { clearWide(at: start, y: y) }
    if Self.isWide(cells[y * width + stop - 1]) { clearWide(at: stop - 1, y: y) }
  }

  /// Overwriting half of a wide character would leave the other half on screen: blank both.
  private mutating func clearWide(at x: Int, y: Int) {
    let cell = self[x, y]
    if cell.isContinuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
    if !cell.isContinuation, Self.isWide(cell), x + 1 < width {
      self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
    }
  }

  /// True when a cell holds a character two columns wide; below U+1100 (Latin, box drawing,
  /// bars, arrows: most of a frame) no character is.
  private static func isWide(_ cell: Cell) -> Bool {
    if let scalar = cell.singleScalar, scalar.value < 0x1100 { return false }
    return TextWidth.of(cell.character) == 2
  }

  /// Fills a rectangle with spaces in a style.
  public mutating func fill(_ rect: Rect, style: Style = .normal) {
    let blank = Cell(scalar: " ", style: style)
    for row in max(0, rect.y)..<min(height, rect.maxY) {
      for column in max(0, rect.x)..<min(width, rect.maxX) { cells[row * width + column] = blank }
    }
  }

  /// Writes one character of one cell `count` times from (x, y), clipped to the grid: a rule
  /// under a header or above totals, or the blanks that pad a cell, with no string built first.
  public mutating func rule(_ scalar: Unicode.Scalar = "─", x: Int, y: Int, count: Int, style: Style) {
    guard y >= 0, y < height, count > 0 else { return }
    let start = max(x, 0)
    let stop = min(width, x + count)
    guard start < stop else { return }
    clearWideEdges(start: start, stop: stop, y: y)
    let cell = Cell(scalar: scalar, style: style)
    for column in start..<stop { cells[y * width + column] = cell }
  }

  /// Draws a box with a title in its top border; the title is cut, never the border.
  public mutating func box(_ rect: Rect, title: String = "", style: Style, titleStyle: Style) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    // Each kind of border cell is made once, not once per cell drawn.
    let horizontal = Cell(scalar: "─", style: style)
    let vertical = Cell(scalar: "│", style: style)
    for column in rect.x + 1..<right {
      self[column, rect.y] = horizontal
      self[column, bottom] = horizontal
    }
    for row in rect.y + 1..<bottom {
      self[rect.x, row] = vertical
      self[right, row] = vertical
    }
    self[rect.x, rect.y] = Cell(scalar: "┌", style: style)
    self[right, rect.y] = Cell(scalar: "┐", style: style)
    self[rect.x, bottom] = Cell(scalar: "└", style: style)
    self[right, bottom] = Cell(scalar: "┘", style: style)
    if !title.isEmpty, rect.width > 6 {
      let text = " " + TextWidth.truncate(title, to: rect.width - 6) + " "
      put(text, x: rect.x + 2, y: rect.y, style: titleStyle, limit: rect.width - 4)
    }
  }

  /// The grid as plain text, one line per row, trailing spaces removed.
  public var text: String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for row in 0..<height {
      var line = ""
      for column in 0..<width {
        let cell = cells[row * width + column]
        if !cell.isContinuation { line.append(cell.character) }
      }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The text of one row.
  public func line(_ row: Int) -> String {
    var line = ""
    for column in 0..<width where !self[column, row].isContinuation { line.append(self[column, row].character) }
    return line
  }
}
