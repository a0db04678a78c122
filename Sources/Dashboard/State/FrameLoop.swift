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
    let moved = movedTable(by: action)
    let effects = reduce(&state, action)
    let quiet: Bool
    switch action {
    case .tick, .clock, .workedOut: quiet = true
    default: quiet = false
    }
    if quiet && effects.isEmpty && state.message == messageBefore && state.revision == revisionBefore {
      return (effects, nil)
    }
    if effects.contains(.quit) { return (effects, nil) }
    if let panel = moved, effects.isEmpty, state.focus == panel, case .none = state.modal,
      state.message == messageBefore, state.revision == revisionBefore
    {
      // Only the selection of one table moved: that panel and the status line are drawn again
      // over the frame on screen, not every panel (a property test holds this to `render`).
      var next = frame
      guard redraw(panel, of: state, over: &next) else { return fullFrame(effects) }
      guard next != frame else { return (effects, nil) }
      frame = next
      return (effects, next)
    }
    return fullFrame(effects, redraws: action == .key(.control("l")))
  }

  /// The whole frame drawn again, if it differs from the one on screen (or `redraws`: Ctrl-L).
  private mutating func fullFrame(_ effects: [Effect], redraws: Bool = false) -> (effects: [Effect], frame: Grid?) {
    let next = render(state)
    guard next != frame || redraws else { return (effects, nil) }
    frame = next
    return (effects, next)
  }

  /// The table panel whose selection `action` only moves, as it stands before the action: a
  /// row, a page, the first or last row of a panel other than the timeline (whose selection
  /// moves the as-of date, and with it every panel), with nothing open over the panels.
  private func movedTable(by action: Action) -> PanelID? {
    guard case .key(let key) = action, case .none = state.modal, !state.ops.kiosk, state.ops.awaiting == nil,
      state.focus != .timeline, case .run(let command) = KeyMap.panels.resolve(key, in: state)
    else { return nil }
    switch command {
    case .up, .down, .pageUp, .pageDown, .first, .last: return state.focus
    default: return nil
    }
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
