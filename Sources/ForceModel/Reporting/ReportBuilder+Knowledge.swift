/// Each result's knowledge horizon: the newest date of what it rests on, the kind of knowledge
/// it is, the mandate period it is for, and whether it is past its staleness window.
extension ReportBuilder {
  /// A personnel result with its horizon: derived from the deployed counts (and the level it is
  /// measured against), stale when the newest count is older than the deployed window.
  func personnelKnowledge(_ item: Report.Item) -> Report.Item {
    var item = item
    guard item.kind == .result else { return item }
    let day = scenario.mission.asOf?.lastDay
    var known = results.deployedKnownTo
    if item.key.hasPrefix("shortfall."), let level = StrengthLevel(rawValue: String(item.key.dropFirst(10))),
      let reference = scenario.strength.figure(level)?.asOf?.lastDay
    {
      known = max(known ?? reference, reference)
    }
    if item.key == "pledged.total" {
      known = scenario.contributors.compactMap { $0.pledged?.asOf?.lastDay }.filter { $0 <= (day ?? .distantFuture) }
        .max()
    }
    item.knownTo = known
    item.knowledge = .derived
    item.stale = item.key != "pledged.total" && results.deployedIsStale != nil
    return item
  }

  /// A money result with its horizon and kind.
  func knowledge(_ item: Report.Item) -> Report.Item {
    var item = item
    guard item.kind == .result else { return item }
    let funding = results.funding
    item.period = funding.mandate?.period.id
    item.knownTo = funding.knownTo
    item.knowledge = .derived
    let spending = funding.spendingReportedThrough
    switch item.key {
    case "funding.cash_in_hand":
      item.knownTo = spending ?? funding.knownTo
      item.stale = funding.spendingIsStale != nil
      if funding.cashUnknownSince != nil {
        item.knowledge = .unknown
        item.knownTo = funding.cashUnknownSince
      }
    case "funding.burn_per_month":
      item.knownTo = spending
      if case .unknown = funding.burn.basis { item.knowledge = .unknown } else { item.knowledge = .reported }
      item.stale = funding.spendingIsStale != nil
    case "funding.runway.cash_only", "funding.runway.with_commitments":
      item.knownTo = spending
      item.knowledge = spending == nil ? .unknown : .projected
      item.stale = funding.spendingIsStale != nil
    case "funding.mandate.gap", "funding.mandate.coverage", "funding.mandate.requirement":
      item.knowledge = funding.mandate?.basis == .budget ? .derived : .assumed
      item.knownTo = latest(funding.knownTo, requirementKnownTo)
    case let key where key.hasPrefix("funding.required.") || key.hasPrefix("funding.gap."):
      item.knowledge = .assumed
      item.knownTo = latest(funding.knownTo, requirementKnownTo)
    case "funding.previous_period":
      item.period = PeriodOutcome.previous(in: scenario, on: funding.day ?? .distantFuture)?.period.id
    default:
      break
    }
    return item
  }

  /// The newest date the requirement rests on: the period's budget, else the planned strength.
  var requirementKnownTo: Day? {
    if let budget = results.funding.mandate?.period.budget, results.funding.mandate?.basis == .budget {
      return budget.asOf?.lastDay
    }
    return scenario.strength.planned?.asOf?.lastDay ?? scenario.strength.authorized?.asOf?.lastDay
  }

  func latest(_ a: Day?, _ b: Day?) -> Day? {
    guard let a else { return b }
    guard let b else { return a }
    return max(a, b)
  }
}
