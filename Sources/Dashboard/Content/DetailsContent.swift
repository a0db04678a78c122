import ForceModel

/// What the details box says about one figure, row or result: value, qualifier, date, every
/// source in full, the formula of a derived result, and the conflicts it belongs to.
struct DetailsContent {
  var title = ""
  var lines: [(String, ThemeRole)] = []

  /// Empty content, for a part built on its own.
  private init() {}

  init(state: AppState, target: DetailTarget, sensitivity: [Swing] = []) {
    switch target {
    case .strength(let figure): addStrength(figure, state: state)
    case .reported(let index): addReported(index, state: state)
    case .result(let key):
      let explanation = state.results.explain(key, in: state.scenario)
      title = explanation?.title ?? "Result"
      addExplanation(explanation, conflict: false)
      // The range and what moves it come right under the value, before a list of inputs that
      // may run to a thousand rows.
      var ranged = DetailsContent()
      ranged.addRange(key, state: state, sensitivity: sensitivity)
      lines.insert(contentsOf: ranged.lines, at: min(1, lines.count))
    case .contributor(let index): addContributor(index, state: state)
    case .event(let index): addEvent(index, state: state)
    case .fundingLine(let index): addFundingLine(index, state: state)
    }
  }

  /// A strength: its figure with qualifier, date and sources, or the decision that set none.
  private mutating func addStrength(_ figure: ForceFigure, state: AppState) {
    let scenario = state.scenario
    let (name, value): (String, HeadCount?) =
      switch figure {
      case .planned: ("Planned strength", scenario.strength.planned)
      case .authorized: ("Authorized ceiling", scenario.strength.authorized)
      case .target: ("Expansion target", scenario.strength.target)
      }
    title = name
    if let value {
      add(headCount: value, label: name, scenario: scenario)
    } else {
      add("\(name): none set", .title)
      if let authorization = scenario.mission.authorization {
        add("Authorized by \(authorization.decision)" + (authorization.date.map { ", \($0)" } ?? ""), .normal)
        if let note = authorization.note { add(note, .dim) }
        addSources(authorization.sources, scenario: scenario)
      }
    }
    if figure == .authorized || figure == .planned { addConflicts(ConflictLinks.forStrength(in: scenario)) }
  }

  /// A reported deployed total and the conflicts it takes part in.
  private mutating func addReported(_ index: Int, state: AppState) {
    let scenario = state.scenario
    let results = state.results
    let reported = scenario.strength.reported[index]
    title = "Reported deployed total"
    add(headCount: reported.deployed, label: reported.label, scenario: scenario)
    for (conflictIndex, conflict) in results.conflicts.enumerated() where conflict.reported.contains(index) {
      addExplanation(results.explain(.conflict(conflictIndex), in: scenario), conflict: true)
    }
  }

  /// A country: its counts, staleness, share, history and conflicts.
  private mutating func addContributor(_ index: Int, state: AppState) {
    let scenario = state.scenario
    let results = state.results
    let contributor = scenario.contributors[index]
    let result = results.contributors[index]
    title = contributor.country
    var kind =
      contributor.role == .lead
      ? "lead nation" : (contributor.role == .unattributed ? "unattributed remainder" : "contributor")
    if contributor.partnerGroup { kind += ", member of the group of partners" }
    add("\(contributor.country)\(contributor.iso.map { " (\($0))" } ?? "") — \(kind)", .title)
    if let pledged = contributor.pledged { add(headCount: pledged, label: "Pledged", scenario: scenario) }
    add(headCount: contributor.deployed, label: "Deployed", scenario: scenario)
    if result.stale, let known = contributor.deployed.asOf {
      add(
        "Stale: last known \(known), more than \(scenario.assumptions.staleness.deployedDays) days before the date shown (assumptions.stale_after_days.deployed)",
        .warning)
    }
    if result.endedWithForce, let change = ForcePhases(scenario.mission).changes.last {
      add(
        "Made for the force before the \(change.force) (from \(change.start)): not counted for the force in force",
        .dim)
    }
    if let gap = result.pledgedNotDeployed {
      add("Pledged, not deployed: \(Format.count(gap))  = max(0, pledged − deployed)", .normal)
    }
    add(
      "Share of the deployed total: \(Format.percent(result.share))  = \(Format.count(result.deployed)) ÷ \(Format.count(results.deployedTotal))",
      .normal)
    if !contributor.history.isEmpty {
      add("", .normal)
      add("History", .title)
      for entry in contributor.history {
        add(
          "  \(entry.deployed.asOf?.description ?? "undated")  \(Format.headCount(entry.deployed))  \(entry.event ?? "")  [\(entry.deployed.sources.joined(separator: ", "))]",
          .normal)
      }
    }
    addConflicts(ConflictLinks.forContributor(index, in: scenario))
  }

