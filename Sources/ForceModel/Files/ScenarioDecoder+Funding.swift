import Dispatch

/// Funding lines, their flows and the checks across a line's flows; schema 1 lines read as flows.
extension ScenarioDecoder {
  /// How many elements of a deferred list are parsed onto one scratch tape and read together.
  static let batch = 512

  /// The funding list's lines, with the checks across each line's flows made as it is read.
  ///
  /// A deferred list (JSON) has its elements parsed a batch at a time onto a scratch tape that
  /// lasts while they are read; from `linesSplitAt` lines on, each half is read on a thread of
  /// its own, by decoders of its own, whose findings then join this one's in the file's order
  /// — the lines are independent, and reading 100,000 of them was a third of opening the file.
  func fundingLines(_ node: Node) -> Listed<FundingLine> {
    if let split = document.fundingSplit, document.kind(node) == .null { return splitLines(split) }
    let offsets = document.deferredElements(node)
    let count = document.childCount(node)
    let parts = count >= max(linesSplitAt, 2) ? 2 : 1
    guard document.kind(node) == .sequence, offsets != nil || parts == 2 else {
      return list(node, "funding", item: fundingLine)
    }
    var items: [Node] = []
    if offsets == nil {
      items.reserveCapacity(count)
      document.forEachChild(node) { items.append($0) }
    }
    let readers = (0..<parts).map { _ in reader() }
    let bounds = [0, parts == 2 ? count / 2 : count, count]
    // Each part is read into its own stretch of one array, the second then moved down to
    // follow the first's last line: two lists joined would hold half the lines twice.
    var read = [0, 0]
    var nodes = [Node](repeating: Node(index: 0), count: count)
    let lines = [FundingLine](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      read.withUnsafeMutableBufferPointer { readSlots in
        nodes.withUnsafeMutableBufferPointer { nodeSlots in
          let (read, nodes) = (readSlots, nodeSlots)
          let work = { (part: Int) in
            let range = bounds[part]..<bounds[part + 1]
            readers[part].readLines(range, offsets: offsets, items: items) { line, node in
              (base + bounds[part] + read[part]).initialize(to: line)
              nodes[bounds[part] + read[part]] = node
              read[part] += 1
            }
          }
          if parts == 2 {
            let box = UnsafeSendable(work)
            DispatchQueue.concurrentPerform(iterations: 2) { box.value($0) }
            for index in 0..<read[1] { nodes[read[0] + index] = nodes[bounds[1] + index] }
          } else {
            work(0)
          }
        }
      }
      if parts == 2 { (base + read[0]).moveInitialize(from: base + bounds[1], count: read[1]) }
      initialized = read[0] + read[1]
    }
    nodes.removeSubrange(lines.count...)
    for reader in readers { absorb(reader) }
    return Listed(values: lines, nodes: nodes)
  }

  /// The lines of a YAML funding list cut out of the file (`YAMLFundingSplit`): each half
  /// parsed and read on a thread of its own by a decoder of its own, whose findings then join
  /// this one's in the file's order. A half that does not parse leaves `readSplit` false, for
  /// the file to be read again whole.
  func splitLines(_ split: YAMLFundingSplit) -> Listed<FundingLine> {
    var halves: [(reader: ScenarioDecoder, lines: Listed<FundingLine>)?] = [nil, nil]
    halves.withUnsafeMutableBufferPointer { buffer in
      let slots = buffer
      let read = UnsafeSendable { (part: Int) in
        guard let tape = YAMLDocumentParser.parseHalf(split.halves[part], of: split, file: self.file) else { return }
        let reader = self.reader(on: tape)
        var lines = Listed<FundingLine>(capacity: tape.childCount(tape.root))
        tape.forEachChild(tape.root) { item in
          if let line = reader.fundingLine(item) { lines.append(line, tape.lasting(item)) }
        }
        slots[part] = (reader, lines)
      }
      DispatchQueue.concurrentPerform(iterations: split.halves.count) { read.value($0) }
    }
    guard let first = halves[0], let second = halves[1] else { return Listed() }
    readSplit = true
    absorb(first.reader)
    absorb(second.reader)
    return Listed(
      values: first.lines.values + second.lines.values, nodes: first.lines.nodes + second.lines.nodes)
  }

