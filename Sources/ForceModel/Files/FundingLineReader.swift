/// Reads a funding line of a JSON file straight from its bytes into the model: the plain shape
/// a large file repeats a hundred thousand times, with no tape of nodes in between.
///
/// Parsing each line onto a tape and then reading the tape back was two thirds of opening a
/// file of 100,000 lines. This reader knows a line's keys and a flow's, and reads each value
/// where it stands. It gives up — returns nil — at anything it would have to report, or that it
/// does not read itself: an escape in a string, a number with a fraction or a sign, a figure
/// written as a mapping, a key it does not know or meets twice, a source the file does not
/// list, an unknown currency, text that is not JSON. The line is then parsed and read the
/// general way (`ScenarioDecoder.fundingLine`), which reports what it always did, where it
/// always did. So a line read here is the line the general way reads, and every message and
/// position is the general way's.
struct FundingLineReader {
  /// A line read, with where each of its flows' mappings opens (for the checks across them to
  /// name) and where its `period` is written.
  struct Read {
    var line: FundingLine
    var flowNodes: [Document.Node]
    var period: Document.Node?
  }

  /// A key or a name of at most 15 bytes as two words, lowest byte first, its length in the
  /// top byte: compared in two instructions.
  typealias Words = (UInt64, UInt64)

  private let bytes: UnsafeBufferPointer<UInt8>
  private let raw: UnsafeRawBufferPointer
  private var index = 0
  /// The decoder whose sources, names met and interned copies the line is read with.
  private let decoder: ScenarioDecoder
  /// The last currency code read, kept so that the next line in it is not looked up again.
  private var lastCurrency: (words: Words, code: String)?
  /// One-source lists met, by the source's words: most flows cite one source of a few dozen,
  /// and each is found here with no string made and nothing hashed.
  private var cited: [(words: Words, list: [String])] = []
  /// The last donor read, kept as its stored copy (a file lists a donor's lines together).
  private var lastDonor: (start: Int, count: Int, name: String)?

  private static let lineKeys = ScenarioDecoder.lineKeys.map(words(of:))
  private static let flowKeys = ScenarioDecoder.flowKeys.map(words(of:))
  private static let stages = ScenarioDecoder.stageNames.map(words(of:))
  private static let channels = FundingChannel.allCases.map { words(of: $0.rawValue) }
  private static let forms = FundingForm.allCases.map { words(of: $0.rawValue) }

  /// A reader of lines in `bytes` (the whole file) for `decoder`.
  init(bytes: UnsafeBufferPointer<UInt8>, decoder: ScenarioDecoder) {
    self.bytes = bytes
    raw = UnsafeRawBufferPointer(bytes)
    self.decoder = decoder
  }