  /// An event of the history: what, when, and how much of the history is known on its day.
  private mutating func addEvent(_ index: Int, state: AppState) {
    let timeline = state.timeline
    guard timeline.events.indices.contains(index) else { return }
    let event = timeline.events[index]
    title = "Event of \(event.date)"
    add(event.text, .title)
    add("\(event.kind.word) · dated \(event.date) · counts from \(event.day)", .normal)
    let known = timeline.days.filter { $0 <= event.day }.count
    add("On that day \(known) of \(timeline.days.count) dates of the history are known.", .dim)
    addSources(event.sources, scenario: state.history.current)
  }

  /// A funding line: its totals in USD, its ledger of flows in date order, then each flow in full.
  private mutating func addFundingLine(_ index: Int, state: AppState) {
    let scenario = state.scenario
    let results = state.results
    let line = scenario.funding[index]
    title = line.donor
    add("\(line.donor) — \(line.purpose ?? line.channel.label)", .title)
    add(
      "\(line.form == .cash ? "Cash" : "In-kind (valued; never cash in hand or runway)") · channel \(line.channel.label) · \(line.currency)\(line.counted ? "" : " · LEFT OUT of every total")",
      .normal)
    let ledger = results.funding.ledger(of: index, in: scenario)
    if let ledger {
      let day = results.funding.day.map { " on \($0)" } ?? ""
      add(
        "In USD\(day): pledged \(Format.money(ledger.pledged)) · committed \(Format.money(ledger.committed)) · received \(Format.money(ledger.received)) · spent \(Format.money(ledger.spent))"
          + (ledger.total(.frozen) > 0 ? " · frozen \(Format.money(ledger.total(.frozen)))" : ""),
        .title)
      if line.form == .cash {
        add(
          "Cash in hand \(ledger.received > 0 && !ledger.spendingReported ? "at most " : "")\(Format.money(ledger.inHand)) = received − spent − frozen"
            + (ledger.received > 0 && !ledger.spendingReported ? " (no spending reported on this line)" : ""),
          .normal)
      }
      if ledger.commitmentOutstanding > 0.5 {
        add("Committed, not yet received: \(Format.money(ledger.commitmentOutstanding))", .normal)
      }
      if ledger.pledgeOutstanding > 0.5 {
        add("Pledged, not yet committed (never counted): \(Format.money(ledger.pledgeOutstanding))", .dim)
      }
      if line.currency != "USD", let rate = scenario.assumptions.exchangeRates[line.currency] {
        add(
          "At \(Format.decimal(rate.value, places: 6)) USD per \(line.currency) (assumption\(rate.sources.isEmpty ? ", no source" : ": " + rate.sources.joined(separator: ", ")))",
          .assumption)
      }
    } else if line.counted {
      add("No exchange rate for a currency of this line: it is left out of every USD total.", .conflict)
    }
    // In the past (the as-of cursor), what was learnt later is not shown at all; at the latest
    // picture, a flow dated after the scenario's date is shown and said not to count.
    let shownTo = state.cursor == nil ? nil : results.funding.day
    func shown(_ flow: Flow) -> Bool { shownTo.map { (flow.day ?? .distantPast) <= $0 } ?? true }
    if let ceiling = line.ceiling(on: shownTo) {
      add("", .normal)
      add(amount: ceiling, currency: line.currency, label: "Ceiling (shown, never counted)", scenario: scenario)
    }
    if !line.flows.isEmpty {
      // The flows in date order, one line each, as a ledger reads; the details follow.
      add("", .normal)
      add("Flows (date · stage · amount · sources)", .title)
      let ordered = line.flows.sorted { ($0.day ?? .distantPast) < ($1.day ?? .distantPast) }
      for flow in ordered where shown(flow) {
        let stage = flow.stage.rawValue + (flow.toDate ? " to date" : "")
        let amount = Format.amount(flow.amount, currency: flow.currency ?? line.currency)
        let marks = [flow.amount.isDerived ? "DERIVED" : nil, flow.amount.isUnsourced ? "ASSUMPTION" : nil]
          .compactMap { $0 }
        let date = flow.amount.asOf?.description ?? "undated"
        add(
          "  " + padded(date, to: 10) + " " + padded(stage, to: 16) + " " + padded(amount, to: 9, right: true)
            + (marks.isEmpty ? "" : " " + marks.joined(separator: " "))
            + " [\(Self.shortList(flow.amount.sources))]",
          flow.amount.isDerived || flow.amount.isUnsourced ? .assumption : .normal)
      }
    }
    for flow in line.flows where shown(flow) {
      let later = results.funding.day.map { (flow.day ?? .distantPast) > $0 } ?? false
      add("", .normal)
      var label =
        "\(flow.stage.rawValue.prefix(1).uppercased() + flow.stage.rawValue.dropFirst())\(flow.toDate ? " to date" : "")"
      if let from = flow.reduces { label += " (from \(from.label))" }
      if let due = flow.due { label += ", due \(due)" }
      if let since = flow.since { label += ", spending since \(since)" }
      if later { label += " — dated after the scenario's date: not counted" }
      add(amount: flow.amount, currency: flow.currency ?? line.currency, label: label, scenario: scenario)
    }
    for total in scenario.fundingTotals where total.parts.contains(line.id) {
      add("Part of: \(total.label), stated \(Format.amount(total.amount, currency: total.currency))", .normal)
    }
    addConflicts(ConflictLinks.forFundingLine(index, in: scenario))
  }

