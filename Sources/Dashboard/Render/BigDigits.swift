/// Digits three rows tall, for figures read from across a room. Other characters (`$`, `M`,
/// `%`) stay their normal size on the middle row, so `$277.5M` reads as it is written.
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
    ",": [" ", " ", "▖"],
    ".": [" ", " ", "▀"],
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
