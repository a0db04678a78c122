/// Reads a `Scenario` out of a document's nodes, collecting every problem with its position.
///
/// It keeps going after a problem so that one run of `forceboard validate` lists them all, but
/// any problem at all means no scenario is returned: nothing is half-loaded.
final class ScenarioDecoder {
  /// The largest head count accepted: no force has ever had ten million personnel.
  static let maximumHeadCount = 10_000_000
  /// The largest amount accepted, in any currency: a quadrillion.
  static let maximumAmount = 1e15

  typealias Node = Document.Node

  let file: String
  /// The file's nodes: every value read here is one of them (or, for a batch of a deferred
  /// list's elements, the scratch tape they were parsed into).
  let document: Document
  /// The schema version of the file being read: schema 1 funding lines are read as flows.
  var schema = Scenario.schemaVersion
  private(set) var diagnostics: [ScenarioDiagnostic] = []
  /// The ids of the file's sources, read ahead of the figures that cite them.
  var citable: Set<String> = []
  /// Each citation of a source not in `citable`, checked once the sources are read: a file of
  /// 400,000 flows keeps none of its good citations.
  var sourceReferences: [(id: String, node: Node)] = []
  /// Each currency code that is not a known one.
  var currencyReferences: [(code: String, node: Node)] = []
  /// The exchange rates and the like the checks across a line's flows convert with: the
  /// file's assumptions, read ahead of the lines (none until then).
  var flowRules = ScenarioDecoder.noRules {
    didSet { rates = RateCache(flowRules) }
  }
  /// Rates looked up for those checks, under `flowRules`.
  var rates = RateCache(ScenarioDecoder.noRules)
  /// Assumptions that give no exchange rate: the checks convert nothing.
  static let noRules = Assumptions(costPerOfficerYear: Amount(0))
  /// What the checks across each line's flows found, reported after the checks across the file.
  var flowProblems: [ScenarioDiagnostic] = []
  /// Names and source lists met before, so 100,000 lines share one copy of each.
  var interned = Interner()
  /// Each line's `period:`, checked against the mission's periods once both are read.
  var linePeriods: [(id: String, node: Node)] = []
  /// The first line of a deferred funding list that is not JSON: the text was only stepped
  /// over where the line is, so its reader (`ScenarioFile.decode`) parses it again with every
  /// line checked, to report the first problem where a whole parse reports it.
  var unparsedLine: ScenarioDiagnostic?

  /// Whether a YAML funding list cut out of the file was read here, both halves parsed
  /// (`splitLines`); short of that, the file is read again whole.
  var readSplit = false

  /// How many funding lines a file has before they are read on two threads (tests lower it).
  var linesSplitAt = 20_000
  /// Whether a JSON file's funding lines of the plain shape are read straight from the bytes
  /// (`FundingLineReader`); tests turn it off to compare with the general way.
  var readsPlainLines = true

  init(file: String, document: Document) {
    self.file = file
    self.document = document
  }

  func report(_ mark: Mark, _ message: String, hint: String? = nil) {
    diagnostics.append(ScenarioDiagnostic(file: file, mark: mark, message: message, hint: hint))
  }

  /// Reports a problem at `node`, whose line and column are worked out now.
  func report(_ node: Node, _ message: String, hint: String? = nil) {
    report(document.mark(node), message, hint: hint)
  }

  /// Takes in what `other` found reading the part of the file after the part this one read:
  /// its problems, references and flow checks, in order after this one's.
  func absorb(_ other: ScenarioDecoder) {
    diagnostics += other.diagnostics
    sourceReferences += other.sourceReferences
    currencyReferences += other.currencyReferences
    linePeriods += other.linePeriods
    flowProblems += other.flowProblems
    unparsedLine = unparsedLine ?? other.unparsedLine
  }

  // MARK: - Whole scenario