  mutating func add(_ text: String, _ role: ThemeRole) { lines.append((text, role)) }

  /// The first two source ids and how many more: a ledger line stays one line, and every
  /// source is listed in full under the flow below it.
  static func shortList(_ ids: [String]) -> String {
    ids.prefix(2).joined(separator: ", ") + (ids.count > 2 ? " +\(ids.count - 2)" : "")
  }

  mutating func add(headCount figure: HeadCount, label: String, scenario: Scenario) {
    add("\(label): \(Format.headCount(figure))", .title)
    addFigureFacts(
      qualifier: figure.qualifier, asOf: figure.asOf, note: figure.note, sources: figure.sources, scenario: scenario,
      derivation: figure.derivation)
  }

  mutating func add(amount figure: Amount, currency: String, label: String, scenario: Scenario) {
    add("\(label): \(Format.amount(figure, currency: currency)) (\(currency))", .title)
    addFigureFacts(
      qualifier: figure.qualifier, asOf: figure.asOf, note: figure.note, sources: figure.sources, scenario: scenario,
      derivation: figure.derivation)
  }

  mutating func addFigureFacts(
    qualifier: Qualifier, asOf: AsOf?, note: String?, sources: [String], scenario: Scenario,
    derivation: String? = nil
  ) {
    let words: String =
      switch qualifier {
      case .exact: "exact"
      case .about: "about (±10%)"
      case .atLeast: "at least (more than)"
      case .upTo: "up to (a ceiling)"
      }
    add("  Qualifier: \(words) · as of \(asOf?.description ?? "no date given")", .normal)
    if let derivation { add("  DERIVED: \(derivation)", .assumption) }
    if let note { add("  Note: \(note)", .dim) }
    if derivation != nil && sources.isEmpty { return }
    addSources(sources, scenario: scenario)
  }

