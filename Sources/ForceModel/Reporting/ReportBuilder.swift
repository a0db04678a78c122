extension Report {
  /// Builds the report of a scenario and its results.
  public init(scenario: Scenario, results: Results) {
    var builder = ReportBuilder(scenario: scenario, results: results)
    self = builder.build()
  }
}

/// Lays out a scenario and its results as report sections.
struct ReportBuilder {
  let scenario: Scenario
  let results: Results
  var sections: [Report.Section] = []

  init(scenario: Scenario, results: Results) {
    self.scenario = scenario
    self.results = results
  }

  mutating func build() -> Report {
    let mission = scenario.mission
    var subtitle = "Lead nation: \(mission.leadNation)"
    if let asOf = mission.asOf { subtitle += " · as of \(asOf)" }
    if let authorization = mission.authorization { subtitle += " · \(authorization.decision)" }
    missionSection()
    strengthSection()
    personnelSection()
    contributorSection()
    fundingLineSection()
    fundingResultSection()
    assumptionSection()
    conflictSection()
    sourceSection()
    return Report(
      title: "\(mission.name) (\(mission.shortName))", subtitle: subtitle, banner: mission.banner,
      sections: sections)
  }

  func explained(_ key: ResultKey) -> String? { results.explain(key, in: scenario)?.formula }

  static func headCountItem(_ key: String, _ label: String, _ figure: HeadCount, kind: Report.Item.Kind = .input)
    -> Report.Item
  {
    Report.Item(
      key: key, label: label, display: Format.headCount(figure), number: Double(figure.value), unit: "personnel",
      qualifier: figure.qualifier, asOf: figure.asOf, sources: figure.sources, note: figure.note, kind: kind)
  }

  static func amountItem(
    _ key: String, _ label: String, _ figure: Amount, currency: String, kind: Report.Item.Kind = .input
  ) -> Report.Item {
    Report.Item(
      key: key, label: label, display: Format.amount(figure, currency: currency), number: figure.value, unit: currency,
      qualifier: figure.qualifier, asOf: figure.asOf, sources: figure.sources, note: figure.note, kind: kind)
  }

  func money(_ key: String, _ label: String, _ usd: Double, formula: String? = nil, note: String? = nil) -> Report.Item
  {
    Report.Item(
      key: key, label: label, display: Format.money(usd), number: usd, unit: "USD", note: note, formula: formula,
      kind: .result)
  }

  mutating func missionSection() {
    let mission = scenario.mission
    var items = [
      Report.Item(key: "mission.name", label: "Mission", display: mission.name, kind: .text),
      Report.Item(key: "mission.lead_nation", label: "Lead nation", display: mission.leadNation, kind: .text),
    ]
    if let authorization = mission.authorization {
      items.append(
        Report.Item(
          key: "mission.authorization", label: "Authorized by", display: authorization.decision,
          asOf: authorization.date,
          sources: authorization.sources, note: authorization.note, kind: .text))
    }
    if let started = mission.started {
      items.append(
        Report.Item(key: "mission.started", label: "Deployed since", display: started.description, kind: .text))
    }
    if !mission.partnerGroup.isEmpty {
      items.append(
        Report.Item(
          key: "mission.partner_group", label: "Group of partners",
          display: mission.partnerGroup.joined(separator: ", "),
          kind: .text))
    }
    for (index, note) in mission.notes.enumerated() {
      items.append(
        Report.Item(
          key: "mission.note.\(index + 1)", label: "Note", display: note.text, asOf: note.asOf, sources: note.sources,
          kind: .text))
    }
    sections.append(Report.Section(id: "mission", title: "Mission", items: items))
  }

  mutating func strengthSection() {
    let strength = scenario.strength
    var items: [Report.Item] = []
    if let planned = strength.planned {
      items.append(Self.headCountItem("strength.planned", "Planned strength", planned))
    }
    if let authorized = strength.authorized {
      items.append(Self.headCountItem("strength.authorized", "Authorized ceiling", authorized))
    } else {
      items.append(
        Report.Item(
          key: "strength.authorized", label: "Authorized ceiling", display: "none set",
          sources: scenario.mission.authorization?.sources ?? [],
          note: "The authorizing decision sets no numeric ceiling.", kind: .input))
    }
    if let target = strength.target { items.append(Self.headCountItem("strength.target", "Expansion target", target)) }
    for (index, reported) in strength.reported.enumerated() {
      items.append(
        Self.headCountItem("strength.reported.\(index + 1)", "Reported deployed: \(reported.label)", reported.deployed))
    }
    sections.append(Report.Section(id: "strength", title: "Strength (inputs)", items: items))
  }

