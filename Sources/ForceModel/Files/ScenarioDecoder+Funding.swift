import Dispatch

/// Funding lines, their flows and the checks across a line's flows; schema 1 lines read as flows.
extension ScenarioDecoder {
  /// The funding list's lines; from `linesSplitAt` lines on, each half read on a thread of its own
  /// by a decoder of its own, whose findings then join this one's in the file's order — the
  /// lines are independent, and reading 100,000 of them was a third of opening the file.
  func fundingLines(_ node: Node) -> Listed<FundingLine> {
    let count = document.childCount(node)
    guard document.kind(node) == .sequence, count >= max(linesSplitAt, 2) else {
      return list(node, "funding", item: fundingLine)
    }
    var items: [Node] = []
    items.reserveCapacity(count)
    document.forEachChild(node) { items.append($0) }
    let half = items.count / 2
    let helper = ScenarioDecoder(file: file, document: document.withOwnLineIndex())
    helper.schema = schema
    helper.citable = citable
    // Each half is read into its own part of one array, the second then moved down to follow
    // the first's last line: two lists joined would hold half the lines twice at the peak.
    var read = [0, 0]
    var nodes = [[Node](), [Node]()]
    let lines = [FundingLine](unsafeUninitializedCapacity: items.count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      read.withUnsafeMutableBufferPointer { read in
        nodes.withUnsafeMutableBufferPointer { nodes in
          let box = UnsafeSendable((decoders: [self, helper], items: items, base: base, read: read, nodes: nodes))
          DispatchQueue.concurrentPerform(iterations: 2) { part in
            let (decoders, items, base, read, nodes) = box.value
            let start = part == 0 ? 0 : half
            for item in items[start..<(part == 0 ? half : items.count)] {
              guard let line = decoders[part].fundingLine(item) else { continue }
              (base + start + read[part]).initialize(to: line)
              read[part] += 1
              nodes[part].append(item)
            }
          }
        }
      }
      (base + read[0]).moveInitialize(from: base + half, count: read[1])
      initialized = read[0] + read[1]
    }
    absorb(helper)
    return Listed(values: lines, nodes: nodes[0] + nodes[1])
  }

  /// A funding line's keys, read by place.
  enum LineKey: Int, FieldKey {
    case id, donor, channel, form, currency, purpose, ceiling, counted, period, flows
  }
  static let lineKeys = LineKey.names
  static let lineRequired = ["id", "donor", "channel"]

  /// A flow's keys, read by place.
  enum FlowKey: Int, FieldKey {
    case stage, amount, currency, qualifier, date, toDate, since, due, from, sources, note, derived
    var name: String { self == .toDate ? "to_date" : String(describing: self) }
  }
  static let flowKeys = FlowKey.names
  static let flowRequired = ["stage", "amount"]
  static let stageNames = FlowStage.allCases.map(\.rawValue)

  func fundingLine(_ node: Node) -> FundingLine? {
    if schema == 1 {
      let line = fundingLineSchema1(node)
      if line != nil { flowNodes.append(list: nil, read: [], in: document) }
      return line
    }
    guard
      let f = fields(
        node, "funding line",
        allowed: Self.lineKeys, required: Self.lineRequired)
    else { return nil }
    let id = f[LineKey.id].flatMap { text($0, "funding.id") }
    let donor = f[LineKey.donor].flatMap { text($0, "funding.donor") }.map { interned.name($0) }
    let channel = f[LineKey.channel].flatMap { choice($0, "funding.channel", FundingChannel.self) }
    let form = f[LineKey.form].flatMap { choice($0, "funding.form", FundingForm.self) } ?? .cash
    let code = f[LineKey.currency].flatMap { currency($0, "funding.currency") } ?? "USD"
    let counted = f[LineKey.counted].flatMap { boolean($0, "funding.counted") } ?? true
    let ceiling = f[LineKey.ceiling].flatMap { amount($0, "funding.ceiling") }
    let flows = f[LineKey.flows].map { list($0, "funding.flows", item: flow) } ?? Listed()
    guard let id, let donor, let channel else { return nil }
    flowNodes.append(list: f[LineKey.flows], read: flows.nodes, in: document)
    return FundingLine(
      id: id, donor: donor, channel: channel, form: form, currency: code,
      purpose: f[LineKey.purpose].flatMap { text($0, "funding.purpose") }, flows: flows.values, ceiling: ceiling,
      counted: counted,
      period: f[LineKey.period].flatMap { node in
        text(node, "funding.period").map { id in
          linePeriods.append((id, node))
          return id
        }
      })
  }