  mutating func addSources(_ ids: [String], scenario: Scenario) {
    if ids.isEmpty {
      add("  Source: none — this value is an ASSUMPTION", .assumption)
      return
    }
    for id in ids {
      guard let source = scenario.source(id) else {
        add("  Source \(id): not in the sources list", .conflict)
        continue
      }
      add("  Source \(id): \(source.title)", .normal)
      let facts = [source.publisher, source.published.map { "published \($0)" }].compactMap { $0 }
      if !facts.isEmpty { add("    " + facts.joined(separator: " · "), .dim) }
      if let address = source.address { add("    " + address, .dim) }
    }
  }

  mutating func addExplanation(_ explanation: Explanation?, conflict: Bool) {
    guard let explanation else {
      add("Nothing to explain here.", .dim)
      return
    }
    if conflict { add("", .normal) }
    add(
      conflict ? "! CONFLICT: \(explanation.value)" : "\(explanation.title): \(explanation.value)",
      conflict ? .conflict : .title)
    add("  Formula: \(explanation.formula)", .normal)
    if !explanation.inputs.isEmpty {
      add("  From:", .normal)
      for input in explanation.inputs {
        var text = "    \(input.label): \(input.value)"
        if let asOf = input.asOf { text += " (as of \(asOf))" }
        if !input.sources.isEmpty, !conflict { text += " [\(input.sources.joined(separator: ", "))]" }
        if let note = input.note, !conflict, note != "derived" { text += " — \(note)" }
        add(text, input.sources.isEmpty && input.note != "derived" && !conflict ? .assumption : .normal)
      }
    }
  }

  /// A result's range, what makes it, and the inputs that move it most (a tornado, widest
  /// swing first), each with its two ends.
  mutating func addRange(_ key: ResultKey, state: AppState, sensitivity: [Swing]) {
    let ranges = state.figures.ranges
    let point = state.results
    func text(_ value: Double) -> String {
      switch key {
      case .runway, .runwayWithCommitments: "\(Day(number: Int(value)))"
      case .deployedTotal, .shortfall, .pledgedNotDeployed: Format.count(Int(value.rounded()))
      case .coverage, .share, .leadShare: Format.percent(value)
      default: Format.money(value)
      }
    }
    defer { add("", .normal) }
    switch key {
    case .runway, .runwayWithCommitments:
      let (earliest, latest) = ranges.runway(withCommitments: key == .runwayWithCommitments, point: point)
      add(
        earliest == latest
          ? "  Range: none (no uncertain input moves it)" : "  Range: \(earliest.text) – \(latest.text)", .title)
    default:
      guard let range = ranges.range(key, point: point) else { return }
      add(
        range.lowerBound == range.upperBound
          ? "  Range: none (no uncertain input moves it)"
          : "  Range: \(text(range.lowerBound)) – \(text(range.upperBound))",
        .title)
    }
    add(
      "  Every input at its worse end, then at its better end: \(ranges.spread.text); a conflict naming a figure spans its claims.",
      .dim)
    guard !sensitivity.isEmpty else { return }
    add("  Moves it most (each input alone at its two ends):", .normal)
    let isDay = key == .runway || key == .runwayWithCommitments
    for swing in sensitivity {
      let width = isDay ? "\(Int(swing.width)) days" : text(swing.width)
      add("    \(swing.input.label): \(text(swing.atWorse)) – \(text(swing.atBetter))  (swing \(width))", .normal)
    }
  }

  mutating func addConflicts(_ declared: [DeclaredConflict]) {
    guard !declared.isEmpty else { return }
    add("", .normal)
    for conflict in declared {
      add("! CONFLICT \(conflict.id): \(conflict.topic)", .conflict)
      for claim in conflict.claims { add("    \(claim.value) [\(claim.sources.joined(separator: ", "))]", .normal) }
      if let assessment = conflict.assessment { add("    Assessment: \(assessment)", .dim) }
    }
  }
}
