import ForceModel

/// What can be selected in each panel, in screen order: the figures of the force panel and the
/// totals under the funding table. State and the row models both read it, so a selection and
/// the row drawn for it are always the same thing.
enum PanelTargets {
  /// The force panel's figures: strengths, the deployed total, every report, the shortfalls.
  static func force(scenario: Scenario, results: Results) -> [DetailTarget] {
    var targets: [DetailTarget] = []
    if scenario.strength.planned != nil { targets.append(.strength(.planned)) }
    targets.append(.strength(.authorized))
    if scenario.strength.target != nil { targets.append(.strength(.target)) }
    targets.append(.result(.deployedTotal))
    for index in scenario.strength.reported.indices { targets.append(.reported(index)) }
    for shortfall in results.shortfalls { targets.append(.result(.shortfall(shortfall.level))) }
    return targets
  }

  /// The funding totals under the table.
  static func fundingSummary(_ results: Results) -> [DetailTarget] {
    var targets: [DetailTarget] = [.result(.fundingListed), .result(.inHand)]
    if results.funding.requirement(.planned) != nil { targets.append(.result(.gap(.planned))) }
    if results.funding.requirement(.target) != nil { targets.append(.result(.gap(.target))) }
    targets.append(.result(.runway))
    return Array(targets.prefix(DashboardLayout.fundingSummaryRows))
  }
}
