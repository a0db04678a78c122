import ForceModel

/// What can be selected in each panel, in screen order: the figures of the force panel and the
/// totals under the funding table. State and the row models both read it, so a selection and
/// the row drawn for it are always the same thing.
enum PanelTargets {
  /// The force panel's figures: strengths, the deployed total, the reports of the latest date
  /// reported (older ones are the timeline's), the shortfalls. Read from the state in place:
  /// the layout asks for them at every key, and a scenario passed as an argument was copied.
  static func force(_ state: AppState) -> [DetailTarget] {
    var targets: [DetailTarget] = []
    if state.scenario.strength.planned != nil { targets.append(.strength(.planned)) }
    targets.append(.strength(.authorized))
    if state.scenario.strength.target != nil { targets.append(.strength(.target)) }
    targets.append(.result(.deployedTotal))
    let reported = state.scenario.strength.reported
    let newest = reported.compactMap { $0.deployed.asOf?.lastDay }.max()
    for (index, total) in reported.enumerated() where total.deployed.asOf?.lastDay == newest {
      targets.append(.reported(index))
    }
    for shortfall in state.results.shortfalls { targets.append(.result(.shortfall(shortfall.level))) }
    return targets
  }

  /// The money results under the table, most important first (a small screen shows the first
  /// ones): cash in hand, how fast it goes, when it runs out, and what the mandate still lacks.
  static func fundingSummary(_ results: Results) -> [DetailTarget] {
    let funding = results.funding
    var targets: [DetailTarget] = [
      .result(.inHand), .result(.burn), .result(.runway), .result(.runwayWithCommitments),
    ]
    if funding.mandate != nil {
      targets.append(.result(.mandateGap))
      targets.append(.result(.coverage))
    } else if funding.requirement(.planned) != nil {
      targets.append(.result(.gap(.planned)))
    }
    targets.append(.result(.fundingListed))
    if funding.requirement(.target) != nil { targets.append(.result(.gap(.target))) }
    return Array(targets.prefix(DashboardLayout.fundingSummaryRows))
  }
}