  /// A schema 1 line: one status and one amount, read as the matching flow with a note saying so.
  func fundingLineSchema1(_ node: Node) -> FundingLine? {
    guard
      let f = fields(
        node, "funding line",
        allowed: ["id", "donor", "channel", "status", "amount", "currency", "purpose", "counted"],
        required: ["id", "donor", "channel", "status", "amount"])
    else { return nil }
    let id = f["id"].flatMap { text($0, "funding.id") }
    let donor = f["donor"].flatMap { text($0, "funding.donor") }
    let channelName = f["channel"].flatMap { node -> String? in
      guard let name = text(node, "funding.channel") else { return nil }
      let names = FundingChannel.allCases.map(\.rawValue) + ["in_kind"]
      guard names.contains(name) else {
        report(
          node, "funding.channel: unknown value '\(clean(name))'", hint: Suggestion.hint(for: name, in: names))
        return nil
      }
      return name
    }
    let statuses = ["pledged", "committed", "ceiling", "disbursed"]
    let status = f["status"].flatMap { node -> String? in
      guard let name = text(node, "funding.status") else { return nil }
      guard statuses.contains(name) else {
        report(
          node, "funding.status: unknown value '\(clean(name))'", hint: Suggestion.hint(for: name, in: statuses))
        return nil
      }
      return name
    }
    let value = f["amount"].flatMap { amount($0, "funding.amount") }
    let code = f["currency"].flatMap { currency($0, "funding.currency") } ?? "USD"
    let counted = f["counted"].flatMap { boolean($0, "funding.counted") } ?? true
    guard let id, let donor, let channelName, let status, var value else { return nil }
    let stage: FlowStage? =
      switch status {
      case "pledged": .pledge
      case "committed": .commitment
      case "disbursed": .received
      default: nil
      }
    let migration =
      "read from schema 1 status '\(status)'"
      + (stage.map { " as a \($0.rawValue) flow" } ?? " as a ceiling, never counted as money")
      + (channelName == "in_kind" ? "; channel in_kind read as form in_kind" : "")
    value.note = value.note.map { "\($0) (\(migration))" } ?? migration
    return FundingLine(
      id: id, donor: donor, channel: FundingChannel(rawValue: channelName) ?? .bilateral,
      form: channelName == "in_kind" ? .inKind : .cash, currency: code,
      purpose: f["purpose"].flatMap { text($0, "funding.purpose") },
      flows: stage.map { [Flow($0, value)] } ?? [], ceiling: stage == nil ? value : nil, counted: counted)
  }

