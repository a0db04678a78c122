/// What changed between two scenarios: the inputs that differ, and how every headline result
/// moved because of them.
public struct ScenarioDiff: Sendable, Hashable {
  /// One input that differs.
  public struct Change: Sendable, Hashable {
    /// Where in a scenario file, such as `contributors[Kenya].deployed`.
    public var path: String
    /// The value before.
    public var before: String
    /// The value after.
    public var after: String
  }

  /// One headline result before and after.
  public struct Movement: Sendable, Hashable {
    /// The headline result after.
    public var metric: KeyMetric
    /// The same result before.
    public var baseline: KeyMetric
    /// Its movement, when it moved.
    public var delta: String?
  }

  /// The inputs that changed.
  public var changes: [Change]
  /// Every headline result and its movement.
  public var movements: [Movement]

  /// True when no input changed.
  public var isEmpty: Bool { changes.isEmpty }

  /// Compares `changed` with `baseline`.
  public init(baseline: Scenario, changed: Scenario) {
    changes = Self.inputChanges(baseline, changed)
    let before = recalculate(baseline).keyMetrics()
    let after = recalculate(changed).keyMetrics()
    movements = zip(before, after).compactMap { old, new in
      guard old.value != nil || new.value != nil else { return nil }
      return Movement(metric: new, baseline: old, delta: new.delta(from: old))
    }
  }

  static func describe(_ figure: HeadCount?) -> String {
    guard let figure else { return "—" }
    return Format.headCount(figure) + (figure.asOf.map { " (\($0))" } ?? "")
  }

  static func describe(_ figure: Amount?, currency: String) -> String {
    guard let figure else { return "—" }
    return Format.amount(figure, currency: currency) + (figure.asOf.map { " (\($0))" } ?? "")
  }

  /// The inputs that differ between two scenarios, by their path in a scenario file.
  public static func inputChanges(_ a: Scenario, _ b: Scenario) -> [Change] {
    var changes: [Change] = []
    missionChanges(a, b, into: &changes)
    contributorChanges(a, b, into: &changes)
    fundingChanges(a, b, into: &changes)
    periodAndAssumptionChanges(a, b, into: &changes)
    planChanges(a, b, into: &changes)
    return changes
  }

  /// Each planned event added, changed or removed, by plan and id.
  private static func planChanges(_ a: Scenario, _ b: Scenario, into changes: inout [Change]) {
    func events(_ scenario: Scenario) -> [String: PlannedEvent] {
      var all: [String: PlannedEvent] = [:]
      for plan in scenario.plans {
        for event in plan.events { all["plans[\(plan.name)].\(event.id)"] = event }
      }
      return all
    }
    func describe(_ event: PlannedEvent?, in scenario: Scenario) -> String {
      guard let event else { return "—" }
      return "\(event.date): \(scenario.describe(event))"
    }
    let before = events(a)
    let after = events(b)
    for path in Set(before.keys).union(after.keys).sorted() where before[path] != after[path] {
      changes.append(
        Change(path: path, before: describe(before[path], in: a), after: describe(after[path], in: b)))
    }
  }

