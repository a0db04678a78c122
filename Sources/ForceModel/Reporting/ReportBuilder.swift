extension Report {
  /// Builds the report of a scenario and its results.
  public init(scenario: Scenario, results: Results) {
    var builder = ReportBuilder(scenario: scenario, results: results)
    self = builder.build()
  }

  /// Builds the report of a scenario, its results and their ranges; a projection marks every
  /// result projected, known to the data's date. Without `tables` the funding lines' table is
  /// left out: JSON and CSV write every line as items and no table (for 100,000 lines its rows
  /// were a fifth of the report's work).
  public init(scenario: Scenario, ranged: RangedResults, projection: ProjectionNote? = nil, tables: Bool = true) {
    var builder = ReportBuilder(scenario: scenario, results: ranged.results)
    builder.ranges = ranged.ranges
    builder.projection = projection
    builder.tables = tables
    self = builder.build()
  }
}

/// Lays out a scenario and its results as report sections.
struct ReportBuilder {
  let scenario: Scenario
  let results: Results
  var sections: [Report.Section] = []
  /// The results' ranges, when worked out.
  var ranges: ResultRanges?
  /// The projection shown, when the date is past the data's.
  var projection: ProjectionNote?
  /// Whether sections are also laid out as tables (for text and Markdown).
  var tables = true

  init(scenario: Scenario, results: Results) {
    self.scenario = scenario
    self.results = results
  }

  mutating func build() -> Report {
    let mission = scenario.mission
    var subtitle = "Lead nation: \(mission.leadNation)"
    if let projection {
      subtitle += " · " + projection.text
    } else if let asOf = mission.asOf {
      subtitle += " · as of \(asOf)"
    }
    if let authorization = mission.authorization { subtitle += " · \(authorization.decision)" }
    if let mandate = results.funding.mandate {
      subtitle += " · mandate in force: \(mandate.period.decision) to \(mandate.period.end)"
    }
    missionSection()
    strengthSection()
    personnelSection()
    contributorSection()
    fundingLineSection()
    fundingResultSection()
    assumptionSection()
    conflictSection()
    sourceSection()
    planSection()
    for section in sections.indices {
      for index in sections[section].items.indices where sections[section].items[index].kind == .result {
        sections[section].items[index] = ranged(sections[section].items[index])
      }
    }
    return Report(
      title: "\(mission.name) (\(mission.shortName))", subtitle: subtitle, banner: mission.banner,
      sections: sections)
  }

  func explained(_ key: ResultKey) -> String? { results.formula(key, in: scenario) }

  static func headCountItem(_ key: String, _ label: String, _ figure: HeadCount, kind: Report.Item.Kind = .input)
    -> Report.Item
  {
    Report.Item(
      key: key, label: label, display: Format.headCount(figure), number: Double(figure.value), unit: "personnel",
      qualifier: figure.qualifier, asOf: figure.asOf, sources: figure.sources, note: Explainer.note(figure),
      kind: figure.isDerived && kind == .input ? .derived : kind)
  }

