/// The mission a scenario describes: who leads it, who authorized it, and when.
public struct Mission: Sendable, Hashable {
  public var name: String
  public var shortName: String
  public var leadNation: String
  public var authorization: Authorization?
  public var started: AsOf?
  public var ends: AsOf?
  /// The date the scenario as a whole describes ("as of").
  public var asOf: AsOf?
  /// The countries that oversee and fund the mission together.
  public var partnerGroup: [String]
  /// A handling marking shown at the top and bottom of every screen and export.
  public var banner: String?
  public var notes: [Note]
  /// The mandate periods in date order; the one in force on the scenario's date sets the
  /// requirement and the end of the runway that matters.
  public var periods: [MandatePeriod]

  public init(
    name: String, shortName: String, leadNation: String, authorization: Authorization? = nil,
    started: AsOf? = nil, ends: AsOf? = nil, asOf: AsOf? = nil, partnerGroup: [String] = [],
    banner: String? = nil, notes: [Note] = [], periods: [MandatePeriod] = []
  ) {
    self.name = name
    self.shortName = shortName
    self.leadNation = leadNation
    self.authorization = authorization
    self.started = started
    self.ends = ends
    self.asOf = asOf
    self.partnerGroup = partnerGroup
    self.banner = banner
    self.notes = notes
    self.periods = periods
  }

  /// The period in force on `day`: the latest one that has started and not ended.
  public func period(on day: Day) -> MandatePeriod? {
    periods.last { $0.contains(day) }
  }
}

/// The decision that authorized a mission.
public struct Authorization: Sendable, Hashable {
  public var decision: String
  public var date: AsOf?
  public var sources: [String]
  public var note: String?

  public init(decision: String, date: AsOf? = nil, sources: [String] = [], note: String? = nil) {
    self.decision = decision
    self.date = date
    self.sources = sources
    self.note = note
  }
}

/// A sourced statement that is not a number but matters for reading the numbers.
public struct Note: Sendable, Hashable {
  public var text: String
  public var asOf: AsOf?
  public var sources: [String]

  public init(_ text: String, asOf: AsOf? = nil, sources: [String] = []) {
    self.text = text
    self.asOf = asOf
    self.sources = sources
  }
}
