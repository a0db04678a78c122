/// Everything ForceBoard knows about one mission: the inputs. Results are derived from it by
/// `recalculate(_:)` and never stored in it.
public struct Scenario: Sendable, Hashable {
  /// The scenario file format version this scenario was read from or will be written as.
  public static let schemaVersion = 2
  /// Older schema versions still read: schema 1 held one status per funding line, read as the
  /// matching flow.
  public static let readableSchemaVersions = 1...2

  /// The mission: name, lead nation, mandate periods, notes.
  public var mission: Mission
  /// Planned, authorized and target strengths, and reported totals.
  public var strength: Strength
  /// Each country's row.
  public var contributors: [Contributor]
  /// Each funding line and its flows.
  public var funding: [FundingLine]
  /// Totals sources state over several lines.
  public var fundingTotals: [FundingTotal]
  /// Costs, horizon, exchange rates, staleness windows.
  public var assumptions: Assumptions
  /// Every source the figures cite.
  public var sources: [Source]
  /// Disagreements between sources the research records.
  public var conflicts: [DeclaredConflict]
  /// Named plans of dated events ahead (the first is the base), apart from the facts.
  public var plans: [Plan]

  /// A scenario of these parts.
  public init(
    mission: Mission, strength: Strength, contributors: [Contributor], funding: [FundingLine],
    fundingTotals: [FundingTotal] = [], assumptions: Assumptions, sources: [Source],
    conflicts: [DeclaredConflict] = [], plans: [Plan] = []
  ) {
    self.mission = mission
    self.strength = strength
    self.contributors = contributors
    self.funding = funding
    self.fundingTotals = fundingTotals
    self.assumptions = assumptions
    self.sources = sources
    self.conflicts = conflicts
    self.plans = plans
  }

  /// The source with this id, if the scenario lists one.
  public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}

extension Scenario {
  /// The row of the lead nation: the one marked `lead`, else the one named as lead nation.
  public var leadContributorIndex: Int? {
    contributors.firstIndex { $0.role == .lead }
      ?? contributors.firstIndex { $0.country == mission.leadNation }
  }
}
