/// Why a result has the value it has: its formula and the figures, with their sources, that
/// fed it. Built on demand, so recalculation stays lean.
public struct Explanation: Sendable, Hashable {
  public var title: String
  public var value: String
  public var formula: String
  public var inputs: [Input]

  /// One figure that fed a result.
  public struct Input: Sendable, Hashable {
    public var label: String
    public var value: String
    public var sources: [String]
    public var asOf: AsOf?
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
  case inHand
  case inHandWithCeilings
  case required(StrengthLevel)
  case gap(StrengthLevel)
  case runway
  case conflict(Int)
}

extension Results {
  /// The explanation of one result, or nil when the scenario has no such result.
  public func explain(_ key: ResultKey, in scenario: Scenario) -> Explanation? {
    Explainer(scenario: scenario, results: self).explain(key)
  }
}

/// Builds explanations from a scenario and its results.
struct Explainer {
  let scenario: Scenario
  let results: Results

  func input(_ label: String, _ figure: HeadCount) -> Explanation.Input {
    .init(label: label, value: Format.headCount(figure), sources: figure.sources, asOf: figure.asOf, note: figure.note)
  }

  func input(_ label: String, _ figure: Amount, currency: String = "USD") -> Explanation.Input {
    .init(
      label: label, value: Format.amount(figure, currency: currency), sources: figure.sources, asOf: figure.asOf,
      note: figure.note)
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

  func fundingInputs(where include: (FundingLine) -> Bool) -> [Explanation.Input] {
    var inputs: [Explanation.Input] = []
    var more = 0
    for (index, line) in scenario.funding.enumerated() where line.counted && include(line) {
      guard inputs.count < Self.inputLimit else {
        more += 1
        continue
      }
      var item = input(
        "\(line.donor) — \(line.status.rawValue), \(line.channel.label)", line.amount, currency: line.currency)
      if line.currency != "USD", let usd = results.funding.lineUSD[index] {
        item.value += " = \(Format.money(usd))"
      }
      inputs.append(item)
    }
    if more > 0 { inputs.append(derived("… and \(more) more lines", "")) }
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
    case .deployedTotal:
      return Explanation(
        title: "Deployed strength", value: Format.count(results.deployedTotal),
        formula: "sum of the deployed figures of every contributor row", inputs: contributorInputs())

    case .shortfall(let level):
      guard let shortfall = results.shortfall(level), let figure = scenario.strength.figure(level) else { return nil }
      return Explanation(
        title: "Shortfall against \(level.label) strength",
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

    case .fundingListed:
      return Explanation(
        title: "Funding listed", value: Format.money(results.funding.listed),
        formula: "sum in USD of every counted funding line, whatever its status", inputs: fundingInputs { _ in true })

    case .inHand:
      let statuses = FundingStatus.allCases.filter { scenario.assumptions.inHand.contains($0) && $0 != .ceiling }
      return Explanation(
        title: "Money in hand", value: Format.money(results.funding.inHand),
        formula: "sum in USD of lines whose status is " + statuses.map(\.rawValue).joined(separator: " or "),
        inputs: fundingInputs { statuses.contains($0.status) })

    case .inHandWithCeilings:
      return Explanation(
        title: "Money in hand, ceilings counted in full", value: Format.money(results.funding.inHandWithCeilings),
        formula: "money in hand + every ceiling at its full amount",
        inputs: [derived("money in hand", Format.money(results.funding.inHand))]
          + fundingInputs { $0.status == .ceiling })

    case .required(let level):
      guard let requirement = results.funding.requirement(level) else { return nil }
      return Explanation(
        title: "Money required at \(level.label) strength", value: Format.money(requirement.required),
        formula: "(cost per officer-year × strength + fixed yearly cost) × horizon ÷ 12",
        inputs: [derived("\(level.label) strength", Format.count(requirement.strength))] + assumptionInputs())

    case .gap(let level):
      guard let requirement = results.funding.requirement(level) else { return nil }
      return Explanation(
        title: "Funding gap at \(level.label) strength", value: Self.gapText(requirement.gap),
        formula: "money required − money in hand (negative is a surplus)",
        inputs: [
          derived("required", Format.money(requirement.required)),
          derived("money in hand", Format.money(results.funding.inHand)),
          derived("gap if every ceiling is spent", Self.gapText(requirement.gapWithCeilings)),
        ])

    case .runway:
      return Explanation(
        title: "Runway at deployed strength",
        value: results.funding.runwayMonths.map(Format.months) ?? "no cost",
        formula: "money in hand ÷ ((cost per officer-year × deployed + fixed yearly cost) ÷ 12)",
        inputs: [
          derived("money in hand", Format.money(results.funding.inHand)),
          derived("deployed", Format.count(results.deployedTotal)),
          derived("monthly cost", Format.money(results.funding.monthlyCostAtDeployed)),
        ] + assumptionInputs().prefix(2))

    case .conflict(let index):
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
