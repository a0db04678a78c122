import Dispatch

/// The report as JSON, laid out as the document writer lays out scenario files.
///
/// A report of 100,000 funding lines has half a million items and runs to 150 MB: each item is
/// written straight into the text, key by key, and the text is handed on in pieces of about
/// `pieceSize` bytes, each ending after a whole item, so the whole never has to be held at once.
/// A long list of items is written a batch at a time on each of two threads, each batch's half
/// a piece of its own (a few hundred KB).
enum JSONReportWriter {
  typealias E = ScenarioEncoder

  /// About how many bytes a piece handed on holds.
  static let pieceSize = 1 << 16
  /// How many items a section has before they are written on two threads.
  static let splitAt = TwoHalves.splitAt
  /// How many items one thread writes at a time.
  static let batch = 1024

  static func render(_ report: Report) -> String {
    var whole = ""
    render(report) { whole += $0 }
    return whole
  }

  /// Writes the report, handing `write` each piece in order; a section of `splitAt` items or
  /// more is written `batch` items a thread at a time (tests set both small).
  static func render(
    _ report: Report, splitAt: Int = JSONReportWriter.splitAt, batch: Int = JSONReportWriter.batch,
    write: (String) -> Void
  ) {
    var out = JSONBytes()
    out.reserve(pieceSize + 4096)
    out.append("{\n")
    let header = [("title", report.title), ("subtitle", report.subtitle), ("banner", report.banner)]
    for case (let key, let value?) in header {
      entry(key, indent: 2, into: &out)
      out.quoted(value)
      out.append(",\n")
    }
    entry("sections", indent: 2, into: &out)
    list(report.sections, indent: 2, into: &out) { section, out in
      out.append("{\n")
      entry("id", indent: 6, into: &out)
      out.quoted(section.id)
      out.append(",\n")
      entry("title", indent: 6, into: &out)
      out.quoted(section.title)
      out.append(",\n")
      entry("items", indent: 6, into: &out)
      items(section.items, into: &out, splitAt: splitAt, batch: batch, write: write)
      out.append("\n")
      out.pad(4)
      out.append("}")
    }
    out.append("\n}\n")
    write(out.take())
  }

  /// A section's items, laid out as `list` lays them out; past `splitAt` of them, a batch on
  /// each of two threads at a time, each into its own buffer, joined in order.
  private static func items(
    _ items: [Report.Item], into out: inout JSONBytes, splitAt: Int, batch: Int, write: (String) -> Void
  ) {
    guard items.count >= max(splitAt, 1), batch > 0 else {
      list(items, indent: 6, into: &out) { item, out in
        self.item(item, into: &out)
        if out.count >= pieceSize { write(out.take()) }
      }
      return
    }
    out.append("[\n")
    write(out.take())
    var halves = [JSONBytes(), JSONBytes()]
    // Each thread also turns its text into the piece handed on (a string is checked as it is
    // made, a pass over every byte), so the joining thread only hands the two on.
    var pieces = ["", ""]
    var start = 0
    while start < items.count {
      let first = start
      let middle = min(start + batch, items.count)
      let end = min(middle + batch, items.count)
      items.withUnsafeBufferPointer { items in
        halves.withUnsafeMutableBufferPointer { halves in
          pieces.withUnsafeMutableBufferPointer { pieces in
            let box = UnsafeSendable((items: items, halves: halves, pieces: pieces))
            DispatchQueue.concurrentPerform(iterations: 2) { side in
              let (items, halves, pieces) = box.value
              for index in side == 0 ? first..<middle : middle..<end {
                halves[side].pad(8)
                item(items[index], into: &halves[side])
                halves[side].append(index == items.count - 1 ? "\n" : ",\n")
              }
              pieces[side] = halves[side].take()
            }
          }
        }
      }
      for piece in pieces where !piece.isEmpty { write(piece) }
      start = end
    }
    out.pad(6)
    out.append("]")
  }

