/// Everything that can happen to the dashboard; `reduce` turns each into a new state.
public enum Action: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// Time passed (the loop's timeout), for messages that expire.
  case tick
}

/// What the executable must do after a reduce: effects stay out of the pure core.
public enum Effect: Sendable, Hashable {
  case quit
  /// Throw away what the terminal shows and draw everything again (Ctrl-L).
  case redrawAll
  case setMouseCapture(Bool)
}