  mutating func personnelSection() {
    var items = [
      Report.Item(
        key: "deployed.total", label: "Deployed (sum of countries)", display: Format.count(results.deployedTotal),
        number: Double(results.deployedTotal), unit: "personnel", formula: explained(.deployedTotal), kind: .result),
      Report.Item(
        key: "pledged.total", label: "Pledged (where a number is known)", display: Format.count(results.pledgedTotal),
        number: Double(results.pledgedTotal), unit: "personnel", formula: "sum of the pledged figures", kind: .result),
    ]
    for shortfall in results.shortfalls {
      let display =
        shortfall.count > 0
        ? "\(Format.count(shortfall.count)) (\(Format.percent(shortfall.ratio)))"
        : "none (\(Format.count(shortfall.surplus)) over)"
      items.append(
        Report.Item(
          key: "shortfall.\(shortfall.level.rawValue)", label: "Shortfall against \(shortfall.level.label) strength",
          display: display, number: Double(shortfall.count), unit: "personnel",
          note: "\(Format.count(shortfall.deployed)) of \(Format.count(shortfall.reference)) deployed",
          formula: explained(.shortfall(shortfall.level)), kind: .result))
    }
    if let share = results.leadShare {
      items.append(
        Report.Item(
          key: "lead.share", label: "Lead nation's share (\(scenario.mission.leadNation))",
          display: Format.percent(share),
          number: share, unit: "ratio", formula: explained(.leadShare), kind: .result))
    }
    items.append(
      Report.Item(
        key: "concentration", label: "Concentration (HHI)", display: Format.decimal(results.concentration, places: 2),
        number: results.concentration, unit: "index",
        note: "1 means one country supplies everyone; 1 ÷ countries means an even spread",
        formula: "sum of the squared shares", kind: .result))
    sections.append(Report.Section(id: "personnel", title: "Personnel results", items: items))
  }

  mutating func contributorSection() {
    var items: [Report.Item] = []
    var rows: [[String]] = []
    for (index, contributor) in scenario.contributors.enumerated() {
      let result = results.contributors[index]
      let code = contributor.iso ?? contributor.country
      var name = contributor.country
      if contributor.role == .lead { name += " (lead)" }
      if contributor.partnerGroup { name += " ◆" }
      if let pledged = contributor.pledged {
        items.append(Self.headCountItem("contributor.\(code).pledged", "\(contributor.country): pledged", pledged))
      }
      items.append(
        Self.headCountItem("contributor.\(code).deployed", "\(contributor.country): deployed", contributor.deployed))
      if let gap = result.pledgedNotDeployed {
        items.append(
          Report.Item(
            key: "contributor.\(code).pledged_not_deployed", label: "\(contributor.country): pledged, not deployed",
            display: Format.count(gap), number: Double(gap), unit: "personnel", formula: "max(0, pledged − deployed)",
            kind: .result))
      }
      items.append(
        Report.Item(
          key: "contributor.\(code).share", label: "\(contributor.country): share",
          display: Format.percent(result.share),
          number: result.share, unit: "ratio", formula: "deployed ÷ deployed total", kind: .result))
      rows.append([
        name,
        contributor.pledged.map(Format.headCount) ?? "—",
        Format.headCount(contributor.deployed),
        result.pledgedNotDeployed.map(Format.count) ?? "—",
        Format.percent(result.share),
        contributor.deployed.asOf?.description ?? "",
        contributor.deployed.sources.joined(separator: ", "),
      ])
    }
    let table = Report.Table(
      columns: [
        .init(title: "Country", alignRight: false), .init(title: "Pledged", alignRight: true),
        .init(title: "Deployed", alignRight: true), .init(title: "Not deployed", alignRight: true),
        .init(title: "Share", alignRight: true), .init(title: "As of", alignRight: false),
        .init(title: "Sources (deployed)", alignRight: false),
      ], rows: rows)
    sections.append(
      Report.Section(id: "contributors", title: "Contributors (◆ group of partners)", items: items, table: table))
  }

