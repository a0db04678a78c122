import ForceModel

/// A journal of unsaved edits that an earlier session left for the file on screen, as it is
/// offered for restoring: where it lies, when it was written, and for which version.
///
/// The executable finds them (one per editing instance that ended without saving); `reduce`
/// only ever restores, keeps or discards what the user picks, so no journal is lost unasked.
public struct JournalOffer: Sendable, Hashable {
  /// The journal's file, for discarding or setting it aside once the user has said so.
  public var path: String
  /// The edits it holds.
  public var journal: EditJournal
  /// When it was last written, in local time, as the edge read it (`today 14:03`).
  public var written: String
  /// Written against another version of the file: its edits may not all apply now.
  public var otherVersion: Bool

  /// A journal found on disk, offered to restore.
  public init(path: String, journal: EditJournal, written: String, otherVersion: Bool = false) {
    self.path = path
    self.journal = journal
    self.written = written
    self.otherVersion = otherVersion
  }

  /// `today 14:03, 3 edits (older file)`: when, how many, and whether for another version.
  var summary: String {
    let count = journal.edits.count
    return "\(written), \(count) edit\(count == 1 ? "" : "s")\(otherVersion ? " (older file)" : "")"
  }
}
