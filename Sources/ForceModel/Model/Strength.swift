/// The personnel figures a deployment is measured against, and what sources say was deployed.
public struct Strength: Sendable, Hashable {
  /// The strength the mission planned to reach (not necessarily set by any resolution).
  public var planned: HeadCount?
  /// A numeric ceiling set by the authorizing decision, when there is one.
  public var authorized: HeadCount?
  /// An expansion target beyond the plan.
  public var target: HeadCount?
  /// Deployed totals as reported by sources; several may disagree.
  public var reported: [ReportedTotal]

  public init(
    planned: HeadCount? = nil, authorized: HeadCount? = nil, target: HeadCount? = nil,
    reported: [ReportedTotal] = []
  ) {
    self.planned = planned
    self.authorized = authorized
    self.target = target
    self.reported = reported
  }
}

/// One source's statement of how many personnel were deployed in all.
public struct ReportedTotal: Sendable, Hashable {
  public var label: String
  public var deployed: HeadCount

  public init(label: String, deployed: HeadCount) {
    self.label = label
    self.deployed = deployed
  }
}
