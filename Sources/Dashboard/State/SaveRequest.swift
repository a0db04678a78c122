import ForceModel

/// What the executable is asked to write.
public struct SaveRequest: Sendable, Hashable {
  /// What to write.
  public var scenario: Scenario
  /// Where.
  public var path: String
  /// The stamp the file had when loaded or last saved; a different one on disk means someone
  /// else changed it, and the user is asked first. Nil: the file is new to this session.
  public var expectedStamp: FileStamp?
  /// The scenario as this session last read or wrote the file, to name what someone else
  /// changed when the file on disk is no longer that one. Nil for a new file.
  public var onDisk: Scenario?
  /// True once the user has said to overwrite.
  public var overwrite: Bool
  /// Whether the program ends once it is written.
  public var quitAfter: Bool
}
