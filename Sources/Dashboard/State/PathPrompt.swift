import ForceModel

/// The file-name prompt of save-as and open, and the date prompt of `@`.
public struct PathPrompt: Sendable, Hashable {
  /// What the typed text is for.
  public enum Purpose: Sendable, Hashable {
    case saveAs(quitAfter: Bool)
    case open
    /// A date to show the scenario as known on (`@`).
    case asOfDate
  }

  var purpose: Purpose
  /// The name or date being typed.
  public var input: TextField

  /// A prompt for `purpose`, starting with `text`.
  public init(purpose: Purpose, text: String = "") {
    self.purpose = purpose
    self.input = TextField(text)
  }

  /// What has been typed.
  public var text: String { input.text }
}