  static func amountItem(
    _ key: String, _ label: String, _ figure: Amount, currency: String, kind: Report.Item.Kind = .input
  ) -> Report.Item {
    Report.Item(
      key: key, label: label, display: Format.amount(figure, currency: currency), number: figure.value, unit: currency,
      qualifier: figure.qualifier, asOf: figure.asOf, sources: figure.sources, note: Explainer.note(figure),
      kind: figure.isDerived && kind == .input ? .derived : kind)
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
    for period in mission.periods {
      var item = Report.Item(
        key: "mission.period.\(period.id)", label: "Mandate period",
        display: "\(period.decision)\(period.force.map { " (\($0))" } ?? ""): \(period.start) to \(period.end)",
        asOf: period.decided, sources: period.sources, note: period.note, kind: .text)
      if let budget = period.budget {
        item.note = ["budget \(Format.amount(budget, currency: "USD"))", period.note].compactMap { $0 }.joined(
          separator: "; ")
      }
      items.append(item)
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
        key: "deployed.total", label: ResultKey.deployedTotal.label ?? "", display: Format.count(results.deployedTotal),
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
          key: "shortfall.\(shortfall.level.rawValue)", label: ResultKey.shortfall(shortfall.level).label ?? "",
          display: display, number: Double(shortfall.count), unit: "personnel",
          note: "\(Format.count(shortfall.deployed)) of \(Format.count(shortfall.reference)) deployed",
          formula: explained(.shortfall(shortfall.level)), kind: .result))
    }
    if let share = results.leadShare {
      items.append(
        Report.Item(
          key: "lead.share", label: "\(ResultKey.leadShare.label ?? "") (\(scenario.mission.leadNation))",
          display: Format.percent(share),
          number: share, unit: "ratio", formula: explained(.leadShare), kind: .result))
    }
    items.append(
      Report.Item(
        key: "concentration", label: "Concentration (HHI)", display: Format.decimal(results.concentration, places: 2),
        number: results.concentration, unit: "index",
        note: "1 means one country supplies everyone; 1 ÷ countries means an even spread",
        formula: "sum of the squared shares", kind: .result))
    sections.append(Report.Section(id: "personnel", title: "Personnel results", items: items.map(personnelKnowledge)))
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

  mutating func fundingResultSection() {
    let items = fundingFlowItems() + cashItems() + mandateItems() + breakdownItems()
    sections.append(
      Report.Section(id: "funding_results", title: "Funding results (USD)", items: items.map(knowledge)))
  }

  /// Funding, received, spent and frozen (in the period, when one is in force), and what the
  /// period carried in, let lapse or left behind.
  private func fundingFlowItems() -> [Report.Item] {
    let funding = results.funding
    let inPeriod = funding.mandate == nil ? "" : " in the period"
    var items = [
      money(
        "funding.period",
        funding.mandate == nil ? "Funding: received + committed" : ResultKey.fundingListed.label ?? "",
        funding.funding, formula: explained(.fundingListed)),
      money(
        "funding.cash_received", (ResultKey.cashReceived.label ?? "") + inPeriod, funding.cash.received,
        formula: explained(.cashReceived)),
      money(
        "funding.cash_spent", (ResultKey.cashSpent.label ?? "") + inPeriod, funding.cash.spent,
        formula: explained(.cashSpent)),
      money("funding.frozen", "Frozen" + inPeriod, funding.cash.frozen + funding.inKind.frozen),
    ]
    if let mandate = funding.mandate {
      var carried = money("funding.carried_in", "Cash carried in from the previous period", funding.cash.carriedIn)
      carried.note = mandate.period.carryOver?.text ?? "nothing carried over: no source carries it"
      carried.sources = mandate.period.carryOver?.sources ?? []
      items.append(carried)
      items.append(
        money(
          "funding.lapsed", "Committed before the period, never received (lapsed)", mandate.lapsed,
          note: "commitments outstanding when the period started: they lapse unless a source carries them over"))
      if mandate.leftBehind > 0.5 {
        items.append(
          money(
            "funding.left_behind", "Cash left with the previous period", mandate.leftBehind,
            note: (funding.inHandIsBound ? "at most; " : "")
              + (funding.cashLastKnownBefore.map { "last known \($0); " } ?? "")
              + "no source carries it into \(mandate.period.decision)"))
      }
    }
    return items
  }

  /// Cash in hand, what is committed, delivered in kind, pledged or capped, the burn, each pot
  /// and the runways.
  private func cashItems() -> [Report.Item] {
    let funding = results.funding
    var items: [Report.Item] = []
    var inHand = money(
      "funding.cash_in_hand", ResultKey.inHand.label ?? "", funding.cash.inHand, formula: explained(.inHand))
    if funding.inHandIsBound { inHand.display = "at most " + inHand.display }
    if let through = funding.spendingIsStale { inHand.note = "last known \(through): history, not news" }
    if let since = funding.cashUnknownSince {
      inHand.display = "unknown: no figures found since \(since)"
      inHand.number = nil
    }
    items.append(inHand)
    items.append(
      money(
        "funding.committed_not_received", "Committed, not yet received (cash)", funding.cash.commitmentOutstanding,
        note:
          "\(Format.money(funding.datedCommitments)) with a due date, \(Format.money(funding.undatedCommitments)) without"
      ))
    items.append(money("funding.in_kind_received", "In-kind delivered (never cash)", funding.inKind.received))
    items.append(
      money("funding.in_kind_committed", "In-kind committed, not yet delivered", funding.inKind.commitmentOutstanding))
    items.append(
      money(
        "funding.pledged_outstanding", "Pledged, not yet committed (shown, never counted)",
        funding.cash.pledgeOutstanding + funding.inKind.pledgeOutstanding))
    items.append(money("funding.ceilings", "Ceilings (up to; never counted)", funding.ceilings))
    var burn = money(
      "funding.burn_per_month", (ResultKey.burn.label ?? "") + " a month", funding.burn.perMonth,
      formula: explained(.burn))
    if case .unknown = funding.burn.basis {
      burn.display = "unknown"
      burn.note =
        "no spending reported for the period's cash; cost of the force at deployed strength \(Format.money(funding.monthlyCostAtDeployed)) a month (assumption), never set against one pot's cash"
    }
    items.append(burn)
    for pot in Pot.all(in: scenario, deployedTotal: results.deployedTotal) {
      items.append(
        Report.Item(
          key: "funding.pot.\(scenario.funding[pot.index].id)", label: "Pot: \(pot.name)", display: pot.text,
          sources: scenario.funding[pot.index].sources, kind: .result, date: pot.runway.day))
    }
    for (key, label, end, result) in [
      ("funding.runway.cash_only", ResultKey.runway.label ?? "", funding.runwayCashOnly, ResultKey.runway),
      (
        "funding.runway.with_commitments", ResultKey.runwayWithCommitments.label ?? "", funding.runwayWithCommitments,
        .runwayWithCommitments
      ),
    ] {
      items.append(
        Report.Item(
          key: key, label: label, display: end.text, unit: "date", formula: explained(result), kind: .result,
          date: end.day))
    }
    return items
  }

  /// The mandate in force, its gap, requirement and coverage, and how the previous one ended.
  private func mandateItems() -> [Report.Item] {
    let funding = results.funding
    var items: [Report.Item] = []
    if let mandate = funding.mandate {
      items.append(
        Report.Item(
          key: "funding.mandate.period", label: "Mandate in force", display: mandate.period.decision,
          asOf: mandate.period.decided, sources: mandate.period.sources,
          note: "\(mandate.period.start) to \(mandate.period.end), \(Format.months(mandate.monthsLeft)) left",
          kind: .text))
      var gap = money(
        "funding.mandate.gap", ResultKey.mandateGap.label ?? "", mandate.gap, formula: explained(.mandateGap),
        note: "the period's requirement (\(mandate.basisText)) − its funding")
      gap.display = Explainer.gapText(mandate.gap)
      items.append(gap)
      var required = money(
        "funding.mandate.requirement", "Requirement of the period", mandate.requirement,
        note: mandate.basisText)
      if mandate.basis == .budget { required.sources = mandate.period.budget?.sources ?? [] }
      items.append(required)
      if let coverage = mandate.coverage {
        items.append(
          Report.Item(
            key: "funding.mandate.coverage", label: ResultKey.coverage.label ?? "",
            display: Format.percent(coverage), number: coverage, unit: "ratio", formula: explained(.coverage),
            kind: .result))
      }
      if let day = funding.day, let outcome = PeriodOutcome.previous(in: scenario, on: day) {
        items.append(
          Report.Item(
            key: "funding.previous_period", label: "Previous period: \(outcome.period.decision)", display: outcome.text,
            sources: outcome.period.sources, note: "\(outcome.period.start) to \(outcome.period.end)", kind: .result))
      }
    } else if let ended = funding.lastPeriodEnded {
      items.append(
        Report.Item(
          key: "funding.mandate.period", label: "Mandate in force", display: "none since \(ended.end)",
          sources: ended.sources, note: "requirements run over the \(Format.months(funding.monthsLeft)) horizon",
          kind: .text))
    }
    return items
  }

  /// Funding by channel and by donor, lines with no rate, and the requirement and gap at each
  /// strength.
  private func breakdownItems() -> [Report.Item] {
    let funding = results.funding
    var items: [Report.Item] = []
    for channel in FundingChannel.allCases {
      if let usd = funding.byChannel[channel] {
        items.append(money("funding.channel.\(channel.rawValue)", "By channel: \(channel.label)", usd))
      }
    }
    for donor in funding.byDonor {
      items.append(
        money(
          "funding.donor.\(donor.name)", "By donor: \(donor.name)", donor.usd,
          note: funding.funding > 0
            ? "\(Format.percent(donor.usd / funding.funding)) of funding, \(donor.lines) line\(donor.lines == 1 ? "" : "s")"
            : nil))
    }
    if funding.unconvertedLines > 0 {
      items.append(
        Report.Item(
          key: "funding.unconverted", label: "Lines left out (no exchange rate)",
          display: Format.count(funding.unconvertedLines),
          number: Double(funding.unconvertedLines), unit: "lines", kind: .result))
    }
    for requirement in funding.requirements {
      items.append(
        money(
          "funding.required.\(requirement.level.rawValue)",
          "Required for \(Format.months(funding.requirementMonths)) at \(requirement.level.label) strength (\(Format.count(requirement.strength)))",
          requirement.required, formula: explained(.required(requirement.level))))
    }
    for requirement in funding.requirements {
      var item = money(
        "funding.gap.\(requirement.level.rawValue)", ResultKey.gap(requirement.level).label ?? "", requirement.gap,
        formula: explained(.gap(requirement.level)))
      item.display = Explainer.gapText(requirement.gap)
      items.append(item)
    }
    return items
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
    let cited = scenario.citedSources
    let items = scenario.sources.filter { cited.contains($0.id) }.map { source in
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
