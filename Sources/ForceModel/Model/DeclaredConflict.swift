/// A disagreement between sources that a scenario's author recorded by hand, beside the
/// conflicts recalculation finds by itself.
public struct DeclaredConflict: Sendable, Hashable {
  /// The conflict's id.
  public var id: String
  /// What the sources disagree on.
  public var topic: String
  /// What each side says.
  public var claims: [Claim]
  /// Which claim the research favours, and why.
  public var assessment: String?
  /// When the conflict became known: the day its second claim was published. Like any dated
  /// figure it takes part in the as-of date; undated, it is shown at every date.
  public var asOf: AsOf?

  /// The figure the claims disagree on, when the author names one: its range then spans every
  /// claim's number, so the disagreement reaches every result resting on it.
  public var figure: ConflictFigure?

  /// A conflict the scenario records.
  public init(
    id: String, topic: String, claims: [Claim], assessment: String? = nil, asOf: AsOf? = nil,
    figure: ConflictFigure? = nil
  ) {
    self.id = id
    self.topic = topic
    self.claims = claims
    self.assessment = assessment
    self.asOf = asOf
    self.figure = figure
  }

  /// What one group of sources says.
  public struct Claim: Sendable, Hashable {
    /// The claim, as stated.
    public var value: String
    /// The sources that make it.
    public var sources: [String]
    /// The claim's number, when it makes one about the conflict's figure.
    public var number: Double?

    /// A claim and its sources.
    public init(value: String, sources: [String], number: Double? = nil) {
      self.value = value
      self.sources = sources
      self.number = number
    }
  }
}

/// A figure a recorded conflict is about: a country's deployed or pledged count, or a level.
public enum ConflictFigure: Sendable, Hashable {
  case deployed(country: String)
  case pledged(country: String)
  case level(StrengthLevel)

  /// The spelling in scenario files: `deployed:Kenya`, `pledged:Chad`, `planned`.
  public var fileName: String {
    switch self {
    case .deployed(let country): "deployed:\(country)"
    case .pledged(let country): "pledged:\(country)"
    case .level(let level): level.rawValue
    }
  }

  /// Reads the spelling in scenario files.
  public init?(fileName: String) {
    if fileName.hasPrefix("deployed:") {
      self = .deployed(country: String(fileName.dropFirst(9)))
    } else if fileName.hasPrefix("pledged:") {
      self = .pledged(country: String(fileName.dropFirst(8)))
    } else if let level = StrengthLevel(rawValue: fileName), level != .deployed {
      self = .level(level)
    } else {
      return nil
    }
  }
}
