/// A strength a deployment is measured against, or the deployment itself.
public enum StrengthLevel: String, Sendable, Hashable, CaseIterable {
  case deployed
  case planned
  case authorized
  case target

  /// The level's name in a sentence: "planned", "target".
  public var label: String {
    switch self {
    case .deployed: "deployed"
    case .planned: "planned"
    case .authorized: "authorized"
    case .target: "target"
    }
  }
}
