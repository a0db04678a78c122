/// Unsaved what-if edits, written as they are made so that a crash or a killed terminal loses
/// none of them.
///
/// A journal names the scenario it belongs to (an absolute path, or `builtin`) and the digest of
/// the file the edits apply to, so it is only ever replayed on the same version of that file.
/// `edits` go forward from that file to the unsaved state. When the user has undone past a
/// save, no forward list exists, and `edits` is one `replaceAll` with the whole scenario.
public struct EditJournal: Sendable, Hashable {
  /// The journal format this version writes; a journal of another is offered, not applied silently.
  public static let version = 1

  /// The scenario file the edits were made to.
  public var source: String
  /// That file's content when editing began: the edits apply to it only.
  public var digest: ContentDigest
  /// The edits in the order they were made.
  public var edits: [Edit]

  /// A journal of `edits` made to `source` as it was (`digest`).
  public init(source: String, digest: ContentDigest, edits: [Edit]) {
    self.source = source
    self.digest = digest
    self.edits = edits
  }

  /// Where one editing instance keeps the journal of a scenario: named by a digest of the
  /// scenario's path and by the instance, so two instances editing one file never write over
  /// each other's edits. `folder` is `$XDG_STATE_HOME/forceboard`.
  public static func path(for source: String, instance: String, in folder: String) -> String {
    "\(folder)/\(prefix(for: source))\(instance).json"
  }

  /// The start of the name of every journal of a scenario, whichever instance wrote it.
  public static func prefix(for source: String) -> String { "journal-\(ContentDigest(source))-" }

  /// The name an earlier version (one journal per scenario) gave its journals; still read.
  public static func legacyName(for source: String) -> String { "journal-\(ContentDigest(source)).json" }

  /// The journal as JSON text.
  public func encoded() -> String {
    DocumentWriter.json(
      ScenarioEncoder.map([
        ("forceboard_journal", ScenarioEncoder.int(Self.version)),
        ("source", ScenarioEncoder.text(source)),
        ("digest", ScenarioEncoder.text(digest.description)),
        ("edits", .sequence(edits.map(Self.encode))),
      ]))
  }

  /// Reads a journal file; `file` names it in any error.
  public static func decode(bytes: [UInt8], file: String) throws(ScenarioFileError) -> EditJournal {
    let document = try ScenarioText.document(bytes: bytes, file: file)
    let decoder = ScenarioDecoder(file: file, document: document)
    guard
      let f = decoder.fields(
        document.root, "the journal", allowed: ["forceboard_journal", "source", "digest", "edits"],
        required: ["forceboard_journal", "source", "digest", "edits"])
    else { throw .invalid(decoder.diagnostics) }
    if let node = f["forceboard_journal"], document.kind(node) == .scalar || document.kind(node) == .quoted,
      case let text = document.string(node), Int(text) != version
    {
      decoder.report(node, "journal version \(text) is not \(version)", hint: "a newer ForceBoard wrote it")
    }
    let source = f["source"].flatMap { decoder.text($0, "source") }
    let digest = f["digest"].flatMap { node -> ContentDigest? in
      guard let text = decoder.text(node, "digest") else { return nil }
      guard let digest = ContentDigest(hex: text) else {
        decoder.report(node, "digest: expected 16 hexadecimal digits")
        return nil
      }
      return digest
    }
    let edits = f["edits"].map { decoder.list($0, "edits") { decodeEdit($0, decoder) }.values } ?? []
    guard decoder.diagnostics.isEmpty, let source, let digest else { throw .invalid(decoder.diagnostics) }
    return EditJournal(source: source, digest: digest, edits: edits)
  }

  // MARK: - One edit