  /// The line whose mapping opens at `offset`, or nil where the general way must read it.
  mutating func read(at offset: Int) -> Read? {
    index = offset
    guard let read = line() else { return nil }
    // As `parseElement` requires: the element ends where the list goes on.
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "]") else {
      return nil
    }
    return read
  }

  /// The words of `name`, as `words(at:count:)` makes them of a file's bytes.
  static func words(of name: String) -> Words {
    let utf8 = Array(name.utf8)
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in utf8.prefix(15).enumerated() {
      if offset < 8 { low |= UInt64(byte) << (offset * 8) } else { high |= UInt64(byte) << ((offset - 8) * 8) }
    }
    return (low, high | UInt64(min(utf8.count, 255)) << 56)
  }

  /// The words of the `count` bytes at `start`; nil when there are more than 15.
  @inline(__always)
  private func words(at start: Int, count: Int) -> Words? {
    guard count <= 15 else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    if start + 16 <= bytes.count {
      let first = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
      let second = raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
      low = count >= 8 ? first : first & ((1 << UInt64(count * 8)) &- 1)
      high = count > 8 ? second & ((1 << UInt64((count - 8) * 8)) &- 1) : 0
    } else {
      for offset in 0..<count {
        let byte = UInt64(bytes[start + offset])
        if offset < 8 { low |= byte << (offset * 8) } else { high |= byte << ((offset - 8) * 8) }
      }
    }
    return (low, high | UInt64(count) << 56)
  }

  /// The place in `table` of the `count` bytes at `start`.
  @inline(__always)
  private func place(_ start: Int, _ count: Int, in table: [Words]) -> Int? {
    guard let key = words(at: start, count: count) else { return nil }
    for place in table.indices where table[place] == key { return place }
    return nil
  }

  // MARK: - Tokens

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  /// Steps over `byte` (after any space); false when something else is there.
  @inline(__always)
  private mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// A string with no escape and no control character in it: where its text starts and how
  /// long it is. Nil for anything else.
  private mutating func string() -> (start: Int, count: Int)? {
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
    index += 1
    let start = index
    index = JSONDocumentParser.plainTextEnd(in: raw, from: index)
    while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
      bytes[index] >= 0x20
    {
      index += 1
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
    index += 1
    return (start, index - 1 - start)
  }

  private func text(_ span: (start: Int, count: Int)) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.start + span.count]), as: UTF8.self)
  }

  /// A string's text.
  private mutating func textValue() -> String? { string().map(text) }

  /// A date written as a string.
  private mutating func date() -> AsOf? {
    guard let span = string() else { return nil }
    return AsOf(utf8: UnsafeBufferPointer(rebasing: bytes[span.start..<span.start + span.count]))
  }

  /// A whole number of at most 18 digits, no sign, no fraction, no exponent, and no larger than
  /// an amount may be: what `ScenarioDecoder.decimal` reads without a string.
  private mutating func amount() -> Double? {
    skipSpace()
    let start = index
    var value = 0
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
      value = value &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
      index += 1
    }
    let count = index - start
    guard count > 0, count <= 18, Double(value) <= ScenarioDecoder.maximumAmount else { return nil }
    if index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
      default: break
      }
    }
    return Double(value)
  }

  private mutating func boolean() -> Bool? {
    skipSpace()
    if matches("true") { return true }
    if matches("false") { return false }
    return nil
  }

  /// Steps over `word` if the bytes here are it, not followed by more of a word.
  private mutating func matches(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += count
    return true
  }

  /// One of `table`'s names, written as a string: its place.
  private mutating func choice(in table: [Words]) -> Int? {
    guard let span = string() else { return nil }
    return place(span.start, span.count, in: table)
  }

  /// A key and its colon: the key's place in `table`, refused when `seen` has it already.
  private mutating func key(in table: [Words], seen: inout UInt32) -> Int? {
    guard let span = string(), let place = place(span.start, span.count, in: table), seen & (1 << place) == 0,
      take(UInt8(ascii: ":"))
    else { return nil }
    seen |= 1 << place
    return place
  }

  /// After a value in a mapping: true at its comma, false at its end; nil at anything else.
  private mutating func more() -> Bool? {
    if take(UInt8(ascii: ",")) { return true }
    if take(UInt8(ascii: "}")) { return false }
    return nil
  }

  // MARK: - Values

  private mutating func currency() -> String? {
    guard let span = string(), let words = words(at: span.start, count: span.count) else { return nil }
    if let last = lastCurrency, last.words == words { return last.code }
    let code = text(span)
    guard Currency.isKnown(code) else { return nil }
    lastCurrency = (words, code)
    return code
  }

  private mutating func donor() -> String? {
    guard let span = string() else { return nil }
    if let last = lastDonor, last.count == span.count,
      UnsafeBufferPointer(rebasing: bytes[last.start..<last.start + last.count]).elementsEqual(
        UnsafeBufferPointer(rebasing: bytes[span.start..<span.start + span.count]))
    {
      return last.name
    }
    let name = decoder.interned.name(text(span))
    lastDonor = (span.start, span.count, name)
    return name
  }

  /// A list of source ids, each one the file lists, shared as `ScenarioDecoder.sourceList`
  /// shares them.
  private mutating func sources() -> [String]? {
    guard take(UInt8(ascii: "[")) else { return nil }
    if take(UInt8(ascii: "]")) { return [] }
    let start = index
    if let span = string(), let words = words(at: span.start, count: span.count), take(UInt8(ascii: "]")) {
      for entry in cited where entry.words == words { return entry.list }
      let id = text(span)
      guard decoder.citable.contains(id) else { return nil }
      let list = decoder.interned.citedSources(id) ?? decoder.interned.sources(id)
      if cited.count < 64 { cited.append((words, list)) }
      return list
    }
    index = start
    var ids: [String] = []
    repeat {
      guard let id = textValue(), decoder.citable.contains(id) else { return nil }
      ids.append(id)
    } while take(UInt8(ascii: ","))
    guard take(UInt8(ascii: "]")) else { return nil }
    guard ids.count == 1, let id = ids.first else { return ids }
    return decoder.interned.citedSources(id) ?? decoder.interned.sources(id)
  }

  private mutating func line() -> Read? {
    guard take(UInt8(ascii: "{")) else { return nil }
    var seen: UInt32 = 0
    var id: String?
    var donor: String?
    var channel: FundingChannel?
    var form = FundingForm.cash
    var currency = "USD"
    var purpose: String?
    var ceiling: Amount?
    var counted = true
    var period: (id: String, node: Document.Node)?
    var flows: [Flow] = []
    var flowNodes: [Document.Node] = []
    while true {
      guard let place = key(in: Self.lineKeys, seen: &seen), let key = ScenarioDecoder.LineKey(rawValue: place)
      else { return nil }
      switch key {
      case .id:
        guard let text = textValue() else { return nil }
        id = text
      case .donor:
        guard let name = self.donor() else { return nil }
        donor = name
      case .channel:
        guard let place = choice(in: Self.channels) else { return nil }
        channel = FundingChannel.allCases[place]
      case .form:
        guard let place = choice(in: Self.forms) else { return nil }
        form = FundingForm.allCases[place]
      case .currency:
        guard let code = self.currency() else { return nil }
        currency = code
      case .purpose:
        guard let text = textValue() else { return nil }
        purpose = text
      case .ceiling:
        guard let value = amount() else { return nil }
        ceiling = Amount(value)
      case .counted:
        guard let value = boolean() else { return nil }
        counted = value
      case .period:
        skipSpace()
        let node = Document.Node.inFile(at: index)
        guard let text = textValue() else { return nil }
        period = (text, node)
      case .flows:
        guard take(UInt8(ascii: "[")) else { return nil }
        if !take(UInt8(ascii: "]")) {
          repeat {
            skipSpace()
            flowNodes.append(.inFile(at: index))
            guard let flow = flow() else { return nil }
            flows.append(flow)
          } while take(UInt8(ascii: ","))
          guard take(UInt8(ascii: "]")) else { return nil }
        }
      }
      guard let next = more() else { return nil }
      if !next { break }
    }
    guard let id, let donor, let channel else { return nil }
    let line = FundingLine(
      id: id, donor: donor, channel: channel, form: form, currency: currency, purpose: purpose, flows: flows,
      ceiling: ceiling, counted: counted, period: period?.id)
    return Read(line: line, flowNodes: flowNodes, period: period?.node)
  }

  /// One flow, with the checks `ScenarioDecoder.flow` makes of its keys together.
  private mutating func flow() -> Flow? {
    guard take(UInt8(ascii: "{")) else { return nil }
    var seen: UInt32 = 0
    var stage: FlowStage?
    var value: Double?
    var currency: String?
    var qualifier = Qualifier.exact
    var date: AsOf?
    var toDate = false
    var since: AsOf?
    var due: AsOf?
    var from: FlowStage?
    var sources: [String] = []
    var note: String?
    var derivation: String?
    while true {
      guard let place = key(in: Self.flowKeys, seen: &seen), let key = ScenarioDecoder.FlowKey(rawValue: place)
      else { return nil }
      // A value not read here is one the general way reads or reports.
      switch key {
      case .stage:
        guard let place = choice(in: Self.stages) else { return nil }
        stage = FlowStage.allCases[place]
      case .amount:
        guard let amount = amount() else { return nil }
        value = amount
      case .currency:
        guard let code = self.currency() else { return nil }
        currency = code
      case .qualifier:
        guard let name = textValue(), let read = Qualifier(fileName: name) else { return nil }
        qualifier = read
      case .date:
        guard let read = self.date() else { return nil }
        date = read
      case .toDate:
        guard let read = boolean() else { return nil }
        toDate = read
      case .since:
        guard let read = self.date() else { return nil }
        since = read
      case .due:
        guard let read = self.date() else { return nil }
        due = read
      case .from:
        guard let place = choice(in: Self.stages) else { return nil }
        from = FlowStage.allCases[place]
      case .sources:
        guard let read = self.sources() else { return nil }
        sources = read
      case .note:
        guard let read = textValue() else { return nil }
        note = read
      case .derived:
        guard let read = textValue() else { return nil }
        derivation = read
      }
      guard let next = more() else { return nil }
      if !next { break }
    }
    guard let stage, let value else { return nil }
    if let from {
      guard stage == .frozen || stage == .cancelled, [.pledge, .commitment, .received].contains(from) else {
        return nil
      }
    }
    if since != nil, stage != .spent { return nil }
    if due != nil, stage != .commitment { return nil }
    let amount = Amount(value, qualifier, sources: sources, asOf: date, note: note, derivation: derivation)
    return Flow(stage, amount, toDate: toDate, since: since, due: due, from: from, currency: currency)
  }
}