  func decode(_ root: Node) -> Scenario? {
    guard
      let top = fields(
        root, "the scenario",
        allowed: [
          "schema", "mission", "strength", "contributors", "funding", "funding_totals", "assumptions",
          "sources", "conflicts", "plans",
        ], required: ["schema", "mission", "assumptions"])
    else { return nil }

    // Without its version the rest of the file cannot be read for what it means.
    guard let schemaNode = top["schema"], readSchema(schemaNode) else { return nil }

    // Read ahead by a decoder of its own, whose problems are dropped: the list is read in turn
    // below, where they are reported.
    let ahead = ScenarioDecoder(file: file, document: document)
    citable = Set(top["sources"].map { ahead.list($0, "sources", item: ahead.source).values.map(\.id) } ?? [])

    let mission = top["mission"].flatMap(mission)
    let strength = top["strength"].map(strength) ?? Strength()
    let contributors = top["contributors"].map { list($0, "contributors", item: contributor) } ?? Listed()
    // The checks across a line's flows are made as it is read, with the assumptions read ahead.
    if let rules = top["assumptions"].flatMap(ahead.assumptions) { flowRules = rules }
    let funding = top["funding"].map { fundingLines($0) } ?? Listed()
    let totals = top["funding_totals"].map { list($0, "funding_totals", item: fundingTotal) } ?? Listed()
    let assumptions = top["assumptions"].flatMap(assumptions)
    let sources = top["sources"].map { list($0, "sources", item: source) } ?? Listed()
    let conflicts = top["conflicts"].map { list($0, "conflicts", item: declaredConflict) } ?? Listed()
    let plans = top["plans"].map { list($0, "plans", item: plan) } ?? Listed()

    checkUnique(contributors, what: "country", key: { $0.country.lowercased() }, label: { $0.country })
    let lineIDs = checkUnique(funding, what: "funding line id") { $0.id }.keys
    checkUnique(totals, what: "funding total id") { $0.id }
    checkUnique(sources, what: "source id") { $0.id }
    checkUnique(conflicts, what: "conflict id") { $0.id }

    checkReferences(
      lineIDs: lineIDs, totals: totals, sourceIDs: sources.map(\.value.id),
      periodIDs: mission?.periods.map(\.id) ?? [])

    checkPlans(plans, mission: mission, lineIDs: lineIDs)
    checkConflictFigures(conflicts, countries: Set(contributors.map(\.value.country)))

    diagnostics += flowProblems

    guard diagnostics.isEmpty, let mission, let assumptions else { return nil }
    return Scenario(
      mission: mission, strength: strength, contributors: contributors.values,
      funding: funding.values, fundingTotals: totals.values, assumptions: assumptions,
      sources: sources.values, conflicts: conflicts.values, plans: plans.values.map(\.plan))
  }

  /// Reads the schema version: false when this ForceBoard cannot read files of it.
  func readSchema(_ node: Node) -> Bool {
    guard let schema = integer(node, "schema", what: "schema version") else { return true }
    guard Scenario.readableSchemaVersions.contains(schema) else {
      report(
        node, "unsupported schema version \(schema)",
        hint:
          "this ForceBoard reads schemas \(Scenario.readableSchemaVersions.lowerBound) to \(Scenario.readableSchemaVersions.upperBound); a newer ForceBoard may read this file"
      )
      return false
    }
    self.schema = schema
    return true
  }

  /// Every id one part of the file names in another: a total's parts, a figure's sources, a
  /// flow's currency, a line's mandate period; each unknown one reported with the closest name.
  func checkReferences(
    lineIDs: [String: Node].Keys, totals: Listed<FundingTotal>, sourceIDs: [String], periodIDs: [String]
  ) {
    for total in totals {
      for part in total.value.parts where !lineIDs.contains(part) {
        report(
          total.node, "funding total '\(clean(total.value.id))' names a part '\(clean(part))' that is no funding line",
          hint: Suggestion.closest(to: part, in: Array(lineIDs)).map { "did you mean '\($0)'?" }
            ?? "list the ids of funding lines under 'parts'")
      }
    }

    let known = Set(sourceIDs)
    for reference in sourceReferences where !known.contains(reference.id) {
      report(
        reference.node, "source '\(clean(reference.id))' is not in the sources list",
        hint: Suggestion.closest(to: reference.id, in: sourceIDs).map { "did you mean '\($0)'?" }
          ?? "add it under 'sources' with an id, a title and where it was published")
    }
    for reference in currencyReferences where !Currency.isKnown(reference.code) {
      report(
        reference.node, "unknown currency '\(clean(reference.code))'",
        hint: Suggestion.closest(to: reference.code, in: Array(Currency.codes)).map { "did you mean '\($0)'?" }
          ?? "use an ISO 4217 code such as USD, CAD, EUR or GBP")
    }

    for reference in linePeriods where !periodIDs.contains(reference.id) {
      report(
        reference.node, "funding.period: '\(clean(reference.id))' is not a mandate period",
        hint: Suggestion.closest(to: reference.id, in: periodIDs).map { "did you mean '\($0)'?" }
          ?? "name the id of one of mission.periods, or leave it out: a flow then belongs to the period its date falls in"
      )
    }

  }

