/// One terminal cell: a character and its style. A wide character fills its first cell; the
/// cell after it is a `continuation` with no text of its own.
public struct Cell: Sendable, Hashable {
  public var character: Character
  public var style: Style
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}