  mutating func fundingLineSection() {
    var items: [Report.Item] = []
    var rows: [[String]] = []
    items.reserveCapacity(scenario.funding.count)
    for (index, line) in scenario.funding.enumerated() {
      var item = Self.amountItem(
        "funding.\(line.id)", "\(line.donor): \(line.purpose ?? line.channel.label)", line.amount,
        currency: line.currency)
      let usd = results.funding.lineUSD[index]
      item.note = [line.counted ? nil : "left out of the totals", item.note].compactMap { $0 }.joined(separator: "; ")
      if item.note?.isEmpty == true { item.note = nil }
      items.append(item)
      rows.append([
        line.donor,
        line.purpose ?? "",
        line.channel.label,
        line.status.rawValue + (line.counted ? "" : " (left out)"),
        Format.amount(line.amount, currency: line.currency),
        usd.map { Format.qualified(Format.money($0), line.amount.qualifier) } ?? (line.counted ? "no rate" : "—"),
        line.amount.asOf?.description ?? "",
        line.amount.sources.joined(separator: ", "),
      ])
    }
    let table = Report.Table(
      columns: [
        .init(title: "Donor", alignRight: false), .init(title: "Purpose", alignRight: false),
        .init(title: "Channel", alignRight: false),
        .init(title: "Status", alignRight: false), .init(title: "Amount", alignRight: true),
        .init(title: "USD", alignRight: true), .init(title: "As of", alignRight: false),
        .init(title: "Sources", alignRight: false),
      ], rows: rows)
    sections.append(Report.Section(id: "funding", title: "Funding lines", items: items, table: table))
  }

  mutating func fundingResultSection() {
    let funding = results.funding
    let ceilings = funding.byStatus[.ceiling] ?? 0
    let firmStatuses = FundingStatus.allCases.filter { scenario.assumptions.inHand.contains($0) && $0 != .ceiling }
    var items = [
      money("funding.listed", "Funding listed", funding.listed, formula: explained(.fundingListed)),
      money(
        "funding.firm", "Firm: money in hand (\(firmStatuses.map(\.rawValue).joined(separator: " + ")))",
        funding.inHand,
        formula: explained(.inHand)),
      money(
        "funding.ceilings", "Ceilings (up to; may never be spent)", ceilings,
        formula: "sum of lines with status ceiling"),
      money(
        "funding.in_hand_with_ceilings", "In hand if every ceiling is spent", funding.inHandWithCeilings,
        formula: explained(.inHandWithCeilings)),
    ]
    for status in FundingStatus.allCases {
      if let usd = funding.byStatus[status] {
        items.append(money("funding.status.\(status.rawValue)", "By status: \(status.rawValue)", usd))
      }
    }
    for channel in FundingChannel.allCases {
      if let usd = funding.byChannel[channel] {
        items.append(money("funding.channel.\(channel.rawValue)", "By channel: \(channel.label)", usd))
      }
    }
    for donor in funding.byDonor {
      items.append(
        money(
          "funding.donor.\(donor.name)", "By donor: \(donor.name)", donor.usd,
          note: funding.listed > 0
            ? "\(Format.percent(donor.usd / funding.listed)) of listed, \(donor.lines) line\(donor.lines == 1 ? "" : "s")"
            : nil))
    }
    if funding.unconvertedLines > 0 {
      items.append(
        Report.Item(
          key: "funding.unconverted", label: "Lines left out (no exchange rate)",
          display: Format.count(funding.unconvertedLines),
          number: Double(funding.unconvertedLines), unit: "lines", kind: .result))
    }
    let horizon = scenario.assumptions.horizonMonths.value
    for requirement in funding.requirements {
      items.append(
        money(
          "funding.required.\(requirement.level.rawValue)",
          "Required over \(horizon) months at \(requirement.level.label) strength (\(Format.count(requirement.strength)))",
          requirement.required, formula: explained(.required(requirement.level))))
    }
    for requirement in funding.requirements {
      var item = money(
        "funding.gap.\(requirement.level.rawValue)", "Gap at \(requirement.level.label) strength", requirement.gap,
        formula: explained(.gap(requirement.level)),
        note: "if every ceiling is spent: \(Explainer.gapText(requirement.gapWithCeilings))")
      item.display = Explainer.gapText(requirement.gap)
      items.append(item)
    }
    items.append(
      Report.Item(
        key: "funding.runway", label: "Runway at deployed strength",
        display: funding.runwayMonths.map(Format.months) ?? "no cost", number: funding.runwayMonths, unit: "months",
        note: "monthly cost \(Format.money(funding.monthlyCostAtDeployed))", formula: explained(.runway), kind: .result)
    )
    sections.append(Report.Section(id: "funding_results", title: "Funding results (USD)", items: items))
  }