  /// Reports each item whose key an earlier item has, naming where that one was; returns each
  /// key with its first item's node. The key is read from the item where it lies: an item is
  /// never copied (for 100,000 funding lines, copying each to read its id was a twentieth of
  /// reading the file).
  @discardableResult
  func checkUnique<Value>(
    _ items: Listed<Value>, what: String, key: (Value) -> String, label: ((Value) -> String)? = nil
  ) -> [String: Node] {
    var seen: [String: Node] = [:]
    seen.reserveCapacity(items.count)
    for index in items.values.indices {
      let node = items.nodes[index]
      let key = key(items.values[index])
      if let first = seen[key] {
        let label = label?(items.values[index]) ?? key
        report(
          node, "duplicate \(what) '\(clean(label))' (first at line \(document.mark(first).line))",
          hint: "each \(what) may appear once; merge the two entries")
      } else {
        seen[key] = node
      }
    }
    return seen
  }

  // MARK: - Parts

  func mission(_ node: Node) -> Mission? {
    guard
      let f = fields(
        node, "mission",
        allowed: [
          "name", "short_name", "lead_nation", "authorization", "started", "ends", "as_of", "partner_group",
          "banner", "notes", "periods",
        ], required: ["name", "lead_nation"])
    else { return nil }
    let name = f["name"].flatMap { text($0, "mission.name") }
    let lead = f["lead_nation"].flatMap { text($0, "mission.lead_nation") }
    let authorization = f["authorization"].flatMap { node -> Authorization? in
      guard
        let a = fields(
          node, "mission.authorization", allowed: ["decision", "date", "sources", "note"], required: ["decision"])
      else { return nil }
      return Authorization(
        decision: a["decision"].flatMap { text($0, "authorization.decision") } ?? "",
        date: a["date"].flatMap { date($0, "authorization.date") },
        sources: a["sources"].map { sourceList($0, "authorization.sources") } ?? [],
        note: a["note"].flatMap { text($0, "authorization.note") })
    }
    let partners = f["partner_group"].map { list($0, "mission.partner_group") { self.text($0, "partner") } } ?? Listed()
    let notes = f["notes"].map { list($0, "mission.notes", item: note) } ?? Listed()
    let periods = f["periods"].map { list($0, "mission.periods", item: period) } ?? Listed()
    checkUnique(periods, what: "period id") { $0.id }
    let ordered = periods.sorted { $0.value.startDay < $1.value.startDay }
    for (earlier, later) in zip(ordered, ordered.dropFirst()) where later.value.startDay < earlier.value.endDay {
      report(
        later.node,
        "period '\(clean(later.value.id))' (\(later.value.start) to \(later.value.end)) overlaps '\(clean(earlier.value.id))' (\(earlier.value.start) to \(earlier.value.end))",
        hint: "a mandate period starts on or after the day the one before it ends; a later force is its own period")
    }
    guard let name, let lead else { return nil }
    return Mission(
      name: name,
      shortName: f["short_name"].flatMap { text($0, "mission.short_name") } ?? name,
      leadNation: lead,
      authorization: authorization,
      started: f["started"].flatMap { date($0, "mission.started") },
      ends: f["ends"].flatMap { date($0, "mission.ends") },
      asOf: f["as_of"].flatMap { date($0, "mission.as_of") },
      partnerGroup: partners.values,
      banner: f["banner"].flatMap { text($0, "mission.banner") },
      notes: notes.values, periods: ordered.map(\.value))
  }

  func period(_ node: Node) -> MandatePeriod? {
    guard
      let f = fields(
        node, "period",
        allowed: ["id", "decision", "force", "decided", "start", "end", "budget", "carry_over", "sources", "note"],
        required: ["id", "decision", "start", "end"])
    else { return nil }
    let id = f["id"].flatMap { text($0, "period.id") }
    let decision = f["decision"].flatMap { text($0, "period.decision") }
    let start = f["start"].flatMap { date($0, "period.start") }
    let end = f["end"].flatMap { date($0, "period.end") }
    guard let id, let decision, let start, let end else { return nil }
    if end.lastDay <= start.firstDay {
      report(
        f["end"] ?? node, "period '\(clean(id))' ends (\(end)) before it starts (\(start))",
        hint: "write the start and end days of the mandate, e.g. start: 2024-10-02, end: 2025-10-02")
    }
    return MandatePeriod(
      id: id, decision: decision, force: f["force"].flatMap { text($0, "period.force") },
      decided: f["decided"].flatMap { date($0, "period.decided") }, start: start, end: end,
      budget: f["budget"].flatMap { amount($0, "period.budget") },
      carryOver: f["carry_over"].flatMap(carryOver),
      sources: f["sources"].map { sourceList($0, "period.sources") } ?? [],
      note: f["note"].flatMap { text($0, "period.note") })
  }

