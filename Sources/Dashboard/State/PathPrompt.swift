import ForceModel

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