  mutating func assumptionSection() {
    let a = scenario.assumptions
    var items = [
      Self.amountItem(
        "assumption.cost_per_officer_year", "Cost per officer-year", a.costPerOfficerYear, currency: "USD",
        kind: .assumption),
      Self.amountItem(
        "assumption.fixed_yearly_cost", "Fixed yearly cost", a.fixedYearlyCost, currency: "USD", kind: .assumption),
      Self.headCountItem("assumption.horizon_months", "Horizon (months)", a.horizonMonths, kind: .assumption),
    ]
    for code in a.exchangeRates.keys.sorted() {
      guard let rate = a.exchangeRates[code] else { continue }
      var item = Self.amountItem(
        "assumption.rate.\(code)", "Exchange rate: USD per \(code)", rate, currency: "USD", kind: .assumption)
      item.display = Format.qualified(Format.decimal(rate.value, places: 6), rate.qualifier)
      items.append(item)
    }
    items.append(
      Report.Item(
        key: "assumption.in_hand", label: "Statuses counted as money in hand",
        display: FundingStatus.allCases.filter { a.inHand.contains($0) }.map(\.rawValue).joined(separator: ", "),
        kind: .assumption))
    sections.append(
      Report.Section(id: "assumptions", title: "Assumptions (not stated by any single source)", items: items))
  }

  mutating func conflictSection() {
    let items = results.conflicts.map { conflict in
      Report.Item(
        key: "conflict.\(conflict.id)", label: conflict.kind.rawValue.replacingUnderscores(), display: conflict.summary,
        sources: conflict.sources, formula: Explainer.conflictRule(conflict.kind), kind: .conflict)
    }
    sections.append(Report.Section(id: "conflicts", title: "Conflicts (\(items.count))", items: items))
  }

  mutating func sourceSection() {
    let items = scenario.sources.map { source in
      Report.Item(
        key: "source.\(source.id)", label: source.id,
        display: [source.title, source.publisher, source.published].compactMap { $0 }.joined(separator: " — "),
        note: source.address, kind: .source)
    }
    sections.append(Report.Section(id: "sources", title: "Sources", items: items))
  }
}

extension String {
  func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}

extension Report {
  /// A report of an edited scenario that opens with what changed from its baseline: the inputs,
  /// then every headline result with the same ▲/▼ change the dashboard and `forceboard diff`
  /// show.
  public init(scenario: Scenario, results: Results, baseline: Scenario) {
    self.init(scenario: scenario, results: results)
    let diff = ScenarioDiff(baseline: baseline, changed: scenario)
    let inputs = diff.changes.map { change in
      Report.Item(
        key: "change.\(change.path)", label: change.path, display: "\(change.before) → \(change.after)", kind: .input)
    }
    let movements = diff.movements.map { movement in
      Report.Item(
        key: "delta.\(movement.metric.key)", label: movement.metric.label,
        display: "\(movement.baseline.display) → \(movement.metric.display)", number: movement.metric.value,
        note: movement.delta ?? "unchanged", kind: .result)
    }
    let table = Report.Table(
      columns: [
        .init(title: "Result", alignRight: false), .init(title: "Baseline", alignRight: true),
        .init(title: "This scenario", alignRight: true), .init(title: "Change", alignRight: false),
      ],
      rows: diff.movements.map { [$0.metric.label, $0.baseline.display, $0.metric.display, $0.delta ?? "—"] })
    sections.insert(
      Report.Section(id: "baseline-inputs", title: "Inputs changed from the baseline", items: inputs, table: nil), at: 0
    )
    sections.insert(
      Report.Section(id: "baseline-results", title: "Results against the baseline", items: movements, table: table),
      at: 1)
  }
}
