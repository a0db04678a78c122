/// The mission a scenario describes: who leads it, who authorized it, and when.
public struct Mission: Sendable, Hashable {
  /// The mission's full name.
  public var name: String
  /// Its short name for headers.
  public var shortName: String
  /// The lead nation.
  public var leadNation: String
  /// The decision that authorized it.
  public var authorization: Authorization?
  /// When it started.
  public var started: AsOf?
  /// When it ends, when a source says.
  public var ends: AsOf?
  /// The date the scenario as a whole describes ("as of").
  public var asOf: AsOf?
  /// The countries that oversee and fund the mission together.
  public var partnerGroup: [String]
  /// A handling marking shown at the top and bottom of every screen and export.
  public var banner: String?
  /// Dated notes on what happened.
  public var notes: [Note]
  /// The mandate periods in date order; the one in force on the scenario's date sets the
  /// requirement and the end of the runway that matters.
  public var periods: [MandatePeriod]

  /// A mission.
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
  /// The decision, such as a Security Council resolution.
  public var decision: String
  /// When it was taken.
  public var date: AsOf?
  /// The sources that report it.
  public var sources: [String]
  /// A caveat, in words.
  public var note: String?

  /// An authorizing decision.
  public init(decision: String, date: AsOf? = nil, sources: [String] = [], note: String? = nil) {
    self.decision = decision
    self.date = date
    self.sources = sources
    self.note = note
  }
}

/// A sourced statement that is not a number but matters for reading the numbers.
public struct Note: Sendable, Hashable {
  /// What happened.
  public var text: String
  /// When.
  public var asOf: AsOf?
  /// The sources that say so.
  public var sources: [String]

  /// A dated note.
  public init(_ text: String, asOf: AsOf? = nil, sources: [String] = []) {
    self.text = text
    self.asOf = asOf
    self.sources = sources
  }
}