  static func encode(_ edit: Edit) -> DocumentNode {
    typealias E = ScenarioEncoder
    func kind(_ name: String) -> (String, DocumentNode?) { ("edit", .scalar(name, quoted: false)) }
    switch edit {
    case .deployed(let country, let figure):
      return E.map([kind("deployed"), ("country", E.text(country)), ("value", E.headCount(figure))])
    case .pledged(let country, let figure):
      return E.map([kind("pledged"), ("country", E.text(country)), ("value", E.headCount(figure))])
    case .planned(let figure): return E.map([kind("planned"), ("value", E.headCount(figure))])
    case .target(let figure): return E.map([kind("target"), ("value", E.headCount(figure))])
    case .stageTotal(let id, let stage, let amount):
      return E.map([
        kind("stage_total"), ("id", E.text(id)), ("stage", .scalar(stage.rawValue, quoted: false)),
        ("value", E.amount(amount)),
      ])
    case .addFlow(let id, let flow):
      return E.map([kind("add_flow"), ("id", E.text(id)), ("flow", E.flow(flow))])
    case .fundingForm(let id, let form):
      return E.map([kind("funding_form"), ("id", E.text(id)), ("form", .scalar(form.rawValue, quoted: false))])
    case .fundingCurrency(let id, let code):
      return E.map([kind("funding_currency"), ("id", E.text(id)), ("currency", E.text(code))])
    case .fundingCounted(let id, let counted):
      return E.map([kind("funding_counted"), ("id", E.text(id)), ("counted", E.bool(counted))])
    case .costPerOfficerYear(let amount): return E.map([kind("cost_per_officer_year"), ("value", E.amount(amount))])
    case .fixedYearlyCost(let amount): return E.map([kind("fixed_yearly_cost"), ("value", E.amount(amount))])
    case .horizonMonths(let months): return E.map([kind("horizon_months"), ("value", E.headCount(months))])
    case .exchangeRate(let code, let rate):
      return E.map([kind("exchange_rate"), ("currency", E.text(code)), ("value", E.amount(rate))])
    case .periodBudget(let id, let budget):
      return E.map([kind("period_budget"), ("id", E.text(id)), ("value", E.amount(budget))])
    case .addContributor(let contributor):
      return E.map([kind("add_contributor"), ("contributor", ScenarioEncoder.contributor(contributor))])
    case .removeContributor(let country):
      return E.map([kind("remove_contributor"), ("country", E.text(country))])
    case .addFundingLine(let line):
      return E.map([kind("add_funding_line"), ("line", ScenarioEncoder.fundingLine(line))])
    case .removeFundingLine(let id): return E.map([kind("remove_funding_line"), ("id", E.text(id))])
    case .addPlannedEvent(let plan, let event):
      return E.map([kind("add_planned_event"), ("plan", E.text(plan)), ("event", E.event(event))])
    case .plannedEvent(let plan, let event):
      return E.map([kind("planned_event"), ("plan", E.text(plan)), ("event", E.event(event))])
    case .removePlannedEvent(let plan, let id):
      return E.map([kind("remove_planned_event"), ("plan", E.text(plan)), ("id", E.text(id))])
    case .replaceAll(let scenario): return E.map([kind("replace_all"), ("scenario", ScenarioEncoder.encode(scenario))])
    }
  }

  static let kinds = [
    "deployed", "pledged", "planned", "target", "stage_total", "add_flow", "funding_form", "funding_currency",
    "funding_counted", "cost_per_officer_year", "fixed_yearly_cost", "horizon_months", "exchange_rate",
    "period_budget",
    "add_contributor", "remove_contributor", "add_funding_line", "remove_funding_line", "replace_all",
    "add_planned_event", "planned_event", "remove_planned_event",
  ]

  static func decodeEdit(_ node: Document.Node, _ d: ScenarioDecoder) -> Edit? {
    guard
      let f = d.fields(
        node, "edit",
        allowed: [
          "edit", "country", "value", "id", "stage", "flow", "form", "currency", "counted", "contributor", "line",
          "scenario", "plan", "event",
        ], required: ["edit"]),
      let kindNode = f["edit"], let kind = d.text(kindNode, "edit")
    else { return nil }
    let reader = EditReader(fields: f, decoder: d, node: node, kind: kind)
    if forceKinds.contains(kind) { return decodeForceEdit(reader) }
    if kind.hasSuffix("planned_event") { return decodePlanEdit(reader) }
    if fundingKinds.contains(kind) { return decodeFundingEdit(reader) }
    if kinds.contains(kind) { return decodeOtherEdit(reader) }
    d.report(
      kindNode, "unknown edit '\(TextSanitizer.clean(kind, limit: 30))'",
      hint: Suggestion.hint(for: kind, in: kinds))
    return nil
  }

  static let forceKinds: Set = ["deployed", "pledged", "planned", "target", "add_contributor", "remove_contributor"]
  static let fundingKinds: Set = [
    "stage_total", "add_flow", "funding_form", "funding_currency", "funding_counted", "add_funding_line",
    "remove_funding_line",
  ]

  /// Edits of a plan: an event added, changed or removed.
  private static func decodePlanEdit(_ r: EditReader) -> Edit? {
    guard let plan = r.string("plan") else { return r.missing("plan") }
    if r.kind == "remove_planned_event" {
      guard let id = r.string("id") else { return r.missing("id") }
      return .removePlannedEvent(plan: plan, id: id)
    }
    guard let event = r.fields["event"].flatMap(r.decoder.plannedEvent) else { return r.missing("event") }
    return r.kind == "add_planned_event" ? .addPlannedEvent(plan: plan, event) : .plannedEvent(plan: plan, event)
  }

