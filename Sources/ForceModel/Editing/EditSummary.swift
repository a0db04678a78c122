extension Edit {
  /// One line that says what the edit changed, from what to what, for the history list and the
  /// status line: `Kenya deployed 1,000 → 1,200`.
  public func summary(before scenario: Scenario) -> String {
    func country(_ name: String) -> Contributor? { scenario.contributors.first { $0.country == name } }
    func line(_ id: String) -> FundingLine? { scenario.funding.first { $0.id == id } }
    func head(_ figure: HeadCount?) -> String { figure.map(Format.headCount) ?? "none" }
    func clean(_ text: String) -> String { TextSanitizer.clean(text, limit: 40) }
    let assumptions = scenario.assumptions
    switch self {
    case .deployed(let name, let figure):
      return "\(clean(name)) deployed \(head(country(name)?.deployed)) → \(head(figure))"
    case .pledged(let name, let figure):
      return "\(clean(name)) pledged \(head(country(name)?.pledged)) → \(head(figure))"
    case .planned(let figure):
      return "Planned strength \(head(scenario.strength.planned)) → \(head(figure))"
    case .target(let figure):
      return "Target strength \(head(scenario.strength.target)) → \(head(figure))"
    case .stageTotal(let id, let stage, let amount):
      let old = line(id)
      let currency = old?.currency ?? "USD"
      let before = old?.ledger(on: amount.asOf?.lastDay, assumptions: Assumptions(costPerOfficerYear: Amount(0)))
      let was = old?.currency == "USD" ? before.map { Format.money($0.total(stage)) } : nil
      return
        "\(clean(old?.donor ?? id)) \(stage.label) to date \(was.map { "\($0) → " } ?? "")\(Format.amount(amount, currency: currency))"
    case .addFlow(let id, let flow):
      let currency = flow.currency ?? line(id)?.currency ?? "USD"
      return
        "\(clean(line(id)?.donor ?? id)) \(flow.stage.label) \(Format.amount(flow.amount, currency: currency))\(flow.amount.asOf.map { " by \($0)" } ?? "")"
    case .fundingForm(let id, let form):
      return "\(clean(line(id)?.donor ?? id)) form \(line(id)?.form.label ?? "?") → \(form.label)"
    case .fundingCurrency(let id, let code):
      return "\(clean(line(id)?.donor ?? id)) currency \(line(id)?.currency ?? "?") → \(code)"
    case .fundingCounted(let id, let counted):
      return "\(clean(line(id)?.donor ?? id)) \(counted ? "counted again" : "left out of the totals")"
    case .costPerOfficerYear(let amount):
      return
        "Cost per officer-year \(Format.amount(assumptions.costPerOfficerYear, currency: "USD")) → \(Format.amount(amount, currency: "USD"))"
    case .fixedYearlyCost(let amount):
      return
        "Fixed yearly cost \(Format.amount(assumptions.fixedYearlyCost, currency: "USD")) → \(Format.amount(amount, currency: "USD"))"
    case .horizonMonths(let months):
      return "Horizon \(assumptions.horizonMonths.value) → \(months.value) months"
    case .exchangeRate(let code, let rate):
      let old = assumptions.exchangeRates[code].map { Format.decimal($0.value, places: 4) } ?? "none"
      return "USD per \(code) \(old) → \(rate.map { Format.decimal($0.value, places: 4) } ?? "none")"
    case .periodBudget(let id, let budget):
      let period = scenario.mission.periods.first { $0.id == id }
      let old = period?.budget.map { Format.amount($0, currency: "USD") } ?? "derived"
      return
        "Budget of \(clean(period?.decision ?? id)) \(old) → \(budget.map { Format.amount($0, currency: "USD") } ?? "derived")"
    case .addContributor(let contributor):
      return "Added \(clean(contributor.country)) with \(head(contributor.deployed)) deployed"
    case .removeContributor(let name):
      return "Removed \(clean(name)) (\(head(country(name)?.deployed)) deployed)"
    case .addFundingLine(let line):
      let first = line.flows.first.map { " \($0.stage.label) \(Format.amount($0.amount, currency: line.currency))" }
      return "Added funding: \(clean(line.donor))\(first ?? "")"
    case .removeFundingLine(let id):
      let old = line(id)
      return "Removed funding: \(clean(old?.donor ?? id))"
    case .addPlannedEvent(let plan, let event):
      return "Planned (\(clean(plan))) \(event.date): \(clean(scenario.describe(event)))"
    case .plannedEvent(let plan, let event):
      let old = scenario.plans.first { $0.name == plan }?.events.first { $0.id == event.id }
      let was = old.map { "\($0.date): \(clean(scenario.describe($0)))" } ?? "none"
      return "Planned (\(clean(plan))) \(was) → \(event.date): \(clean(scenario.describe(event)))"
    case .removePlannedEvent(let plan, let id):
      let old = scenario.plans.first { $0.name == plan }?.events.first { $0.id == id }
      return "Removed from plan \(clean(plan)): \(clean(old.map { scenario.describe($0) } ?? id))"
    case .replaceAll:
      return "Restored unsaved edits from the journal"
    }
  }
}
