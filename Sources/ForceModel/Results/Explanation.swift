/// Why a result has the value it has: its formula and the figures, with their sources, that
/// fed it. Built on demand, so recalculation stays lean.
public struct Explanation: Sendable, Hashable {
  /// The result's name.
  public var title: String
  /// Its value as shown.
  public var value: String
  /// How it is worked out, in words.
  public var formula: String
  /// What it is worked out from.
  public var inputs: [Input]

  /// One figure that fed a result.
  public struct Input: Sendable, Hashable {
    /// The input's name.
    public var label: String
    /// Its value as shown.
    public var value: String
    /// The sources that give it; none for a derived input.
    public var sources: [String]
    /// The date it is as of.
    public var asOf: AsOf?
    /// Its qualifier or caveat, in words.
    public var note: String?
  }
}

/// The results that can explain themselves.
public enum ResultKey: Sendable, Hashable {
  case deployedTotal
  case shortfall(StrengthLevel)
  case share(contributor: Int)
  case pledgedNotDeployed(contributor: Int)
  case leadShare
  case fundingListed
  case cashReceived
  case cashSpent
  case inHand
  case burn
  case runway
  case runwayWithCommitments
  case mandateGap
  case coverage
  case required(StrengthLevel)
  case gap(StrengthLevel)
  case conflict(Int)
}

extension ResultKey {
  /// The result's name, stated once for every surface that names it (the details box, the
  /// report, `diff`, the funding panel); nil for results named by the row they belong to.
  public var label: String? {
    switch self {
    case .deployedTotal: "Deployed (sum of countries)"
    case .shortfall(let level): "Shortfall against \(level.label) strength"
    case .leadShare: "Lead nation's share"
    case .fundingListed: "Funding for the period"
    case .cashReceived: "Cash received"
    case .cashSpent: "Cash spent"
    case .inHand: "Cash in hand"
    case .burn: "Burn rate"
    case .runway: "Runway, cash only"
    case .runwayWithCommitments: "Runway with commitments"
    case .mandateGap: "Gap to the end of the mandate"
    case .coverage: "Coverage of the period's requirement"
    case .required(let level): "Required at \(level.label) strength"
    case .gap(let level): "Gap at \(level.label) strength"
    case .share, .pledgedNotDeployed, .conflict: nil
    }
  }
}

extension Results {
  /// The explanation of one result, or nil when the scenario has no such result.
  public func explain(_ key: ResultKey, in scenario: Scenario) -> Explanation? {
    Explainer(scenario: scenario, results: self).explain(key)
  }

  /// How one result is worked out, in words, without listing its inputs: a report of 100,000
  /// lines gives every result's formula, and listing the flows behind each walked every line.
  public func formula(_ key: ResultKey, in scenario: Scenario) -> String? {
    Explainer(scenario: scenario, results: self, listsInputs: false).explain(key)?.formula
  }
}

/// Builds explanations from a scenario and its results.
struct Explainer {
  let scenario: Scenario
  let results: Results
  /// Whether the flows behind a result are listed (the details box) or only its formula is
  /// wanted (the report's items).
  var listsInputs = true

  func input(_ label: String, _ figure: HeadCount) -> Explanation.Input {
    .init(
      label: label, value: Format.headCount(figure), sources: figure.sources, asOf: figure.asOf,
      note: Self.note(figure))
  }

  func input(_ label: String, _ figure: Amount, currency: String = "USD") -> Explanation.Input {
    .init(
      label: label, value: Format.amount(figure, currency: currency), sources: figure.sources, asOf: figure.asOf,
      note: Self.note(figure))
  }

  /// A figure's note, led by how it was derived when it was.
  static func note<V>(_ figure: Figure<V>) -> String? {
    guard let derivation = figure.derivation else { return figure.note }
    return "derived: \(derivation)" + (figure.note.map { " — \($0)" } ?? "")
  }

  func derived(_ label: String, _ value: String) -> Explanation.Input {
    .init(label: label, value: value, sources: [], asOf: nil, note: "derived")
  }

  /// At most this many inputs are listed; a scenario with 100,000 lines is summarised.
  static let inputLimit = 50

  func contributorInputs() -> [Explanation.Input] {
    var inputs = scenario.contributors.prefix(Self.inputLimit).map { input($0.country, $0.deployed) }
    if scenario.contributors.count > Self.inputLimit {
      inputs.append(derived("… and \(scenario.contributors.count - Self.inputLimit) more rows", ""))
    }
    return inputs
  }

