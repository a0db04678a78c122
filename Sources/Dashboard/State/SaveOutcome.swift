import ForceModel

/// How a save went, reported back to `reduce`.
public enum SaveOutcome: Sendable, Hashable {
  /// Saved; `journalKey` is the key journals of the file are filed under from now on.
  case saved(path: String, ScenarioFile.SavedFile, journalKey: String, quitAfter: Bool)
  case failed(path: String, reason: String)
  /// Someone else wrote the file since it was loaded; `change` names what they changed, when it
  /// could be read (`Kenya deployed 700+ → 800, and 2 more`).
  case changedOnDisk(path: String, quitAfter: Bool, change: String? = nil)
  case exists(path: String, quitAfter: Bool)
}
