/// The four panels, in Tab order.
public enum PanelID: Int, Sendable, Hashable, CaseIterable {
  case force
  case contributions
  case funding
  case timeline

  /// The panel's name on its frame.
  public var title: String {
    switch self {
    case .force: "Force strength"
    case .contributions: "Contributions"
    case .funding: "Funding"
    case .timeline: "Timeline"
    }
  }

  /// The name `forceboard snapshot --panel` takes.
  public var name: String {
    switch self {
    case .force: "force"
    case .contributions: "contributions"
    case .funding: "funding"
    case .timeline: "timeline"
    }
  }

  /// A panel by the name `--focus` takes.
  public init?(name: String) {
    guard let found = PanelID.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
    self = found
  }
}
