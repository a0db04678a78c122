import Dispatch

/// The report as JSON, laid out as the document writer lays out scenario files.
///
/// A report of 100,000 funding lines has half a million items and runs to 150 MB: each item is
/// written straight into bytes, key by key, and handed on in pieces of about `pieceSize` bytes,
/// each ending after a whole item, so the whole never has to be held at once. A long list of
/// items is written a batch at a time on each of two threads, each batch's half a piece of its
/// own (a few hundred KB).
///
/// Every byte is safe for a terminal as written: each text goes through `JSONBytes.quoted`,
/// which escapes controls and bidi overrides as `\uXXXX` (what a JSON reader reads back as the
/// character), and the rest is our own keys and figures — so the pieces are handed on as bytes,
/// with no string made of them and no sanitiser's pass over them.
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
    render(report) { whole += String(decoding: $0, as: UTF8.self) }
    return whole
  }

  /// Writes the report, handing `write` each piece's bytes in order (they are the caller's only
  /// for the call); a section of `splitAt` items or more is written `batch` items a thread at a
  /// time (tests set both small).
  static func render(
    _ report: Report, splitAt: Int = JSONReportWriter.splitAt, batch: Int = JSONReportWriter.batch,
    write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var out = JSONBytes(capacity: pieceSize + 4096)
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
    out.hand(to: write)
  }

  /// A section's items, laid out as `list` lays them out; past `splitAt` of them, a batch on
  /// each of two threads at a time, each into its own buffer, handed on in order.
  private static func items(
    _ items: [Report.Item], into out: inout JSONBytes, splitAt: Int, batch: Int,
    write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard items.count >= max(splitAt, 1), batch > 0 else {
      list(items, indent: 6, into: &out) { item, out in
        withUnsafePointer(to: item) { self.item($0, into: &out) }
        if out.count >= pieceSize { out.hand(to: write) }
      }
      return
    }
    out.append("[\n")
    out.hand(to: write)
    var left = JSONBytes(capacity: pieceSize), right = JSONBytes(capacity: pieceSize)
    var start = 0
    while start < items.count {
      let first = start
      let middle = min(start + batch, items.count)
      let end = min(middle + batch, items.count)
      items.withUnsafeBufferPointer { items in
        withUnsafeMutablePointer(to: &left) { left in
          withUnsafeMutablePointer(to: &right) { right in
            let box = UnsafeSendable((items: items, halves: (left, right)))
            DispatchQueue.concurrentPerform(iterations: 2) { side in
              let (items, halves) = box.value
              guard let base = items.baseAddress else { return }
              let half = side == 0 ? halves.0 : halves.1
              for index in side == 0 ? first..<middle : middle..<end {
                half.pointee.pad(8)
                // Read where it lies: an item passed by value was copied, a retain a field.
                item(base + index, into: &half.pointee)
                half.pointee.append(index == items.count - 1 ? "\n" : ",\n")
              }
            }
          }
        }
      }
      left.hand(to: write)
      right.hand(to: write)
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
  private static func item(_ pointer: UnsafePointer<Report.Item>, into out: inout JSONBytes) {
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
      if pointer.pointee.date != nil { text(name, "\(Day(number: Int(value)))") } else { number(name, value) }
    }
    text(Key.key, pointer.pointee.key)
    text(Key.label, pointer.pointee.label)
    text(Key.display, pointer.pointee.display)
    if pointer.pointee.number == nil {
      key(Key.number)
      out.append("null")
    } else {
      number(Key.number, pointer.pointee.number)
    }
    bound(Key.low, pointer.pointee.low)
    bound(Key.high, pointer.pointee.high)
    text(Key.date, pointer.pointee.date.map { "\($0)" })
    text(Key.unit, pointer.pointee.unit)
    text(Key.qualifier, pointer.pointee.qualifier?.fileName)
    text(Key.asOf, pointer.pointee.asOf?.description)
    key(Key.sources)
    out.append("[")
    // By index: an iterator would hold (retain) the list, which many items share.
    for index in pointer.pointee.sources.indices {
      if index > 0 { out.append(", ") }
      out.quoted(pointer.pointee.sources[index])
    }
    out.append("]")
    text(Key.note, pointer.pointee.note)
    text(Key.formula, pointer.pointee.formula)
    text(Key.kind, pointer.pointee.kind.rawValue)
    text(Key.knownTo, pointer.pointee.knownTo.map { "\($0)" })
    text(Key.knowledge, pointer.pointee.knowledge?.rawValue)
    text(Key.period, pointer.pointee.period)
    if pointer.pointee.kind == .result {
      key(Key.stale)
      out.append(pointer.pointee.stale ? "true" : "false")
    }
    out.append("\n")
    out.pad(8)
    out.append("}")
  }

  /// An item's key as written, ten spaces in, after the `{` that opens the item or the comma
  /// that ends the entry before: made once, appended half a million times.
  ///
  /// The bytes are held for the life of the process, outside any array: an array kept in a
  /// static was retained and released at every append, eighteen times an item.
  private struct Key {
    let first: UnsafeBufferPointer<UInt8>
    let next: UnsafeBufferPointer<UInt8>

    init(_ name: String) {
      var quoted = ""
      DocumentWriter.quote(name, into: &quoted)
      let line = String(repeating: " ", count: 10) + quoted + ": "
      first = Self.kept(Array(("{\n" + line).utf8))
      next = Self.kept(Array((",\n" + line).utf8))
    }

    /// `bytes` copied where they stay until the process ends.
    private static func kept(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
      let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
      _ = storage.initialize(from: bytes)
      return UnsafeBufferPointer(storage)
    }

    nonisolated(unsafe) static let key = Key("key")
    nonisolated(unsafe) static let label = Key("label")
    nonisolated(unsafe) static let display = Key("display")
    nonisolated(unsafe) static let number = Key("number")
    nonisolated(unsafe) static let low = Key("low")
    nonisolated(unsafe) static let high = Key("high")
    nonisolated(unsafe) static let date = Key("date")
    nonisolated(unsafe) static let unit = Key("unit")
    nonisolated(unsafe) static let qualifier = Key("qualifier")
    nonisolated(unsafe) static let asOf = Key("as_of")
    nonisolated(unsafe) static let sources = Key("sources")
    nonisolated(unsafe) static let note = Key("note")
    nonisolated(unsafe) static let formula = Key("formula")
    nonisolated(unsafe) static let kind = Key("kind")
    nonisolated(unsafe) static let knownTo = Key("known_to")
    nonisolated(unsafe) static let knowledge = Key("knowledge")
    nonisolated(unsafe) static let period = Key("period")
    nonisolated(unsafe) static let stale = Key("stale")
  }
}
