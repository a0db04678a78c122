/// Everything derived from a scenario. Never stored: `recalculate(_:)` makes it anew, so an
/// edit can never leave a stale total behind.
public struct Results: Sendable, Equatable {
  /// Sum of the contributor rows: the headline deployed strength.
  public var deployedTotal: Int
  /// Sum of the pledges that sources give a number for.
  public var pledgedTotal: Int
  /// The shortfall against each reference strength the scenario has, in `StrengthLevel` order.
  public var shortfalls: [Shortfall]
  /// One entry per contributor row, in scenario order.
  public var contributors: [ContributorResult]
  /// The lead nation's share of the deployed total.
  public var leadShare: Double?
  /// Herfindahl–Hirschman index of the contributor shares (1 = one country supplies all).
  public var concentration: Double
  /// The money results.
  public var funding: FundingResults
  /// Where sources disagree.
  public var conflicts: [Conflict]
  /// The newest deployed count of the rows, on or before the scenario's date: how far the
  /// personnel results are known.
  public var deployedKnownTo: Day?
  /// `deployedKnownTo`, when it is older than the deployed staleness window: the strength is
  /// history, said as "last known …".
  public var deployedIsStale: Day?

  /// The shortfall against one reference strength, if the scenario has that strength.
  public func shortfall(_ level: StrengthLevel) -> Shortfall? {
    shortfalls.first { $0.level == level }
  }
}

/// How far the deployed total falls short of a reference strength.
public struct Shortfall: Sendable, Hashable {
  /// The level the shortfall is measured against.
  public var level: StrengthLevel
  /// That level's strength.
  public var reference: Int
  /// Deployed strength.
  public var deployed: Int

  /// Officers still missing; never negative.
  public var count: Int { max(0, reference - deployed) }
  /// Officers beyond the reference; never negative.
  public var surplus: Int { max(0, deployed - reference) }
  /// The missing officers as a share of the reference strength.
  public var ratio: Double { reference > 0 ? Double(count) / Double(reference) : 0 }
}

/// Derived figures for one contributor row.
public struct ContributorResult: Sendable, Hashable {
  /// The country's deployed count, as counted for the force in force.
  public var deployed: Int
  /// Its pledge, when one counts for the force in force.
  public var pledged: Int?
  /// Pledged officers not (yet) deployed; nil when no pledge is known.
  public var pledgedNotDeployed: Int?
  /// Share of the deployed total.
  public var share: Double
  /// The row's pledge (or, for the unattributed remainder, its count) was made for a force
  /// that has ended: not counted for the force in force.
  public var endedWithForce = false
  /// The row's deployed count is older than the deployed staleness window.
  public var stale = false
}
