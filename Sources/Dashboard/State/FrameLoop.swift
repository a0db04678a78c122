/// One turn of the run loop without the terminal: an action goes through `reduce`, and a frame
/// comes out only when the screen would change. The executable drives it with keys, the clock
/// and file events; the soak test drives it with a million ticks.
public struct FrameLoop: Sendable {
  /// The state on screen.
  public private(set) var state: AppState
  /// The frame on screen.
  public private(set) var frame: Grid

  /// A loop over `state`, its first frame drawn.
  public init(state: AppState) {
    self.state = state
    frame = render(state)
  }

  /// Applies an action. Returns its effects and the new frame, or nil when nothing on screen
  /// changed (a quiet tick costs a reduce and no rendering at all).
  public mutating func step(_ action: Action) -> (effects: [Effect], frame: Grid?) {
    let messageBefore = state.message
    let revisionBefore = state.revision
    let effects = reduce(&state, action)
    let quiet: Bool
    switch action {
    case .tick, .clock: quiet = true
    default: quiet = false
    }
    if quiet && effects.isEmpty && state.message == messageBefore && state.revision == revisionBefore {
      return (effects, nil)
    }
    if effects.contains(.quit) { return (effects, nil) }
    let next = render(state)
    guard next != frame || action == .key(.control("l")) else { return (effects, nil) }
    frame = next
    return (effects, next)
  }

  /// Shows a message that came from an effect (a journal that could not be written).
  public mutating func show(_ message: String, ticks: Int = 40) -> Grid? {
    state.show(message, ticks: ticks)
    let next = render(state)
    guard next != frame else { return nil }
    frame = next
    return next
  }
}
