import ForceModel

/// Journals on disk: written atomically and privately, read like any file ForceBoard reads.
extension EditJournal {
  /// Writes the journal atomically, fsynced (file and folder), always mode 0600 whatever the
  /// file it replaces had: a journal holds the planner's unpublished figures. The run loop
  /// writes it after the frame is on screen, so the disk never delays an edit.
  public func write(to path: String) throws(ScenarioFileError) {
    try ScenarioStore.writeAtomically(Array(encoded().utf8), to: path, permissions: .always(0o600))
  }

  /// Reads a journal file; every problem is named with its line and column.
  public static func read(_ path: String) throws(ScenarioFileError) -> EditJournal {
    try decode(bytes: ScenarioStore.readRegularFile(path, limit: ScenarioFile.maximumBytes), file: path)
  }

}