  /// The flows of the counted lines that `include` admits, at most `inputLimit` of them, each
  /// with its stage, date and sources, converted to USD where the line is in another currency.
  func flowInputs(
    where include: (FundingLine) -> Bool, stages: Set<FlowStage> = Set(FlowStage.allCases)
  ) -> [Explanation.Input] {
    guard listsInputs else { return [] }
    var inputs: [Explanation.Input] = []
    var more = 0
    let day = results.funding.day
    for line in scenario.funding where line.counted && include(line) {
      for flow in line.flows where stages.contains(flow.stage) {
        if let day, let at = flow.day, at > day { continue }
        guard inputs.count < Self.inputLimit else {
          more += 1
          continue
        }
        var label = "\(line.donor) — \(flow.stage.rawValue)\(flow.toDate ? " to date" : "")"
        if let from = flow.reduces { label += " from \(from.label)" }
        if let due = flow.due { label += ", due \(due)" }
        if let since = flow.since { label += ", since \(since)" }
        var item = input(label, flow.amount, currency: line.currency)
        if line.currency != "USD", let rate = scenario.assumptions.usdPerUnit(line.currency) {
          item.value += " = \(Format.money(flow.amount.value * rate))"
        }
        inputs.append(item)
      }
    }
    if more > 0 { inputs.append(derived("… and \(more) more flows", "")) }
    return inputs
  }

  func assumptionInputs() -> [Explanation.Input] {
    let a = scenario.assumptions
    return [
      input("cost per officer-year (assumption)", a.costPerOfficerYear),
      input("fixed yearly cost (assumption)", a.fixedYearlyCost),
      input("horizon in months (assumption)", a.horizonMonths),
    ]
  }

  func explain(_ key: ResultKey) -> Explanation? {
    switch key {
    case .deployedTotal, .shortfall, .share, .pledgedNotDeployed, .leadShare: explainForce(key)
    case .fundingListed, .cashReceived, .cashSpent, .inHand: explainCash(key)
    case .burn: explainBurn()
    case .runway, .runwayWithCommitments: explainRunway(key)
    case .mandateGap, .coverage: explainMandate(key)
    case .required, .gap: explainRequirement(key)
    case .conflict(let index): explainConflict(index)
    }
  }

  /// The force figures: the total deployed, shortfalls, a country's share and what it pledged but has not sent.
  private func explainForce(_ key: ResultKey) -> Explanation? {
    switch key {
    case .deployedTotal:
      return Explanation(
        title: key.label ?? "", value: Format.count(results.deployedTotal),
        formula: "sum of the deployed figures of every contributor row", inputs: contributorInputs())

    case .shortfall(let level):
      guard let shortfall = results.shortfall(level), let figure = scenario.strength.figure(level) else { return nil }
      return Explanation(
        title: key.label ?? "",
        value: "\(Format.count(shortfall.count)) (\(Format.percent(shortfall.ratio)))",
        formula: "max(0, \(level.label) − deployed); percent = shortfall ÷ \(level.label)",
        inputs: [
          input("\(level.label) strength", figure),
          derived("deployed (sum of countries)", Format.count(results.deployedTotal)),
        ])

    case .share(let index), .pledgedNotDeployed(let index):
      guard scenario.contributors.indices.contains(index) else { return nil }
      let contributor = scenario.contributors[index]
      let result = results.contributors[index]
      if case .share = key {
        return Explanation(
          title: "\(contributor.country): share of deployed strength", value: Format.percent(result.share),
          formula: "\(contributor.country) deployed ÷ deployed total",
          inputs: [
            input("\(contributor.country) deployed", contributor.deployed),
            derived("deployed total", Format.count(results.deployedTotal)),
          ])
      }
      guard let pledged = contributor.pledged, let gap = result.pledgedNotDeployed else { return nil }
      return Explanation(
        title: "\(contributor.country): pledged but not deployed", value: Format.count(gap),
        formula: "max(0, pledged − deployed)",
        inputs: [input("pledged", pledged), input("deployed", contributor.deployed)])

    case .leadShare:
      guard let index = scenario.leadContributorIndex, let share = results.leadShare else { return nil }
      var explanation = explain(.share(contributor: index))
      explanation?.title = "Lead nation's share (\(scenario.contributors[index].country))"
      explanation?.value = Format.percent(share)
      return explanation
    default: return nil
    }
  }

