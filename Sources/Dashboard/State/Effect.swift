import ForceModel

/// What the executable must do after a reduce: effects stay out of the pure core.
public enum Effect: Sendable, Hashable {
  case quit
  /// Throw away what the terminal shows and draw everything again (Ctrl-L).
  case redrawAll
  case setMouseCapture(Bool)
  /// Write the scenario; the outcome comes back as `Action.saveFinished`.
  case save(SaveRequest)
  /// Load another scenario; it comes back as `Action.opened` or `Action.openFailed`.
  case open(path: String)
  /// Record the unsaved edits so a crash loses none.
  case writeJournal(EditJournal)
  /// Nothing is unsaved any more (saved, discarded or undone): drop this instance's journal.
  case deleteJournal(key: String)
  /// The user discarded journals an earlier session left (or restored them into this one's).
  case discardJournals(paths: [String])
  /// Keep an earlier session's journal under a name that says why (`partly-restored`): some
  /// of its edits could not be applied, and nothing is deleted that the user did not let go.
  case setJournalAside(path: String, reason: String)
}
