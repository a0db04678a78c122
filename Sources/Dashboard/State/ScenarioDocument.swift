import ForceModel

/// Where the scenario on screen lives on disk, and which version of it was loaded.
public struct ScenarioDocument: Sendable, Hashable {
  /// The file; nil for the built-in scenario, which has none.
  public var path: String?
  /// The key journals are filed under: the absolute path, or `builtin`.
  public var journalKey: String
  /// Digest of the file as loaded or last saved; nil for the built-in scenario (see `digest`).
  private var storedDigest: ContentDigest?
  /// Its stamp then, to notice someone else changing it.
  public var stamp: FileStamp?

  /// A file on disk, with its journal key and what it held when read.
  public init(path: String?, journalKey: String, digest: ContentDigest, stamp: FileStamp?) {
    self.path = path
    self.journalKey = journalKey
    storedDigest = digest
    self.stamp = stamp
  }

  private init(builtInWithKey journalKey: String) {
    path = nil
    self.journalKey = journalKey
    storedDigest = nil
  }

  /// Digest of the file as loaded or last saved, or of the built-in scenario's embedded text.
  public var digest: ContentDigest {
    get { storedDigest ?? Scenario.haitiMSSDigest }
    set { storedDigest = newValue }
  }

  /// A scenario with no file and no journal to match (tests, benchmarks, snapshots): nothing
  /// is encoded or hashed for it.
  public static let inMemory = ScenarioDocument(
    path: nil, journalKey: "builtin", digest: ContentDigest(value: 0), stamp: nil)

  /// The built-in scenario: no file; journals are checked against its encoded text.
  public static let builtIn = ScenarioDocument(builtInWithKey: "builtin")
}
