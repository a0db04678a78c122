/// One period of a mission's mandate: the decision that set it, its start and end, and what it
/// was to cost.
///
/// Requirements belong to a period, not to "the next twelve months": the gap that matters is the
/// money still missing to pay the force until the mandate in force ends.
public struct MandatePeriod: Sendable, Hashable, Identifiable {
  /// The period's id, which funding lines may name.
  public var id: String
  /// The decision: "UN Security Council resolution 2751 (2024)".
  public var decision: String
  /// The force it authorizes, when a later phase is another force ("GSF").
  public var force: String?
  /// When the decision was taken.
  public var decided: AsOf?
  /// The first day of the mandate.
  public var start: AsOf
  /// Its last day.
  public var end: AsOf
  /// A stated budget for the whole period, with its sources; nil means the requirement is
  /// derived from the cost per officer-year, labelled as an assumption.
  public var budget: Amount?
  /// What passes in from the previous period; nil: nothing does (commitments lapse, balances
  /// stay behind).
  public var carryOver: CarryOver?
  /// The sources that give the decision and its dates.
  public var sources: [String]
  /// A caveat, in words.
  public var note: String?

  /// A period of `decision` from `start` to `end`.
  public init(
    id: String, decision: String, force: String? = nil, decided: AsOf? = nil, start: AsOf, end: AsOf,
    budget: Amount? = nil, carryOver: CarryOver? = nil, sources: [String] = [], note: String? = nil
  ) {
    self.id = id
    self.decision = decision
    self.force = force
    self.decided = decided
    self.start = start
    self.end = end
    self.budget = budget
    self.carryOver = carryOver
    self.sources = sources
    self.note = note
  }

  /// The first day of the period.
  public var startDay: Day { start.firstDay }
  /// The day the period ends (a mandate "to 2025-10-02" ends that day).
  public var endDay: Day { end.lastDay }
  /// The period's length in mean months.
  public var months: Double { startDay.months(to: endDay) }

  /// Whether `day` falls in the period.
  public func contains(_ day: Day) -> Bool { day >= startDay && day < endDay }
}
