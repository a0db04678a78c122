import ForceModel

/// A question the user must answer with y or n before something is lost or overwritten.
public struct Confirmation: Sendable, Hashable {
  /// What is being asked.
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

  /// What is being asked, for the answer keys.
  public var kind: Kind
  var question: String
}
