/// A country (or an explicit remainder) that contributes personnel.
public struct Contributor: Sendable, Hashable {
  /// The country's name.
  public var country: String
  /// ISO 3166-1 alpha-3 code, when the row is a country.
  public var iso: String?
  /// Lead nation, contributor, or the unattributed remainder.
  public var role: ContributorRole
  /// Member of the mission's partner group (the body that oversees and funds it).
  public var partnerGroup: Bool
  /// Officers pledged, when a source says.
  public var pledged: HeadCount?
  /// Officers deployed, as of its date.
  public var deployed: HeadCount
  /// Dated deployment figures, oldest first.
  public var history: [Deployment]
  /// Pledges that a later one replaced (Guatemala's 150 for the MSS before it offered to double
  /// for the GSF), oldest first: the pledge as known on an earlier date.
  public var earlierPledges: [HeadCount]

  /// A country's row.
  public init(
    country: String, iso: String? = nil, role: ContributorRole = .contributor,
    partnerGroup: Bool = false, pledged: HeadCount? = nil, deployed: HeadCount,
    history: [Deployment] = [], earlierPledges: [HeadCount] = []
  ) {
    self.earlierPledges = earlierPledges
    self.country = country
    self.iso = iso
    self.role = role
    self.partnerGroup = partnerGroup
    self.pledged = pledged
    self.deployed = deployed
    self.history = history
  }
}

extension Contributor {
  /// Every pledge the row has had, the latest last.
  public var pledges: [HeadCount] {
    (earlierPledges + [pledged].compactMap { $0 }).sorted {
      ($0.asOf?.lastDay ?? .distantPast) < ($1.asOf?.lastDay ?? .distantPast)
    }
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
  /// Officers deployed on that date.
  public var deployed: HeadCount
  /// What happened, when a source says.
  public var event: String?

  /// One dated count of a country's officers.
  public init(deployed: HeadCount, event: String? = nil) {
    self.deployed = deployed
    self.event = event
  }
}