  /// Funding and cash: what is counted as funding, received, spent and in hand, flow by flow.
  private func explainCash(_ key: ResultKey) -> Explanation? {
    switch key {
    case .fundingListed:
      let f = results.funding
      return Explanation(
        title: key.label ?? "", value: Format.money(f.funding),
        formula:
          "\(fundingScope) received − frozen + commitments not yet received, cash and in-kind, as of \(dayText) (frozen money, \(Format.money(f.cash.frozen + f.inKind.frozen)), is not funding until released); pledges (\(Format.money(f.cash.pledgeOutstanding + f.inKind.pledgeOutstanding)) not yet committed) and ceilings (≤ \(Format.money(f.ceilings))) are shown, never counted",
        inputs: carryInputs + flowInputs(where: { _ in true }, stages: [.commitment, .received, .frozen, .cancelled]))

    case .cashReceived:
      return Explanation(
        title: key.label ?? "", value: Format.money(results.funding.cash.received),
        formula: "received to \(dayText) on the cash lines (in-kind is never cash)",
        inputs: flowInputs(where: { $0.form == .cash }, stages: [.received, .cancelled]))

    case .cashSpent:
      let f = results.funding
      return Explanation(
        title: key.label ?? "", value: Format.money(f.cash.spent),
        formula: "spending reported to \(dayText) on the cash lines" + spendingCaveat,
        inputs: flowInputs(where: { $0.form == .cash }, stages: [.spent]))

    case .inHand:
      let f = results.funding
      return Explanation(
        title: key.label ?? "",
        value: f.cashUnknownSince.map { "unknown: no figures found since \($0)" }
          ?? (f.inHandIsBound ? "at most " : "") + Format.money(f.cash.inHand),
        formula: "cash received − cash spent − frozen, line by line, as of \(dayText)" + cashScope + spendingCaveat,
        inputs: carryInputs + [
          derived("cash received", Format.money(f.cash.received)),
          derived("cash spent", Format.money(f.cash.spent)),
          derived("frozen", Format.money(f.cash.frozen)),
        ] + flowInputs(where: { $0.form == .cash }, stages: [.received, .spent, .frozen, .cancelled]))
    default: return nil
    }
  }

  /// The burn rate, from reported spending, or unknown with the force's cost beside it.
  private func explainBurn() -> Explanation {
    let key = ResultKey.burn
    let f = results.funding
    switch f.burn.basis {
    case .reported(let lines):
      return Explanation(
        title: key.label ?? "", value: "\(Format.money(f.burn.perMonth)) a month",
        formula:
          "reported spending over the latest span that ends in the three months to \(dayText), per month (\(lines) line\(lines == 1 ? "" : "s"))",
        inputs: flowInputs(where: { $0.form == .cash }, stages: [.spent]) + [
          derived("for comparison: budgeted cost at deployed strength", Format.money(f.monthlyCostAtDeployed))
        ])
    case .unknown:
      return Explanation(
        title: key.label ?? "", value: "unknown",
        formula:
          "no spending is reported for \(periodText)'s cash, so no pot has a burn rate and no runway is projected; the cost of the force at deployed strength (an assumption) is shown beside it, never set against one pot's cash",
        inputs: [
          derived(
            "for comparison: cost of the force a month at deployed strength", Format.money(f.monthlyCostAtDeployed)),
          derived("deployed", Format.count(results.deployedTotal)),
        ] + assumptionInputs().prefix(2))
    }
  }

  /// The day cash runs out, cash only or with dated commitments, pot by pot.
  private func explainRunway(_ key: ResultKey) -> Explanation {
    let f = results.funding
    let commitments = key == .runwayWithCommitments
    let end = commitments ? f.runwayWithCommitments : f.runwayCashOnly
    var inputs = [
      derived("cash in hand", (f.inHandIsBound ? "at most " : "") + Format.money(f.cash.inHand)),
      derived("burn rate", "\(Format.money(f.burn.perMonth)) a month"),
      derived("counted from", f.spendingReportedThrough.map { "\(min($0, f.day ?? $0))" } ?? dayText),
    ]
    if commitments {
      inputs.append(derived("commitments with a due date", Format.money(f.datedCommitments)))
      inputs.append(derived("commitments with no due date (not counted)", Format.money(f.undatedCommitments)))
      inputs += flowInputs(where: { $0.form == .cash }, stages: [.commitment]).filter { $0.label.contains(", due ") }
    }
    if let mandate = f.mandate { inputs.append(derived("end of the mandate", "\(mandate.period.end)")) }
    // Pot by pot: one pot's cash does not pay another's bills.
    for pot in Pot.all(in: scenario, deployedTotal: results.deployedTotal, limit: 12) {
      inputs.append(derived("pot: \(pot.name)", pot.text))
    }
    return Explanation(
      title: key.label ?? "", value: end.text,
      formula: commitments
        ? "the day cash in hand, topped up by each dated commitment on its due day, reaches zero at the burn rate"
        : "the day cash in hand reaches zero at the burn rate: counted-from day + cash in hand ÷ burn rate",
      inputs: inputs)
  }

