import ForceModel

/// The in-place editor `e` opens: which input, the text typed so far, and what is wrong with it.
public struct EditorState: Sendable, Hashable {
  /// The fields Tab moves between, and the one being edited.
  public var fields: [EditField]
  public var index = 0
  public var text: String
  /// True until the user types or erases: the first character typed replaces the old value,
  /// as in a spreadsheet; Backspace edits it instead.
  public var fresh = true
  /// Why the text cannot be committed as it stands; nil when it can.
  public var problem: String?

  public var field: EditField { fields[min(max(0, index), fields.count - 1)] }
}

/// A question the user must answer with y or n before something is lost or overwritten.
public struct Confirmation: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case remove(Edit)
    case reset
    /// Quit with unsaved edits: y quits, w saves first.
    case quit
    /// The file changed on disk (or a save-as target exists): y overwrites.
    case overwrite(path: String, quitAfter: Bool)
    /// Open another scenario although the edits here are unsaved.
    case discardAndOpen(path: String)
    /// Journals of unsaved edits from earlier sessions were found (newest first).
    case restore([JournalOffer])
  }

  public var kind: Kind
  public var question: String
}

/// The file-name prompt of save-as and open.
public struct PathPrompt: Sendable, Hashable {
  public enum Purpose: Sendable, Hashable {
    case saveAs(quitAfter: Bool)
    case open
    /// A date to show the scenario as known on (`@`).
    case asOfDate
  }

  public var purpose: Purpose
  public var text: String
}

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

  /// Digest of the file as loaded or last saved, or of the built-in scenario's encoded text.
  public var digest: ContentDigest {
    get { storedDigest ?? Self.builtInDigest }
    set { storedDigest = newValue }
  }

  /// The built-in scenario's digest, worked out the first time a journal is read or written
  /// rather than at every start: encoding the scenario costs more than drawing the first frame.
  private static let builtInDigest = ContentDigest(ScenarioFile.encode(.haitiMSS, as: .json))

  /// A scenario with no file and no journal to match (tests, benchmarks, snapshots): nothing
  /// is encoded or hashed for it.
  public static let inMemory = ScenarioDocument(
    path: nil, journalKey: "builtin", digest: ContentDigest(value: 0), stamp: nil)

  /// The built-in scenario: no file; journals are checked against its encoded text.
  public static let builtIn = ScenarioDocument(builtInWithKey: "builtin")
}

/// What the executable is asked to write.
public struct SaveRequest: Sendable, Hashable {
  public var scenario: Scenario
  public var path: String
  /// The stamp the file had when loaded or last saved; a different one on disk means someone
  /// else changed it, and the user is asked first. Nil: the file is new to this session.
  public var expectedStamp: FileStamp?
  /// The scenario as this session last read or wrote the file, to name what someone else
  /// changed when the file on disk is no longer that one. Nil for a new file.
  public var onDisk: Scenario?
  /// True once the user has said to overwrite.
  public var overwrite: Bool
  public var quitAfter: Bool
}

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

/// A scenario the executable loaded for `o`, with its document, the journals earlier sessions
/// left for it, and notes about journals that could not be offered (set aside, and where).
public struct OpenedScenario: Sendable, Hashable {
  public var scenario: Scenario
  public var sourceName: String
  public var document: ScenarioDocument
  public var journals: [JournalOffer]
  public var notes: [String]

  public init(
    scenario: Scenario, sourceName: String, document: ScenarioDocument, journals: [JournalOffer] = [],
    notes: [String] = []
  ) {
    self.scenario = scenario
    self.sourceName = sourceName
    self.document = document
    self.journals = journals
    self.notes = notes
  }
}

/// What happened to the file on screen behind the user's back.
public enum ChangeOnDisk: String, Sendable, Hashable {
  case changed = "changed on disk"
  case deleted = "deleted on disk"
}
