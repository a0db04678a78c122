/// Derives every result from a scenario's inputs.
///
/// Pure and total: any scenario, even an empty or odd one, gives results, and the same scenario
/// always gives the same results. It runs on every keystroke, so it makes one pass over the
/// contributors and one over the funding lines.
public func recalculate(_ scenario: Scenario) -> Results {
  recalculate(scenario, tally: nil).results
}

/// `recalculate`, with the money pass over the lines kept (or a given one used: the pass of a
/// scenario with the same lines on the same day).
func recalculate(_ scenario: Scenario, tally given: MoneyTally?) -> (results: Results, tally: MoneyTally) {
  let contributors = scenario.contributors
  // An old force's pledges and its unattributed remainder end with it (`ForcePhases`).
  let phases = ForcePhases(scenario.mission)
  let day = scenario.mission.asOf?.lastDay
  func pledge(_ contributor: Contributor) -> Int? {
    guard let pledged = contributor.pledged else { return nil }
    guard let day, !phases.changes.isEmpty else { return pledged.value }
    return phases.belongs(pledged.asOf?.lastDay, on: day) ? pledged.value : nil
  }
  func deployed(_ contributor: Contributor) -> Int {
    guard contributor.role == .unattributed, let day, !phases.changes.isEmpty else { return contributor.deployed.value }
    return phases.belongs(contributor.deployed.asOf?.lastDay, on: day) ? contributor.deployed.value : 0
  }
  // The totals, and how far the deployed counts are known (their knowledge horizon).
  let window = scenario.assumptions.staleness.deployedDays
  var deployedKnownTo: Day?
  var deployedTotal = 0
  var pledgedTotal = 0
  for contributor in contributors {
    deployedTotal &+= deployed(contributor)
    pledgedTotal &+= pledge(contributor) ?? 0
    if let known = contributor.deployed.asOf?.lastDay, known <= (day ?? .distantFuture) {
      deployedKnownTo = max(deployedKnownTo ?? known, known)
    }
  }

  var contributorResults: [ContributorResult] = []
  contributorResults.reserveCapacity(contributors.count)
  var concentration = 0.0
  var leadShare: Double?
  for contributor in contributors {
    let count = deployed(contributor)
    let share = deployedTotal > 0 ? Double(count) / Double(deployedTotal) : 0
    concentration += share * share
    let pledged = pledge(contributor)
    contributorResults.append(
      ContributorResult(
        deployed: count,
        pledged: pledged,
        pledgedNotDeployed: pledged.map { max(0, $0 - count) },
        share: share,
        endedWithForce: (contributor.pledged != nil && pledged == nil) || count != contributor.deployed.value,
        stale: Staleness.isStale(contributor.deployed.asOf?.lastDay, on: day, window: window)))
  }
  if let lead = scenario.leadContributorIndex {
    leadShare = contributorResults[lead].share
  }

  var shortfalls: [Shortfall] = []
  for level in StrengthLevel.allCases {
    if let reference = scenario.strength.figure(level)?.value {
      shortfalls.append(Shortfall(level: level, reference: reference, deployed: deployedTotal))
    }
  }

  let (funding, tally) = MoneyCalculation.run(scenario, deployedTotal: deployedTotal, tally: given)
  let conflicts = ConflictFinder.find(
    in: scenario, deployedTotal: deployedTotal, unconverted: funding.unconvertedIndices)

  let results = Results(
    deployedTotal: deployedTotal,
    pledgedTotal: pledgedTotal,
    shortfalls: shortfalls,
    contributors: contributorResults,
    leadShare: leadShare,
    concentration: deployedTotal > 0 ? concentration : 0,
    funding: funding,
    conflicts: conflicts,
    deployedKnownTo: deployedKnownTo,
    deployedIsStale: Staleness.isStale(deployedKnownTo, on: day, window: window) ? deployedKnownTo : nil)
  return (results, tally)
}

extension Strength {
  /// The figure for a reference level; `deployed` has none here (it is derived).
  public func figure(_ level: StrengthLevel) -> HeadCount? {
    switch level {
    case .deployed: nil
    case .planned: planned
    case .authorized: authorized
    case .target: target
    }
  }
}
