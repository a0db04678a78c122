/// Figures three rows tall, for reading from across a room: digits, the letters of the months
/// and of the words a wall says (MET, LASTS), units (`$`, `M`, `B`, `%`) and qualifiers (`≤`,
/// `~`, `?`) all the same height, so `≤$37M` cannot be read as a firm `37`. A character with no
/// glyph stays its normal size on the middle row. The decimal point is a mark of its own, as
/// easy to see as a digit's stroke.
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
    "-": ["  ", "▄▄", "  "],
    "$": ["▄█▄", "▀▄▖", "▀█▀"],
    "≤": [" ▄▀", "▀▄▄", "▀▀▀"],
    "~": ["   ", "▞▀▚", "   "],
    "?": ["▀▀█", " █▀", " ▀ "],
    "%": ["█ ▞", " ▞ ", "▞ █"],
    "✓": ["  ▞", "▚▞ ", "   "],
    "+": ["   ", "▄█▄", " ▀ "],
    "A": ["█▀█", "█▀█", "▀ ▀"],
    "B": ["█▀▄", "█▀█", "▀▀▀"],
    "C": ["█▀▀", "█  ", "▀▀▀"],
    "D": ["█▀▄", "█ █", "▀▀ "],
    "E": ["█▀▀", "█▀▀", "▀▀▀"],
    "F": ["█▀▀", "█▀▀", "▀  "],
    "G": ["█▀▀", "█ █", "▀▀▀"],
    "J": ["  █", "▄ █", "▀▀▀"],
    "K": ["█ ▄", "█▀▄", "▀ ▀"],
    "L": ["█  ", "█  ", "▀▀▀"],
    "M": ["█▚▞█", "█  █", "▀  ▀"],
    "N": ["█▚ █", "█ ▚█", "▀  ▀"],
    "O": ["█▀█", "█ █", "▀▀▀"],
    "P": ["█▀█", "█▀▀", "▀  "],
    "R": ["█▀█", "█▀▄", "▀ ▀"],
    "S": ["█▀▀", "▀▀█", "▀▀▀"],
    "T": ["▀█▀", " █ ", " ▀ "],
    "U": ["█ █", "█ █", "▀▀▀"],
    "V": ["█ █", "▚ ▞", " ▀ "],
    "Y": ["█ █", "▀█▀", " ▀ "],
  ]

  /// How many cells `text` takes drawn tall: each glyph and a blank after it.
  static func width(of text: String) -> Int {
    text.reduce(0) { total, character in
      guard let glyph = glyphs[character] else { return total + 1 }
      return total + glyph[0].count + (glyph[0].count > 1 ? 1 : 0)
    }
  }

  /// The three rows of `text`, or nil when it does not fit in `width` cells.
  static func rows(_ text: String, width: Int) -> [String]? {
    guard Self.width(of: text) <= width else { return nil }
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
    return rows
  }
}