  /// Edits of the force: counts, strengths, countries added or removed.
  private static func decodeForceEdit(_ r: EditReader) -> Edit? {
    switch r.kind {
    case "deployed":
      guard let country = r.string("country") else { return r.missing("country") }
      guard let value = r.head("deployed") else { return r.missing("value") }
      return .deployed(country: country, value)
    case "pledged":
      guard let country = r.string("country") else { return r.missing("country") }
      return .pledged(country: country, r.head("pledged"))
    case "planned": return .planned(r.head("planned"))
    case "target": return .target(r.head("target"))
    case "add_contributor":
      guard let contributor = r.fields["contributor"].flatMap(r.decoder.contributor) else {
        return r.missing("contributor")
      }
      return .addContributor(contributor)
    case "remove_contributor":
      guard let country = r.string("country") else { return r.missing("country") }
      return .removeContributor(country: country)
    default: return nil
    }
  }

  /// Edits of the money: stage totals, flows, form, currency, whether a line counts, lines added or removed.
  private static func decodeFundingEdit(_ r: EditReader) -> Edit? {
    switch r.kind {
    case "stage_total":
      guard let id = r.string("id") else { return r.missing("id") }
      guard let stage = r.fields["stage"].flatMap({ r.decoder.choice($0, "edit.stage", FlowStage.self) }) else {
        return r.missing("stage")
      }
      guard let value = r.money("amount") else { return r.missing("value") }
      return .stageTotal(id: id, stage: stage, value)
    case "add_flow":
      guard let id = r.string("id") else { return r.missing("id") }
      guard let flow = r.fields["flow"].flatMap(r.decoder.flow) else { return r.missing("flow") }
      return .addFlow(id: id, flow)
    case "funding_form":
      guard let id = r.string("id") else { return r.missing("id") }
      guard let form = r.fields["form"].flatMap({ r.decoder.choice($0, "edit.form", FundingForm.self) }) else {
        return r.missing("form")
      }
      return .fundingForm(id: id, form)
    case "funding_currency":
      guard let id = r.string("id") else { return r.missing("id") }
      guard let code = r.string("currency") else { return r.missing("currency") }
      return .fundingCurrency(id: id, code)
    case "funding_counted":
      guard let id = r.string("id") else { return r.missing("id") }
      guard let counted = r.fields["counted"].flatMap({ r.decoder.boolean($0, "edit.counted") }) else {
        return r.missing("counted")
      }
      return .fundingCounted(id: id, counted)
    case "add_funding_line":
      guard let line = r.fields["line"].flatMap(r.decoder.fundingLine) else { return r.missing("line") }
      return .addFundingLine(line)
    case "remove_funding_line":
      guard let id = r.string("id") else { return r.missing("id") }
      return .removeFundingLine(id: id)
    default: return nil
    }
  }

  /// Edits of the assumptions and periods, and a whole scenario replaced.
  private static func decodeOtherEdit(_ r: EditReader) -> Edit? {
    switch r.kind {
    case "cost_per_officer_year":
      guard let value = r.money("cost per officer-year") else { return r.missing("value") }
      return .costPerOfficerYear(value)
    case "fixed_yearly_cost":
      guard let value = r.money("fixed yearly cost") else { return r.missing("value") }
      return .fixedYearlyCost(value)
    case "horizon_months":
      guard let value = r.head("horizon") else { return r.missing("value") }
      return .horizonMonths(value)
    case "exchange_rate":
      guard let code = r.string("currency") else { return r.missing("currency") }
      return .exchangeRate(currency: code, r.money("exchange rate"))
    case "period_budget":
      guard let id = r.string("id") else { return r.missing("id") }
      return .periodBudget(id: id, r.money("budget"))
    case "replace_all":
      guard let node = r.fields["scenario"] else { return r.missing("scenario") }
      // A scenario inside a journal is checked by its own decoder, whose problems join ours.
      let inner = ScenarioDecoder(file: r.decoder.file, document: r.decoder.document)
      let scenario = inner.decode(node)
      for diagnostic in inner.diagnostics {
        r.decoder.report(diagnostic.mark, diagnostic.message, hint: diagnostic.hint)
      }
      return scenario.map { .replaceAll($0) }
    default: return nil
    }
  }
}

/// One journal edit's fields, with the readers every kind of edit uses.
struct EditReader {
  let fields: ScenarioDecoder.Fields
  let decoder: ScenarioDecoder
  let node: Document.Node
  let kind: String

  func head(_ path: String) -> HeadCount? { fields["value"].flatMap { decoder.headCount($0, path) } }
  func money(_ path: String) -> Amount? { fields["value"].flatMap { decoder.amount($0, path) } }
  func string(_ key: String) -> String? { fields[key].flatMap { decoder.text($0, "edit.\(key)") } }

  /// Says which key the edit lacks, and reads nothing.
  func missing(_ key: String) -> Edit? {
    decoder.report(node, "edit '\(kind)' is missing '\(key)'")
    return nil
  }
}
