/// One terminal cell: a character and its style. A wide character fills its first cell; the
/// cell after it is a `continuation` with no text of its own.
public struct Cell: Sendable, Hashable {
  /// What the cell shows.
  public var character: Character
  /// How it looks.
  public var style: Style
  /// The second cell of a wide character: drawn by the first.
  public var isContinuation: Bool

  /// A cell.
  public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  static let blank = Cell()
}

extension Cell {
  /// Equal cells, found fast: two cells holding the very same bits are equal without comparing
  /// their characters as text. Every frame is compared with the one before, cell by cell, to
  /// decide what to send to the terminal, and nearly every cell is unchanged.
  public static func == (lhs: Cell, rhs: Cell) -> Bool {
    guard lhs.style == rhs.style, lhs.isContinuation == rhs.isContinuation else { return false }
    // A `Character` is a 16-byte string value; the same bits are the same string (for a small
    // string, the text itself; for a large one, the same storage). Different bits may still be
    // equal text, which the comparison after it decides.
    let left = unsafeBitCast(lhs.character, to: (UInt64, UInt64).self)
    let right = unsafeBitCast(rhs.character, to: (UInt64, UInt64).self)
    return left == right || lhs.character == rhs.character
  }
}