  /// `carry_over: {cash: true, commitments: false, sources: [...], note: "..."}`: what a period
  /// takes from the one before it, with the sources that say so.
  func carryOver(_ node: Node) -> CarryOver? {
    guard
      let f = fields(
        node, "period.carry_over", allowed: ["cash", "commitments", "sources", "note"], required: ["sources"])
    else { return nil }
    return CarryOver(
      cash: f["cash"].flatMap { boolean($0, "period.carry_over.cash") } ?? false,
      commitments: f["commitments"].flatMap { boolean($0, "period.carry_over.commitments") } ?? false,
      sources: f["sources"].map { sourceList($0, "period.carry_over.sources") } ?? [],
      note: f["note"].flatMap { text($0, "period.carry_over.note") })
  }

  func note(_ node: Node) -> Note? {
    guard let f = fields(node, "note", allowed: ["text", "as_of", "sources"], required: ["text"]) else { return nil }
    guard let body = f["text"].flatMap({ text($0, "note.text") }) else { return nil }
    return Note(
      body, asOf: f["as_of"].flatMap { date($0, "note.as_of") },
      sources: f["sources"].map { sourceList($0, "note.sources") } ?? [])
  }

  func strength(_ node: Node) -> Strength {
    guard let f = fields(node, "strength", allowed: ["planned", "authorized", "target", "reported", "history"]) else {
      return Strength()
    }
    let history = f["history"].map { list($0, "strength.history", item: levelFigure) } ?? Listed()
    let strength = Strength(
      planned: f["planned"].flatMap { headCount($0, "strength.planned") },
      authorized: f["authorized"].flatMap { headCount($0, "strength.authorized") },
      target: f["target"].flatMap { headCount($0, "strength.target") },
      reported: f["reported"].map { list($0, "strength.reported", item: reportedTotal).values } ?? [],
      history: history.values)
    // An earlier figure is earlier: the latest of a level is the one the level itself states.
    for (entry, node) in history {
      guard let current = strength.figure(entry.level) else {
        report(
          node,
          "strength.history: an earlier \(entry.level.label) figure, but strength.\(entry.level.rawValue) is not set",
          hint: "state the latest \(entry.level.label) figure under strength.\(entry.level.rawValue)")
        continue
      }
      if let earlier = entry.figure.asOf?.lastDay, let latest = current.asOf?.lastDay, earlier > latest {
        report(
          node,
          "strength.history: this \(entry.level.label) figure (\(entry.figure.asOf.map { "\($0)" } ?? "")) is dated after strength.\(entry.level.rawValue) (\(current.asOf.map { "\($0)" } ?? ""))",
          hint: "the latest figure goes under strength.\(entry.level.rawValue), earlier ones under strength.history")
      }
    }
    return strength
  }

  /// An earlier figure of a level: `level: planned` and the figure it stood at.
  func levelFigure(_ node: Node) -> LevelFigure? {
    guard let f = fields(node, "strength.history", allowed: ["level", "figure"], required: ["level", "figure"])
    else { return nil }
    guard let level = f["level"].flatMap({ choice($0, "strength.history.level", StrengthLevel.self) }) else {
      return nil
    }
    if level == .deployed {
      report(
        f["level"] ?? node,
        "strength.history.level: 'deployed' has no history here; dated deployments go under each contributor",
        hint: "use planned, authorized or target")
      return nil
    }
    guard let figure = f["figure"].flatMap({ headCount($0, "strength.history.figure") }) else { return nil }
    return LevelFigure(level: level, figure: figure)
  }

  func reportedTotal(_ node: Node) -> ReportedTotal? {
    guard let f = fields(node, "reported total", allowed: ["label", "deployed"], required: ["label", "deployed"])
    else { return nil }
    guard let label = f["label"].flatMap({ text($0, "reported.label") }),
      let deployed = f["deployed"].flatMap({ headCount($0, "reported.deployed") })
    else { return nil }
    return ReportedTotal(label: label, deployed: deployed)
  }