  /// A decoder for a part of the funding list, knowing what this one knows, with a line index
  /// of its own (it may run on another thread).
  func reader(on tape: Document? = nil) -> ScenarioDecoder {
    let reader = ScenarioDecoder(file: file, document: tape ?? document.withOwnLineIndex())
    reader.schema = schema
    reader.citable = citable
    reader.flowRules = flowRules
    reader.readsPlainLines = readsPlainLines
    return reader
  }

  /// Reads the lines at `range` of the funding list — on this tape (`items`), or from a
  /// deferred list (`offsets`), a batch at a time onto a scratch tape read by a decoder of its
  /// own — handing each line read to `add` with the node it lasts as. A deferred line that is
  /// not JSON stops the reading (`unparsedLine`).
  func readLines(
    _ range: Range<Int>, offsets: [UInt32]?, items: [Node], add: (FundingLine, Node) -> Void
  ) {
    guard let offsets else {
      for position in range {
        if let line = fundingLine(items[position]) { add(line, items[position]) }
      }
      return
    }
    document.file.withUnsafeBufferPointer { bytes in
      var plain = FundingLineReader(bytes: bytes, decoder: self)
      var tape = document.scratch()
      var start = range.lowerBound
      while start < range.upperBound {
        let end = min(start + Self.batch, range.upperBound)
        tape.rollBack(to: (0, 0))
        // Each line read straight from the bytes (`FundingLineReader`), or parsed onto the
        // batch's tape to be read the general way.
        var roots: [(root: Node?, read: FundingLineReader.Read?, offset: Int)] = []
        roots.reserveCapacity(end - start)
        for position in start..<end {
          let offset = Int(offsets[position])
          if readsPlainLines, schema != 1, let read = plain.read(at: offset) {
            roots.append((nil, read, offset))
            continue
          }
          do throws(ScenarioDiagnostic) {
            roots.append((try JSONDocumentParser.parseElement(at: offset, onto: &tape, file: file), nil, offset))
          } catch {
            unparsedLine = error
            return
          }
        }
        // A decoder on this batch's tape, with the names met so far; its findings join these.
        let batch = reader(on: tape)
        swap(&batch.interned, &interned)
        for (root, read, offset) in roots {
          if let read {
            batch.took(read)
            add(read.line, .inFile(at: offset))
          } else if let root, let line = batch.fundingLine(root) {
            add(line, .inFile(at: offset))
          }
        }
        swap(&batch.interned, &interned)
        absorb(batch)
        start = end
      }
    }
  }

  /// Notes what the general way notes of a line it reads, for one read straight from the bytes:
  /// its period, to check against the mission's, and what the checks across its flows find.
  func took(_ read: FundingLineReader.Read) {
    if let period = read.line.period, let node = read.period { linePeriods.append((period, node)) }
    flowProblems += checkFlows(read.line, nodes: read.flowNodes)
  }

  /// A funding line's keys, read by place.
  enum LineKey: Int, FieldKey {
    case id, donor, channel, form, currency, purpose, ceiling, counted, period, flows
    static let names = [
      "id", "donor", "channel", "form", "currency", "purpose", "ceiling", "counted", "period", "flows",
    ]
  }
  static let lineKeys = LineKey.names
  static let lineRequired = ["id", "donor", "channel"]

  /// A flow's keys, read by place.
  enum FlowKey: Int, FieldKey {
    case stage, amount, currency, qualifier, date, toDate, since, due, from, sources, note, derived
    static let names = [
      "stage", "amount", "currency", "qualifier", "date", "to_date", "since", "due", "from", "sources", "note",
      "derived",
    ]
  }
  static let flowKeys = FlowKey.names
  static let flowRequired = ["stage", "amount"]
  static let stageNames = FlowStage.allCases.map(\.rawValue)
  /// The stages', channels' and forms' cases and names, made once: a name is looked up from a
  /// value's bytes (no string made) and its case taken by place (`allCases` makes an array at
  /// every call, 400,000 times in a large file).
  static let stages = (cases: Array(FlowStage.allCases), names: stageNames)
  static let channels = (cases: Array(FundingChannel.allCases), names: FundingChannel.allCases.map(\.rawValue))
  static let forms = (cases: Array(FundingForm.allCases), names: FundingForm.allCases.map(\.rawValue))

