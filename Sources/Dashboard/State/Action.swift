import ForceModel

/// Everything that can happen to the dashboard; `reduce` turns each into a new state.
public enum Action: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// Time passed (the loop's timeout), for messages that expire.
  case tick
  /// The executable finished a save.
  case saveFinished(SaveOutcome)
  /// The executable loaded a scenario for `o`.
  case opened(OpenedScenario)
  /// Loading for `o` failed; the message names file, line and column.
  case openFailed(String)
  /// The wall clock, about once a second: rotation, staleness, the clock on screen.
  case clock(ClockReading)
  /// The watched file changed and was read again.
  case reloaded(OpenedScenario)
  /// The watched file changed but cannot be used (invalid or gone); the old data stays.
  case reloadFailed(String)
  /// The file being edited was changed by someone else (or deleted: `gone`) since it was
  /// loaded or saved. It is not read: that could cost unsaved edits.
  case changedOnDisk(gone: Bool)
  /// Figures worked out ahead (`AppState.figuresWanted`): kept for a step to them, nothing
  /// on screen changes.
  case workedOut([WorkedOutFigures])
}