  /// The mandate period's gap and coverage.
  private func explainMandate(_ key: ResultKey) -> Explanation? {
    switch key {
    case .mandateGap:
      let f = results.funding
      guard let mandate = f.mandate else { return nil }
      return Explanation(
        title: "\(key.label ?? "") (\(mandate.period.end))", value: Self.gapText(mandate.gap),
        formula:
          "the period's requirement − the period's funding (FTS: unmet requirement); funding = cash carried in + received in the period − frozen + commitments not yet received, cash and in-kind; pledges and ceilings are not subtracted",
        inputs: requirementInputs(mandate) + carryInputs + [
          derived("funding for the period", Format.money(mandate.covered)),
          derived("cash commitments not yet received", Format.money(f.cash.commitmentOutstanding)),
          derived("in-kind commitments not yet delivered", Format.money(f.inKind.commitmentOutstanding)),
          derived(
            "beside it: pledges not yet committed", Format.money(f.cash.pledgeOutstanding + f.inKind.pledgeOutstanding)),
          derived("beside it: ceilings", "≤ " + Format.money(f.ceilings)),
        ])

    case .coverage:
      let f = results.funding
      guard let mandate = f.mandate, let coverage = mandate.coverage else { return nil }
      return Explanation(
        title: "\(key.label ?? ""): \(mandate.period.decision)", value: Format.percent(coverage),
        formula:
          "(cash in hand at the period's start + received in the period, less what was frozen in it, + commitments not yet received, cash and in-kind) ÷ the period's requirement",
        inputs: [derived("covered", Format.money(mandate.covered))] + requirementInputs(mandate) + carryInputs
          + previousPeriod)
    default: return nil
    }
  }

  /// What the force costs at a strength, and the gap to it.
  private func explainRequirement(_ key: ResultKey) -> Explanation? {
    switch key {
    case .required(let level):
      guard let requirement = results.funding.requirement(level) else { return nil }
      return Explanation(
        title: key.label ?? "", value: Format.money(requirement.required),
        formula: "(cost per officer-year × strength + fixed yearly cost) × \(monthsText) ÷ 12",
        inputs: [derived("\(level.label) strength", Format.count(requirement.strength))] + assumptionInputs())

    case .gap(let level):
      let f = results.funding
      guard let requirement = f.requirement(level) else { return nil }
      return Explanation(
        title: key.label ?? "", value: Self.gapText(requirement.gap),
        formula: f.mandate == nil
          ? "required for \(monthsText) − cash in hand − commitments not yet received (negative is a surplus); pledges and ceilings not subtracted"
          : "required for \(monthsText) − the period's funding (negative is a surplus); pledges and ceilings not subtracted",
        inputs: [
          derived("required", Format.money(requirement.required)),
          f.mandate == nil
            ? derived("cash in hand", Format.money(f.cash.inHand))
            : derived("funding for the period", Format.money(f.funding)),
          derived(
            "commitments not yet received", Format.money(f.cash.commitmentOutstanding + f.inKind.commitmentOutstanding)),
          derived("beside it: ceilings", "≤ " + Format.money(f.ceilings)),
        ])
    default: return nil
    }
  }

  /// A conflict between sources: the rule it breaks and every source it names.
  private func explainConflict(_ index: Int) -> Explanation? {
    guard results.conflicts.indices.contains(index) else { return nil }
    let conflict = results.conflicts[index]
    return Explanation(
      title: "Conflict", value: conflict.summary, formula: Self.conflictRule(conflict.kind),
      inputs: conflict.sources.map { id in
        let source = scenario.source(id)
        return Explanation.Input(
          label: id, value: source?.title ?? "(not in the sources list)", sources: [id], asOf: nil,
          note: source?.published)
      })
  }

  var dayText: String { results.funding.day.map { "\($0)" } ?? "the latest flow" }

