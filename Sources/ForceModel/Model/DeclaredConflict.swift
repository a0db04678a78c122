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

  /// A conflict the scenario records.
  public init(id: String, topic: String, claims: [Claim], assessment: String? = nil, asOf: AsOf? = nil) {
    self.id = id
    self.topic = topic
    self.claims = claims
    self.assessment = assessment
    self.asOf = asOf
  }

  /// What one group of sources says.
  public struct Claim: Sendable, Hashable {
    /// The claim, as stated.
    public var value: String
    /// The sources that make it.
    public var sources: [String]

    /// A claim and its sources.
    public init(value: String, sources: [String]) {
      self.value = value
      self.sources = sources
    }
  }
}
