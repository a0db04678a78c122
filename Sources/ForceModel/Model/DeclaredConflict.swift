/// A disagreement between sources that a scenario's author recorded by hand, beside the
/// conflicts recalculation finds by itself.
public struct DeclaredConflict: Sendable, Hashable {
  public var id: String
  public var topic: String
  public var claims: [Claim]
  public var assessment: String?
  /// When the conflict became known: the day its second claim was published. Like any dated
  /// figure it takes part in the as-of date; undated, it is shown at every date.
  public var asOf: AsOf?

  public init(id: String, topic: String, claims: [Claim], assessment: String? = nil, asOf: AsOf? = nil) {
    self.id = id
    self.topic = topic
    self.claims = claims
    self.assessment = assessment
    self.asOf = asOf
  }

  /// What one group of sources says.
  public struct Claim: Sendable, Hashable {
    public var value: String
    public var sources: [String]

    public init(value: String, sources: [String]) {
      self.value = value
      self.sources = sources
    }
  }
}
