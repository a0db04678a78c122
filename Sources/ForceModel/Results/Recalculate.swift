/// Derives every result from a scenario's inputs.
///
/// Pure and total: any scenario, even an empty or odd one, gives results, and the same scenario
/// always gives the same results. It runs on every keystroke, so it makes one pass over the
/// contributors and one over the funding lines.
public func recalculate(_ scenario: Scenario) -> Results {
  let contributors = scenario.contributors
  var deployedTotal = 0
  var pledgedTotal = 0
  for contributor in contributors {
    deployedTotal &+= contributor.deployed.value
    pledgedTotal &+= contributor.pledged?.value ?? 0
  }

  var contributorResults: [ContributorResult] = []
  contributorResults.reserveCapacity(contributors.count)
  var concentration = 0.0
  var leadShare: Double?
  for contributor in contributors {
    let share = deployedTotal > 0 ? Double(contributor.deployed.value) / Double(deployedTotal) : 0
    concentration += share * share
    let pledged = contributor.pledged?.value
    contributorResults.append(
      ContributorResult(
        deployed: contributor.deployed.value,
        pledged: pledged,
        pledgedNotDeployed: pledged.map { max(0, $0 - contributor.deployed.value) },
        share: share))
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

  let funding = MoneyCalculation.run(scenario, deployedTotal: deployedTotal)
  let conflicts = ConflictFinder.find(
    in: scenario, deployedTotal: deployedTotal, unconverted: funding.unconvertedIndices)

  return Results(
    deployedTotal: deployedTotal,
    pledgedTotal: pledgedTotal,
    shortfalls: shortfalls,
    contributors: contributorResults,
    leadShare: leadShare,
    concentration: deployedTotal > 0 ? concentration : 0,
    funding: funding,
    conflicts: conflicts)
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
