/// How firmly a source states a figure: "about 1,000" and "more than 700" are not the same as
/// 1,000 and 700, and the difference must survive every calculation and reach the screen.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
  case exact
  case about
  case atLeast
  case upTo

  /// The relative spread read into "about": ±10 %. Two "about" figures further apart than this
  /// are reported as a conflict rather than silently averaged.
  public static let aboutTolerance = 0.10

  /// The spelling used in scenario files (`at_least`, `up_to`).
  public var fileName: String {
    switch self {
    case .exact: "exact"
    case .about: "about"
    case .atLeast: "at_least"
    case .upTo: "up_to"
    }
  }

  /// Reads the spelling used in scenario files; also accepts the camel-case names.
  public init?(fileName: String) {
    switch fileName {
    case "exact": self = .exact
    case "about": self = .about
    case "at_least", "atLeast": self = .atLeast
    case "up_to", "upTo": self = .upTo
    default: return nil
    }
  }

  /// The range of true values a figure with this qualifier admits.
  public func interval(around value: Double) -> ClosedRange<Double> {
    switch self {
    case .exact: return value...value
    case .about:
      let spread = abs(value) * Self.aboutTolerance
      return (value - spread)...(value + spread)
    case .atLeast: return value...Double.greatestFiniteMagnitude
    case .upTo: return min(0, value)...value
    }
  }
}