  func fundingLine(_ node: Node) -> FundingLine? {
    if schema == 1 {
      return fundingLineSchema1(node)
    }
    guard
      let f = fields(
        node, "funding line",
        allowed: Self.lineKeys, required: Self.lineRequired)
    else { return nil }
    let id = f[LineKey.id].flatMap { text($0, "funding.id") }
    let donor = f[LineKey.donor].flatMap { text($0, "funding.donor") }.map { interned.name($0) }
    let channel = f[LineKey.channel].flatMap {
      choice($0, "funding.channel", FundingChannel.self, known: Self.channels)
    }
    let form = f[LineKey.form].flatMap { choice($0, "funding.form", FundingForm.self, known: Self.forms) } ?? .cash
    let code = f[LineKey.currency].flatMap { currency($0, "funding.currency") } ?? "USD"
    let counted = f[LineKey.counted].flatMap { boolean($0, "funding.counted") } ?? true
    let ceiling = f[LineKey.ceiling].flatMap { amount($0, "funding.ceiling") }
    let flows = f[LineKey.flows].map { list($0, "funding.flows", item: flow) } ?? Listed()
    guard let id, let donor, let channel else { return nil }
    let line = FundingLine(
      id: id, donor: donor, channel: channel, form: form, currency: code,
      purpose: f[LineKey.purpose].flatMap { text($0, "funding.purpose") }, flows: flows.values, ceiling: ceiling,
      counted: counted,
      period: f[LineKey.period].flatMap { node in
        text(node, "funding.period").map { id in
          linePeriods.append((id, document.lasting(node)))
          return id
        }
      })
    flowProblems += checkFlows(line, nodes: flows.nodes)
    return line
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
    let stage = f[FlowKey.stage].flatMap { choice($0, "flow.stage", FlowStage.self, known: Self.stages) }
    let value = f[FlowKey.amount].flatMap { decimal($0, "flow.amount", what: "amount") }
    let qualifier = f[FlowKey.qualifier].flatMap { qualifierValue($0, "flow.qualifier") } ?? .exact
    let date = f[FlowKey.date].flatMap { self.date($0, "flow.date") }
    let from = f[FlowKey.from].flatMap { choice($0, "flow.from", FlowStage.self, known: Self.stages) }
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

  /// The checks across one line's flows, made as the line is read (where `nodes`, its flows',
  /// are on the tape): nothing before the pledge, never more spent than received. What they
  /// find is kept apart, to be reported after the checks across the whole file, as before.
  func checkFlows(_ line: FundingLine, nodes: [Node]) -> [ScenarioDiagnostic] {
    guard nodes.count == line.flows.count else { return [] }
    var problems: [ScenarioDiagnostic] = []
    func report(_ node: Node, _ message: String, hint: String) {
      problems.append(ScenarioDiagnostic(file: file, mark: document.mark(node), message: message, hint: hint))
    }
    // The flows are looked at by index, each field where it lies: a loop over them copied each
    // flow (a retain for each reference in it), for each of 400,000 flows.
    let flows = line.flows
    var pledge: AsOf?
    for index in flows.indices where flows[index].stage == .pledge {
      if let date = flows[index].amount.asOf, pledge.map({ date < $0 }) ?? true { pledge = date }
    }
    if let pledge {
      for index in flows.indices where flows[index].stage != .pledge && flows[index].stage != .cancelled {
        guard let date = flows[index].amount.asOf, date.lastDay < pledge.firstDay else { continue }
        report(
          nodes[index],
          "funding line '\(clean(line.id))': \(flows[index].stage.rawValue) dated \(date) is before the line's pledge (\(pledge))",
          hint: "check the date, or put the money that came before the pledge on its own line")
      }
    }
    // Spent against received on each day spending is reported, converted where a flow is in
    // another currency (and not checked where no rate says how), with this decoder's rates.
    guard let lineRate = rates.usdPerUnit(line.currency), lineRate > 0 else { return problems }
    for index in flows.indices where flows[index].stage == .spent {
      guard let day = flows[index].day else { continue }
      var ledger = LineLedger()
      let filled = withUnsafePointer(to: line) {
        LineLedger.fill(&ledger, line: $0, on: day, lineRate: lineRate, rates: &rates)
      }
      guard filled else { continue }
      if ledger.spent > ledger.received * (1 + 1e-9) + 0.5 {
        report(
          nodes[index],
          "funding line '\(clean(line.id))': spent \(Format.money(ledger.spent / lineRate, currency: line.currency)) by \(flows[index].amount.asOf.map { "\($0)" } ?? "then") is more than the \(Format.money(ledger.received / lineRate, currency: line.currency)) received by then",
          hint: "money is received before it is spent: add the receipt, or check the amounts")
      }
    }
    return problems
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
