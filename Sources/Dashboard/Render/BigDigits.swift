/// Digits three rows tall, for figures read from across a room. Other characters (`$`, `M`,
/// `%`) stay their normal size on the middle row, so `$277.5M` reads as it is written, and the
/// decimal point is a mark of its own, as easy to see as a digit's stroke.
enum BigDigits {
  static let glyphs: [Character: [String]] = [
    "0": ["█▀█", "█ █", "▀▀▀"],
    "1": ["▀█ ", " █ ", "▀▀▀"],
    "2": ["▀▀█", "█▀▀", "▀▀▀"],
    "3": ["▀▀█", " ▀█", "▀▀▀"],
    "4": ["█ █", "▀▀█", "  ▀"],
    "5": ["█▀▀", "▀▀█", "▀▀▀"],
    "6": ["█▀▀", "█▀█", "▀▀▀"],
    "7": ["▀▀█", "  █", "  ▀"],
    "8": ["█▀█", "█▀█", "▀▀▀"],
    "9": ["█▀█", "▀▀█", "▀▀▀"],
    // The point and the comma are a whole cell tall (the lower half of the middle row and the
    // upper half of the bottom one), standing on the baseline with a blank cell on each side:
    // a half-block speck against the next digit made "$277.5M" read as "$2775M" on a wall.
    ",": ["  ", "▄ ", "▜ "],
    ".": ["  ", "▄ ", "▀ "],
    " ": [" ", " ", " "],
  ]

  /// The three rows of `text`, or nil when it does not fit in `width` cells.
  static func rows(_ text: String, width: Int) -> [String]? {
    var rows = ["", "", ""]
    for character in text {
      if let glyph = glyphs[character] {
        for row in 0..<3 { rows[row] += glyph[row] + (glyph[row].count > 1 ? " " : "") }
      } else {
        rows[0] += " "
        rows[1] += String(character)
        rows[2] += " "
      }
    }
    return rows[1].count <= width ? rows : nil
  }
}