  func contributor(_ node: Node) -> Contributor? {
    guard
      let f = fields(
        node, "contributor",
        allowed: ["country", "iso", "role", "partner_group", "pledged", "earlier_pledges", "deployed", "history"],
        required: ["country", "deployed"])
    else { return nil }
    let country = f["country"].flatMap { text($0, "contributor.country") }
    let iso = f["iso"].flatMap { node -> String? in
      guard let code = text(node, "contributor.iso") else { return nil }
      if code.count != 3 || !code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
        report(
          node, "'\(clean(code))' is not an ISO 3166 alpha-3 country code",
          hint: "three capital letters, such as KEN or JAM")
        return nil
      }
      return code
    }
    let role = f["role"].flatMap { choice($0, "contributor.role", ContributorRole.self) } ?? .contributor
    let partner = f["partner_group"].flatMap { boolean($0, "contributor.partner_group") } ?? false
    let pledged = f["pledged"].flatMap { headCount($0, "contributor.pledged") }
    let deployed = f["deployed"].flatMap { headCount($0, "contributor.deployed") }
    let history = f["history"].map { list($0, "contributor.history", item: deployment).values } ?? []
    let earlierMarked =
      f["earlier_pledges"].map {
        list($0, "contributor.earlier_pledges") { self.headCount($0, "contributor.earlier_pledges") }
      } ?? Listed()
    let earlier = earlierMarked.values
    // An earlier pledge is earlier: the latest is the row's `pledged`.
    for (figure, node) in earlierMarked {
      guard let latest = pledged else {
        report(
          node, "contributor.earlier_pledges: earlier pledges, but no pledged figure",
          hint: "state the latest pledge under pledged")
        break
      }
      if let day = figure.asOf?.lastDay, let latestDay = latest.asOf?.lastDay, day > latestDay {
        report(
          node, "contributor.earlier_pledges: a pledge dated after the row's pledged figure",
          hint: "the latest pledge goes under pledged, earlier ones under earlier_pledges")
      }
    }
    guard let country, let deployed else { return nil }
    return Contributor(
      country: country, iso: iso, role: role, partnerGroup: partner, pledged: pledged, deployed: deployed,
      history: history, earlierPledges: earlier)
  }

  func deployment(_ node: Node) -> Deployment? {
    guard let f = fields(node, "history entry", allowed: ["deployed", "event"], required: ["deployed"]) else {
      return nil
    }
    guard let deployed = f["deployed"].flatMap({ headCount($0, "history.deployed") }) else { return nil }
    return Deployment(deployed: deployed, event: f["event"].flatMap { text($0, "history.event") })
  }

  func assumptions(_ node: Node) -> Assumptions? {
    guard
      let f = fields(
        node, "assumptions",
        allowed: [
          "cost_per_officer_year", "fixed_yearly_cost", "horizon_months", "exchange_rates", "in_hand",
          "stale_after_days", "ranges",
        ],
        required: ["cost_per_officer_year"])
    else { return nil }
    let cost = f["cost_per_officer_year"].flatMap { amount($0, "assumptions.cost_per_officer_year") }
    let fixed = f["fixed_yearly_cost"].flatMap { amount($0, "assumptions.fixed_yearly_cost") } ?? Amount(0)
    var horizon = HeadCount(12)
    if let node = f["horizon_months"],
      let value = headCount(node, "assumptions.horizon_months", what: "horizon in months")
    {
      if value.value < 1 || value.value > 1_200 {
        report(node, "a horizon of \(value.value) months is out of range", hint: "use 1 to 1,200 months")
      } else {
        horizon = value
      }
    }
    var staleness = Staleness()
    if let node = f["stale_after_days"],
      let windows = fields(node, "assumptions.stale_after_days", allowed: ["deployed", "money"], required: [])
    {
      func window(_ key: String) -> Int? {
        guard let node = windows[key], let value = integer(node, "stale_after_days.\(key)", what: "number of days")
        else { return nil }
        guard (1...3_650).contains(value) else {
          report(node, "a staleness window of \(value) days is out of range", hint: "use 1 to 3,650 days")
          return nil
        }
        return value
      }
      staleness.deployedDays = window("deployed") ?? staleness.deployedDays
      staleness.moneyDays = window("money") ?? staleness.moneyDays
    }
    var rates: [String: Amount] = [:]
    if let node = f["exchange_rates"] {
      if document.kind(node) == .mapping {
        for entry in document.entries(node) {
          let code = document.string(entry.key)
          if !Currency.isKnown(code) { currencyReferences.append((code, entry.key)) }
          if let rate = amount(entry.value, "exchange_rates.\(code)", what: "exchange rate") {
            if rate.value <= 0 {
              report(
                entry.value, "the exchange rate for \(clean(code)) must be above zero",
                hint: "write USD per one unit, e.g. CAD: 0.74")
            } else {
              rates[code] = rate
            }
          }
        }
      } else {
        report(
          node, "exchange_rates must be a mapping of currency codes, found \(document.kindName(node))",
          hint: "e.g. exchange_rates: {CAD: 0.74}")
      }
    }
    if let node = f["in_hand"], schema >= 2 {
      report(
        node, "assumptions.in_hand was schema 1's list of statuses counted as money in hand",
        hint: "remove it: cash in hand is now received − spent − frozen, from the flows")
    }
    guard let cost else { return nil }
    var result = Assumptions(
      costPerOfficerYear: cost, fixedYearlyCost: fixed, horizonMonths: horizon, exchangeRates: rates,
      staleness: staleness)
    if let node = f["ranges"] { result.ranges = rangeSpread(node) ?? result.ranges }
    return result
  }

  func source(_ node: Node) -> Source? {
    guard
      let f = fields(
        node, "source", allowed: ["id", "title", "publisher", "published", "address", "note"],
        required: ["id", "title"])
    else { return nil }
    guard let id = f["id"].flatMap({ text($0, "source.id") }),
      let title = f["title"].flatMap({ text($0, "source.title") })
    else { return nil }
    return Source(
      id: id, title: title, publisher: f["publisher"].flatMap { text($0, "source.publisher") },
      published: f["published"].flatMap { text($0, "source.published") },
      address: f["address"].flatMap { text($0, "source.address") },
      note: f["note"].flatMap { text($0, "source.note") })
  }

  func declaredConflict(_ node: Node) -> DeclaredConflict? {
    guard
      let f = fields(
        node, "conflict", allowed: ["id", "topic", "as_of", "claims", "assessment", "figure"],
        required: ["id", "topic", "claims"])
    else { return nil }
    let claims = f["claims"].map {
      list($0, "conflict.claims") { node -> DeclaredConflict.Claim? in
        guard let c = self.fields(node, "claim", allowed: ["value", "sources", "number"], required: ["value"]),
          let value = c["value"].flatMap({ self.text($0, "claim.value") })
        else { return nil }
        return DeclaredConflict.Claim(
          value: value, sources: c["sources"].map { self.sourceList($0, "claim.sources") } ?? [],
          number: c["number"].flatMap { self.decimal($0, "claim.number", what: "claim's number") })
      }.values
    }
    guard let id = f["id"].flatMap({ text($0, "conflict.id") }),
      let topic = f["topic"].flatMap({ text($0, "conflict.topic") })
    else { return nil }
    return DeclaredConflict(
      id: id, topic: topic, claims: claims ?? [],
      assessment: f["assessment"].flatMap { text($0, "conflict.assessment") },
      asOf: f["as_of"].flatMap { date($0, "conflict.as_of") },
      figure: f["figure"].flatMap(conflictFigure))
  }

  func conflictFigure(_ node: Node) -> ConflictFigure? {
    guard let name = text(node, "conflict.figure") else { return nil }
    guard let figure = ConflictFigure(fileName: name) else {
      report(
        node, "conflict.figure: '\(clean(name))' names no figure",
        hint: "write deployed:<country>, pledged:<country>, planned, authorized or target")
      return nil
    }
    return figure
  }

  /// A conflict's figure names a country of the contributors.
  func checkConflictFigures(_ conflicts: Listed<DeclaredConflict>, countries: Set<String>) {
    for (conflict, node) in conflicts {
      switch conflict.figure {
      case .deployed(let country), .pledged(let country):
        if !countries.contains(country) {
          report(
            node, "conflict '\(clean(conflict.id))' names a country '\(clean(country))' that is not a contributor",
            hint: Suggestion.closest(to: country, in: Array(countries)).map { "did you mean '\($0)'?" })
        }
      default:
        break
      }
    }
  }

}