  /// `"key": ` on a line of its own, `indent` spaces in.
  private static func entry(_ key: String, indent: Int, into out: inout JSONBytes) {
    out.pad(indent)
    out.quoted(key)
    out.append(": ")
  }

  /// A list of mappings, one per line, as the document writer lays one out.
  private static func list<T>(
    _ items: [T], indent: Int, into out: inout JSONBytes, write: (T, inout JSONBytes) -> Void
  ) {
    guard !items.isEmpty else {
      out.append("[]")
      return
    }
    out.append("[\n")
    for (index, item) in items.enumerated() {
      out.pad(indent + 2)
      write(item, &out)
      out.append(index == items.count - 1 ? "\n" : ",\n")
    }
    out.pad(indent)
    out.append("]")
  }

  /// One item as a mapping eight spaces in, its keys in a fixed order and the empty ones left
  /// out: what `DocumentWriter.writeJSON` makes of the item's document, with no document made.
  private static func item(_ item: Report.Item, into out: inout JSONBytes) {
    var first = true
    /// Starts the next entry: the comma that ends the one before, the indent and the key.
    func key(_ key: Key) {
      out.append(first ? key.first : key.next)
      first = false
    }
    func text(_ name: Key, _ value: String?) {
      guard let value else { return }
      key(name)
      out.quoted(value)
    }
    func number(_ name: Key, _ value: Double?) {
      guard let value else { return }
      guard case .scalar(let text, _) = E.double(value) else { return }
      key(name)
      if DocumentWriter.isJSONLiteral(text) { out.append(text) } else { out.quoted(text) }
    }
    /// A range's end: a number, or for a date result an ISO date.
    func bound(_ name: Key, _ value: Double?) {
      guard let value else { return }
      if item.date != nil { text(name, "\(Day(number: Int(value)))") } else { number(name, value) }
    }
    text(Key.key, item.key)
    text(Key.label, item.label)
    text(Key.display, item.display)
    if item.number == nil {
      key(Key.number)
      out.append("null")
    } else {
      number(Key.number, item.number)
    }
    bound(Key.low, item.low)
    bound(Key.high, item.high)
    text(Key.date, item.date.map { "\($0)" })
    text(Key.unit, item.unit)
    text(Key.qualifier, item.qualifier?.fileName)
    text(Key.asOf, item.asOf?.description)
    key(Key.sources)
    out.append("[")
    // By index: an iterator would hold (retain) the list, which many items share.
    for index in item.sources.indices {
      if index > 0 { out.append(", ") }
      out.quoted(item.sources[index])
    }
    out.append("]")
    text(Key.note, item.note)
    text(Key.formula, item.formula)
    text(Key.kind, item.kind.rawValue)
    text(Key.knownTo, item.knownTo.map { "\($0)" })
    text(Key.knowledge, item.knowledge?.rawValue)
    text(Key.period, item.period)
    if item.kind == .result {
      key(Key.stale)
      out.append(item.stale ? "true" : "false")
    }
    out.append("\n")
    out.pad(8)
    out.append("}")
  }

  /// An item's key as written, ten spaces in, after the `{` that opens the item or the comma
  /// that ends the entry before: made once, appended half a million times.
  private struct Key {
    let first: [UInt8]
    let next: [UInt8]

    init(_ name: String) {
      var quoted = ""
      DocumentWriter.quote(name, into: &quoted)
      let line = String(repeating: " ", count: 10) + quoted + ": "
      first = Array(("{\n" + line).utf8)
      next = Array((",\n" + line).utf8)
    }

    static let key = Key("key")
    static let label = Key("label")
    static let display = Key("display")
    static let number = Key("number")
    static let low = Key("low")
    static let high = Key("high")
    static let date = Key("date")
    static let unit = Key("unit")
    static let qualifier = Key("qualifier")
    static let asOf = Key("as_of")
    static let sources = Key("sources")
    static let note = Key("note")
    static let formula = Key("formula")
    static let kind = Key("kind")
    static let knownTo = Key("known_to")
    static let knowledge = Key("knowledge")
    static let period = Key("period")
    static let stale = Key("stale")
  }
}
