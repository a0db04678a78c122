import Dashboard

/// What the terminal reported: a key, a mouse event or a new size.
public enum InputEvent: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)

  /// The dashboard action this event stands for.
  public var action: Action {
    switch self {
    case .key(let key): .key(key)
    case .mouse(let event): .mouse(event)
    case .resize(let width, let height): .resize(width: width, height: height)
    }
  }
}
