/// A plot area in braille dots: each cell holds 2 × 4 dots, so a line over a 100-column chart
/// has 200 points across and four steps in every row (the drawing of btop's graphs and
/// ratatui's `Canvas`). Each cell keeps the style of the last series drawn through it.
struct BrailleCanvas {
  let columns: Int
  let rows: Int
  private var bits: [UInt8]
  private var styles: [Style?]

  init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
    bits = Array(repeating: 0, count: self.columns * self.rows)
    styles = Array(repeating: nil, count: self.columns * self.rows)
  }

  var dotsAcross: Int { columns * 2 }
  var dotsDown: Int { rows * 4 }

  /// Sets the dot at (x, y), y counted from the top.
  mutating func set(x: Int, y: Int, style: Style) {
    guard x >= 0, y >= 0, x < dotsAcross, y < dotsDown else { return }
    let cell = (y / 4) * columns + x / 2
    // Braille dot numbering: the left column is dots 1 2 3 7, the right 4 5 6 8.
    let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
    let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
    bits[cell] |= (x % 2 == 0 ? left : right)[y % 4]
    styles[cell] = style
  }

  /// A step line through `values` (one per dot column, nil where there is none yet), scaled
  /// so `top` is the top dot; a rise or fall is drawn as a vertical run so steps read as steps.
  /// `dotted` leaves every other dot column out.
  mutating func line(_ values: [Double?], top: Double, style: Style, dotted: Bool = false) {
    guard top > 0, dotsDown > 0 else { return }
    var previous: Int?
    for (x, value) in values.enumerated() {
      guard let value else {
        previous = nil
        continue
      }
      let fraction = min(1, max(0, value / top))
      let y = dotsDown - 1 - Int((fraction * Double(dotsDown - 1)).rounded())
      if dotted && x % 2 == 1 {
        previous = y
        continue
      }
      let from = previous ?? y
      for dot in min(from, y)...max(from, y) { set(x: x, y: dot, style: style) }
      previous = y
    }
  }

  /// Writes the dotted cells into the grid at (x, y); empty cells are left as they are.
  func draw(x: Int, y: Int, into grid: inout Grid) {
    for row in 0..<rows {
      for column in 0..<columns {
        let index = row * columns + column
        guard bits[index] != 0, let style = styles[index],
          let scalar = Unicode.Scalar(0x2800 + UInt32(bits[index]))
        else { continue }
        grid[x + column, y + row] = Cell(Character(scalar), style: style)
      }
    }
  }
}