  /// One flow: a flat mapping of stage, amount, date and sources.
  func flow(_ node: Node) -> Flow? {
    guard
      let f = fields(
        node, "flow", allowed: Self.flowKeys, required: Self.flowRequired)
    else { return nil }
    let stage = f[FlowKey.stage].flatMap { choice($0, "flow.stage", FlowStage.self, names: Self.stageNames) }
    let value = f[FlowKey.amount].flatMap { decimal($0, "flow.amount", what: "amount") }
    let qualifier = f[FlowKey.qualifier].flatMap { qualifierValue($0, "flow.qualifier") } ?? .exact
    let date = f[FlowKey.date].flatMap { self.date($0, "flow.date") }
    let from = f[FlowKey.from].flatMap { choice($0, "flow.from", FlowStage.self) }
    guard let stage, let value else { return nil }
    if let node = f[FlowKey.from], let from {
      if stage != .frozen && stage != .cancelled {
        report(
          node, "flow.from: only a frozen or cancelled flow takes money back from a stage", hint: "remove 'from'")
      } else if ![.pledge, .commitment, .received].contains(from) {
        report(
          node, "flow.from: money is frozen or cancelled from pledge, commitment or received, not \(from.rawValue)"
        )
      }
    }
    if let node = f[FlowKey.since], stage != .spent {
      report(node, "flow.since: only spending covers a span", hint: "remove 'since', or make the stage 'spent'")
    }
    if let node = f[FlowKey.due], stage != .commitment {
      report(node, "flow.due: only a commitment has a due date", hint: "remove 'due'")
    }
    let amount = Amount(
      value, qualifier, sources: f[FlowKey.sources].map { sourceList($0, "flow.sources") } ?? [], asOf: date,
      note: f[FlowKey.note].flatMap { text($0, "flow.note") },
      derivation: f[FlowKey.derived].flatMap { text($0, "flow.derived") })
    return Flow(
      stage, amount, toDate: f[FlowKey.toDate].flatMap { boolean($0, "flow.to_date") } ?? false,
      since: f[FlowKey.since].flatMap { self.date($0, "flow.since") },
      due: f[FlowKey.due].flatMap { self.date($0, "flow.due") },
      from: from, currency: f[FlowKey.currency].flatMap { currency($0, "flow.currency") })
  }

  /// The checks across one line's flows: nothing before the pledge, never more spent than
  /// received. A flow's node is looked up only to report it.
  func checkFlows(_ line: FundingLine, at index: Int, rates: inout RateCache, assumptions: Assumptions) {
    guard flowNodes.count(of: index, in: document) == line.flows.count else { return }
    var pledge: AsOf?
    for flow in line.flows where flow.stage == .pledge {
      if let date = flow.amount.asOf, pledge.map({ date < $0 }) ?? true { pledge = date }
    }
    if let pledge {
      for (place, flow) in line.flows.enumerated() where flow.stage != .pledge && flow.stage != .cancelled {
        guard let date = flow.amount.asOf, date.lastDay < pledge.firstDay else { continue }
        report(
          flowNodes.node(of: index, flow: place, in: document),
          "funding line '\(clean(line.id))': \(flow.stage.rawValue) dated \(date) is before the line's pledge (\(pledge))",
          hint: "check the date, or put the money that came before the pledge on its own line")
      }
    }
    // Spent against received on each day spending is reported, converted where a flow is in
    // another currency (and not checked where no rate says how).
    guard let lineRate = rates.usdPerUnit(line.currency), lineRate > 0 else { return }
    for (place, flow) in line.flows.enumerated() where flow.stage == .spent {
      guard let day = flow.day, let ledger = line.ledger(on: day, assumptions: assumptions)
      else { continue }
      if ledger.spent > ledger.received * (1 + 1e-9) + 0.5 {
        report(
          flowNodes.node(of: index, flow: place, in: document),
          "funding line '\(clean(line.id))': spent \(Format.money(ledger.spent / lineRate, currency: line.currency)) by \(flow.amount.asOf.map { "\($0)" } ?? "then") is more than the \(Format.money(ledger.received / lineRate, currency: line.currency)) received by then",
          hint: "money is received before it is spent: add the receipt, or check the amounts")
      }
    }
  }

  func fundingTotal(_ node: Node) -> FundingTotal? {
    guard
      let f = fields(
        node, "funding total", allowed: ["id", "label", "amount", "currency", "parts"],
        required: ["id", "label", "amount", "parts"])
    else { return nil }
    let id = f["id"].flatMap { text($0, "funding_totals.id") }
    let label = f["label"].flatMap { text($0, "funding_totals.label") }
    let value = f["amount"].flatMap { amount($0, "funding_totals.amount") }
    let code = f["currency"].flatMap { currency($0, "funding_totals.currency") } ?? "USD"
    let parts = f["parts"].map { list($0, "funding_totals.parts") { self.text($0, "part") }.values } ?? []
    guard let id, let label, let value else { return nil }
    return FundingTotal(id: id, label: label, amount: value, currency: code, parts: parts)
  }
}
