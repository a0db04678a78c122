/// A key as the dashboard understands it, whatever terminal it came from.
public enum Key: Sendable, Hashable {
  case character(Character)
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
}

/// A mouse event in cell coordinates.
public struct MouseEvent: Sendable, Hashable {
  /// What the mouse did.
  public enum Kind: Sendable, Hashable {
    case click
    case doubleClick
    case wheelUp
    case wheelDown
  }

  /// What it did.
  public var kind: Kind
  /// The column.
  public var x: Int
  /// The row.
  public var y: Int

  /// A mouse event at a cell.
  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