  /// The mission, its strengths and the reported totals.
  private static func missionChanges(_ a: Scenario, _ b: Scenario, into changes: inout [Change]) {
    func note(_ path: String, _ before: String, _ after: String) {
      if before != after { changes.append(Change(path: path, before: before, after: after)) }
    }
    note("mission.name", a.mission.name, b.mission.name)
    note("mission.lead_nation", a.mission.leadNation, b.mission.leadNation)
    note("mission.as_of", a.mission.asOf?.description ?? "—", b.mission.asOf?.description ?? "—")
    note("strength.planned", describe(a.strength.planned), describe(b.strength.planned))
    note("strength.authorized", describe(a.strength.authorized), describe(b.strength.authorized))
    note("strength.target", describe(a.strength.target), describe(b.strength.target))
    let reportedBefore = Dictionary(a.strength.reported.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    let reportedAfter = Dictionary(b.strength.reported.map { ($0.label, $0) }, uniquingKeysWith: { first, _ in first })
    for total in a.strength.reported {
      note(
        "strength.reported[\(total.label)]", describe(total.deployed), describe(reportedAfter[total.label]?.deployed))
    }
    for total in b.strength.reported where reportedBefore[total.label] == nil {
      note("strength.reported[\(total.label)]", "—", describe(total.deployed))
    }
  }

  /// Each country's counts, role and group, and countries added or removed.
  private static func contributorChanges(_ a: Scenario, _ b: Scenario, into changes: inout [Change]) {
    func note(_ path: String, _ before: String, _ after: String) {
      if before != after { changes.append(Change(path: path, before: before, after: after)) }
    }
    let contributorsAfter = Dictionary(b.contributors.map { ($0.country, $0) }, uniquingKeysWith: { first, _ in first })
    let countriesBefore = Set(a.contributors.map(\.country))
    for old in a.contributors {
      guard let new = contributorsAfter[old.country] else {
        note("contributors[\(old.country)]", "deployed \(describe(old.deployed))", "removed")
        continue
      }
      note("contributors[\(old.country)].deployed", describe(old.deployed), describe(new.deployed))
      note("contributors[\(old.country)].pledged", describe(old.pledged), describe(new.pledged))
      note("contributors[\(old.country)].role", old.role.rawValue, new.role.rawValue)
      note("contributors[\(old.country)].partner_group", "\(old.partnerGroup)", "\(new.partnerGroup)")
    }
    for new in b.contributors where !countriesBefore.contains(new.country) {
      note("contributors[\(new.country)]", "—", "added, deployed \(describe(new.deployed))")
    }
  }

  /// Each funding line's flows, ceiling, form, currency, channel, donor and whether it counts.
  private static func fundingChanges(_ a: Scenario, _ b: Scenario, into changes: inout [Change]) {
    func note(_ path: String, _ before: String, _ after: String) {
      if before != after { changes.append(Change(path: path, before: before, after: after)) }
    }
    let linesAfter = Dictionary(b.funding.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let idsBefore = Set(a.funding.map(\.id))
    func flowText(_ flow: Flow, _ line: FundingLine) -> String {
      "\(flow.stage.rawValue)\(flow.toDate ? " to date" : "") \(describe(flow.amount, currency: flow.currency ?? line.currency))"
        + (flow.due.map { " due \($0)" } ?? "")
    }
    func linesText(_ line: FundingLine) -> String {
      line.flows.isEmpty
        ? line.ceiling.map { "ceiling \(describe($0, currency: line.currency))" } ?? "no flows"
        : line.flows.map { flowText($0, line) }.joined(separator: "; ")
    }
    for old in a.funding {
      guard let new = linesAfter[old.id] else {
        note("funding[\(old.id)]", linesText(old), "removed")
        continue
      }
      let count = max(old.flows.count, new.flows.count)
      for index in 0..<count {
        note(
          "funding[\(old.id)].flows[\(index + 1)]",
          old.flows.indices.contains(index) ? flowText(old.flows[index], old) : "—",
          new.flows.indices.contains(index) ? flowText(new.flows[index], new) : "removed")
      }
      note(
        "funding[\(old.id)].ceiling", old.ceiling.map { describe($0, currency: old.currency) } ?? "—",
        new.ceiling.map { describe($0, currency: new.currency) } ?? "—")
      note("funding[\(old.id)].form", old.form.rawValue, new.form.rawValue)
      note("funding[\(old.id)].currency", old.currency, new.currency)
      note("funding[\(old.id)].channel", old.channel.rawValue, new.channel.rawValue)
      note("funding[\(old.id)].donor", old.donor, new.donor)
      note("funding[\(old.id)].counted", "\(old.counted)", "\(new.counted)")
    }
    for new in b.funding where !idsBefore.contains(new.id) {
      note("funding[\(new.id)]", "—", "added, \(linesText(new))")
    }
  }

  /// The mandate periods, the assumptions and the sources.
  private static func periodAndAssumptionChanges(_ a: Scenario, _ b: Scenario, into changes: inout [Change]) {
    func note(_ path: String, _ before: String, _ after: String) {
      if before != after { changes.append(Change(path: path, before: before, after: after)) }
    }
    let periodsAfter = Dictionary(b.mission.periods.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for old in a.mission.periods {
      let new = periodsAfter[old.id]
      note(
        "mission.periods[\(old.id)]", "\(old.start) to \(old.end)", new.map { "\($0.start) to \($0.end)" } ?? "removed")
      note(
        "mission.periods[\(old.id)].budget", old.budget.map { describe($0, currency: "USD") } ?? "derived",
        new.map { $0.budget.map { describe($0, currency: "USD") } ?? "derived" } ?? "removed")
    }
    for new in b.mission.periods where !a.mission.periods.contains(where: { $0.id == new.id }) {
      note("mission.periods[\(new.id)]", "—", "added, \(new.start) to \(new.end)")
    }

    let x = a.assumptions
    let y = b.assumptions
    note(
      "assumptions.cost_per_officer_year", describe(x.costPerOfficerYear, currency: "USD"),
      describe(y.costPerOfficerYear, currency: "USD"))
    note(
      "assumptions.fixed_yearly_cost", describe(x.fixedYearlyCost, currency: "USD"),
      describe(y.fixedYearlyCost, currency: "USD"))
    note("assumptions.horizon_months", describe(x.horizonMonths), describe(y.horizonMonths))
    for code in Set(x.exchangeRates.keys).union(y.exchangeRates.keys).sorted() {
      note(
        "assumptions.exchange_rates.\(code)", x.exchangeRates[code].map { Format.decimal($0.value, places: 6) } ?? "—",
        y.exchangeRates[code].map { Format.decimal($0.value, places: 6) } ?? "—")
    }
    note("sources", "\(a.sources.count) sources", "\(b.sources.count) sources")
  }

  /// Plain text: the changed inputs, then every headline result with its movement.
  public func renderText(baselineName: String, changedName: String) -> String {
    var out =
      "Comparing \(TextSanitizer.clean(baselineName)) (before) with \(TextSanitizer.clean(changedName)) (after)\n\n"
    out += "INPUTS CHANGED (\(changes.count))\n"
    if changes.isEmpty { out += "  none: the two scenarios have the same inputs\n" }
    let pathWidth = min(48, changes.map { TextWidth.of($0.path) }.max() ?? 0)
    for change in changes {
      out +=
        "  \(padded(TextSanitizer.clean(change.path), to: pathWidth))  \(TextSanitizer.clean(change.before)) → \(TextSanitizer.clean(change.after))\n"
    }
    out += "\nRESULTS\n"
    let labelWidth = movements.map { TextWidth.of($0.metric.label) }.max() ?? 0
    let beforeWidth = movements.map { TextWidth.of($0.baseline.display) }.max() ?? 0
    let afterWidth = movements.map { TextWidth.of($0.metric.display) }.max() ?? 0
    for movement in movements {
      let line =
        "  \(padded(movement.metric.label, to: labelWidth))  \(padded(movement.baseline.display, to: beforeWidth, right: true)) → \(padded(movement.metric.display, to: afterWidth, right: true))  \(movement.delta ?? "unchanged")"
      out += line.trimmingTrailingSpaces() + "\n"
    }
    return out
  }
}