  /// Which money a funding figure counts: the period in force's, or all of it.
  var fundingScope: String {
    guard let mandate = results.funding.mandate else { return "all money, no mandate period in force:" }
    return "money for \(mandate.period.decision) (from \(mandate.period.start); \(carryText(mandate))):"
  }

  var cashScope: String {
    guard let mandate = results.funding.mandate else { return "" }
    return mandate.period.carryOver?.cash == true
      ? "; the previous period's cash is carried in (a source says so)"
      : "; only cash received since \(mandate.period.start) counts (no source carries the previous period's cash in)"
  }

  var periodText: String { results.funding.mandate?.period.decision ?? "the horizon" }

  func carryText(_ mandate: MandateStatus) -> String { mandate.period.carryOver?.text ?? "nothing carried over" }

  /// What the previous period left: commitments that lapsed and cash that stayed behind.
  var carryInputs: [Explanation.Input] {
    guard let mandate = results.funding.mandate else { return [] }
    var inputs: [Explanation.Input] = []
    if let carry = mandate.period.carryOver {
      inputs.append(
        Explanation.Input(
          label: "carried over from the previous period", value: carry.text, sources: carry.sources, asOf: nil,
          note: carry.note))
    }
    if mandate.lapsed > 0.5 {
      inputs.append(derived("committed before the period, never received (lapsed)", Format.money(mandate.lapsed)))
    }
    if mandate.leftBehind > 0.5 {
      inputs.append(derived("cash in hand left with the previous period", Format.money(mandate.leftBehind)))
    }
    return inputs
  }

  /// How the period before the one in force came out, for the coverage's details.
  var previousPeriod: [Explanation.Input] {
    guard let day = results.funding.day, let outcome = PeriodOutcome.previous(in: scenario, on: day) else { return [] }
    return [
      Explanation.Input(
        label: "previous period: \(outcome.period.decision)", value: outcome.text, sources: outcome.period.sources,
        asOf: outcome.period.end, note: "\(outcome.period.start) to \(outcome.period.end)")
    ]
  }

  var monthsText: String {
    let f = results.funding
    if let mandate = f.mandate {
      return "the \(Format.months(f.requirementMonths)) of \(mandate.period.decision), the whole period"
    }
    return "the \(Format.months(f.monthsLeft)) horizon (no mandate period in force; an assumption)"
  }

  var spendingCaveat: String {
    let f = results.funding
    var parts: [String] = []
    if f.linesWithoutSpending > 0 {
      parts.append(
        "\(f.linesWithoutSpending) line\(f.linesWithoutSpending == 1 ? "" : "s") with money received report no spending, so cash in hand is an upper bound"
      )
    }
    if let through = f.spendingReportedThrough, let day = f.day, through < day {
      parts.append("spending is reported only to \(through): later spending is not subtracted")
    }
    return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ")
  }

  func requirementInputs(_ mandate: MandateStatus) -> [Explanation.Input] {
    var inputs = [
      Explanation.Input(
        label: "mandate: \(mandate.period.decision)", value: "\(mandate.period.start) → \(mandate.period.end)",
        sources: mandate.period.sources, asOf: mandate.period.decided, note: mandate.period.note)
    ]
    switch mandate.basis {
    case .budget:
      if let budget = mandate.period.budget { inputs.append(input("stated budget for the period", budget)) }
    case .derived(let strength, let level, _):
      inputs.append(
        derived(
          "requirement for the period (assumption)",
          "\(Format.money(mandate.requirement)) = (cost per officer-year × \(Format.count(strength)) \(level.label) + fixed) × \(Format.months(mandate.period.months)) ÷ 12"
        ))
      inputs += assumptionInputs().prefix(2)
    }
    return inputs
  }

  static func gapText(_ gap: Double) -> String {
    gap > 0 ? "gap \(Format.money(gap))" : gap < 0 ? "surplus \(Format.money(-gap))" : "balanced"
  }

  static func conflictRule(_ kind: Conflict.Kind) -> String {
    switch kind {
    case .reportedTotals:
      "two reported totals whose ranges do not overlap (~ means ±10%, + means at least, ≤ means at most)"
    case .sumOfCountries: "the sum of the contributor rows falls outside a reported total's range"
    case .fundingParts: "the parts of a stated total add up to a different amount (0.5% tolerance)"
    case .missingExchangeRate: "amounts in a currency with no exchange rate are left out of every USD total"
    case .declared: "recorded by the scenario's author from the sources"
    }
  }
}
