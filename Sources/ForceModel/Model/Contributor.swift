/// A country (or an explicit remainder) that contributes personnel.
public struct Contributor: Sendable, Hashable {
  public var country: String
  /// ISO 3166-1 alpha-3 code, when the row is a country.
  public var iso: String?
  public var role: ContributorRole
  /// Member of the mission's partner group (the body that oversees and funds it).
  public var partnerGroup: Bool
  public var pledged: HeadCount?
  public var deployed: HeadCount
  /// Dated deployment figures, oldest first.
  public var history: [Deployment]

  public init(
    country: String, iso: String? = nil, role: ContributorRole = .contributor,
    partnerGroup: Bool = false, pledged: HeadCount? = nil, deployed: HeadCount,
    history: [Deployment] = []
  ) {
    self.country = country
    self.iso = iso
    self.role = role
    self.partnerGroup = partnerGroup
    self.pledged = pledged
    self.deployed = deployed
    self.history = history
  }
}

/// What part a contributor row plays.
public enum ContributorRole: String, Sendable, Hashable, CaseIterable {
  /// The lead nation.
  case lead
  /// Any other contributing country.
  case contributor
  /// Personnel a reported total counts but no source attributes to a country.
  case unattributed
}

/// A dated deployment figure for one contributor.
public struct Deployment: Sendable, Hashable {
  public var deployed: HeadCount
  public var event: String?

  public init(deployed: HeadCount, event: String? = nil) {
    self.deployed = deployed
    self.event = event
  }
}
