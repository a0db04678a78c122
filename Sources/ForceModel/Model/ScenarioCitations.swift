/// Which of a scenario's sources anything in it cites.
extension Scenario {
  /// The ids every figure, period, note, assumption and conflict cites: what a report as of a
  /// date lists under its sources, so that a source only a later figure cites is not named
  /// before that figure is known.
  public var citedSources: Set<String> {
    var cited = Set<String>()
    cited.formUnion(mission.authorization?.sources ?? [])
    for period in mission.periods {
      cited.formUnion(period.sources + (period.budget?.sources ?? []) + (period.carryOver?.sources ?? []))
    }
    for note in mission.notes { cited.formUnion(note.sources) }
    for level in [strength.planned, strength.authorized, strength.target] { cited.formUnion(level?.sources ?? []) }
    for entry in strength.history { cited.formUnion(entry.figure.sources) }
    for total in strength.reported { cited.formUnion(total.deployed.sources) }
    for contributor in contributors {
      cited.formUnion(contributor.deployed.sources)
      for pledge in contributor.pledges { cited.formUnion(pledge.sources) }
      for entry in contributor.history { cited.formUnion(entry.deployed.sources) }
    }
    for line in funding {
      for flow in line.flows { cited.formUnion(flow.amount.sources) }
      cited.formUnion(line.ceiling?.sources ?? [])
    }
    for total in fundingTotals { cited.formUnion(total.amount.sources) }
    cited.formUnion(assumptions.costPerOfficerYear.sources + assumptions.fixedYearlyCost.sources)
    cited.formUnion(assumptions.horizonMonths.sources)
    for rate in assumptions.exchangeRates.values { cited.formUnion(rate.sources) }
    for conflict in conflicts { for claim in conflict.claims { cited.formUnion(claim.sources) } }
    return cited
  }
}
