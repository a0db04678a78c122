/// The report as JSON, laid out as the document writer lays out scenario files.
///
/// A report of 100,000 funding lines has half a million items and runs to 150 MB: each item is
/// written straight into the text, key by key, and the text is handed on in pieces of about
/// `pieceSize` bytes, each ending after a whole item, so the whole never has to be held at once.
enum JSONReportWriter {
  typealias E = ScenarioEncoder

  /// About how many bytes a piece handed on holds.
  static let pieceSize = 1 << 16

  static func render(_ report: Report) -> String {
    var whole = ""
    render(report) { whole += $0 }
    return whole
  }

  /// Writes the report, handing `write` each piece in order.
  static func render(_ report: Report, write: (String) -> Void) {
    var out = "{\n"
    out.reserveCapacity(pieceSize + 4096)
    let header = [("title", report.title), ("subtitle", report.subtitle), ("banner", report.banner)]
    for case (let key, let value?) in header {
      entry(key, indent: 2, into: &out)
      DocumentWriter.quote(value, into: &out)
      out += ",\n"
    }
    entry("sections", indent: 2, into: &out)
    list(report.sections, indent: 2, into: &out) { section, out in
      out += "{\n"
      entry("id", indent: 6, into: &out)
      DocumentWriter.quote(section.id, into: &out)
      out += ",\n"
      entry("title", indent: 6, into: &out)
      DocumentWriter.quote(section.title, into: &out)
      out += ",\n"
      entry("items", indent: 6, into: &out)
      list(section.items, indent: 6, into: &out) { item, out in
        self.item(item, into: &out)
        if out.utf8.count >= pieceSize {
          write(out)
          out.removeAll(keepingCapacity: true)
        }
      }
      out += "\n"
      DocumentWriter.pad(4, into: &out)
      out += "}"
    }
    out += "\n}\n"
    write(out)
  }

  /// `"key": ` on a line of its own, `indent` spaces in.
  private static func entry(_ key: String, indent: Int, into out: inout String) {
    DocumentWriter.pad(indent, into: &out)
    DocumentWriter.quote(key, into: &out)
    out += ": "
  }

  /// A list of mappings, one per line, as the document writer lays one out.
  private static func list<T>(
    _ items: [T], indent: Int, into out: inout String, write: (T, inout String) -> Void
  ) {
    guard !items.isEmpty else {
      out += "[]"
      return
    }
    out += "[\n"
    for (index, item) in items.enumerated() {
      DocumentWriter.pad(indent + 2, into: &out)
      write(item, &out)
      out += index == items.count - 1 ? "\n" : ",\n"
    }
    DocumentWriter.pad(indent, into: &out)
    out += "]"
  }

  /// One item as a mapping eight spaces in, its keys in a fixed order and the empty ones left
  /// out: what `DocumentWriter.writeJSON` makes of the item's document, with no document made.
  private static func item(_ item: Report.Item, into out: inout String) {
    var fields = Fields(out: out)
    out = ""
    fields.text("key", item.key)
    fields.text("label", item.label)
    fields.text("display", item.display)
    fields.number("number", item.number, orNull: true)
    fields.bound("low", item.low, date: item.date != nil)
    fields.bound("high", item.high, date: item.date != nil)
    fields.text("date", item.date.map { "\($0)" })
    fields.text("unit", item.unit)
    fields.text("qualifier", item.qualifier?.fileName)
    fields.text("as_of", item.asOf?.description)
    fields.texts("sources", item.sources)
    fields.text("note", item.note)
    fields.text("formula", item.formula)
    fields.text("kind", item.kind.rawValue)
    fields.text("known_to", item.knownTo.map { "\($0)" })
    fields.text("knowledge", item.knowledge?.rawValue)
    fields.text("period", item.period)
    if item.kind == .result { fields.literal("stale", item.stale ? "true" : "false") }
    out = fields.finish()
  }

  /// The entries of one item's mapping, written as they come.
  private struct Fields {
    var out: String
    var first = true

    /// Starts the next entry: the comma that ends the one before, the indent and the key.
    mutating func key(_ key: String) {
      out += first ? "{\n" : ",\n"
      first = false
      DocumentWriter.pad(10, into: &out)
      DocumentWriter.quote(key, into: &out)
      out += ": "
    }

    mutating func text(_ key: String, _ value: String?) {
      guard let value else { return }
      self.key(key)
      DocumentWriter.quote(value, into: &out)
    }

    mutating func literal(_ key: String, _ value: String) {
      self.key(key)
      out += value
    }

    mutating func number(_ key: String, _ value: Double?, orNull: Bool = false) {
      guard let value else {
        if orNull { literal(key, "null") }
        return
      }
      guard case .scalar(let text, _) = E.double(value) else { return }
      self.key(key)
      if DocumentWriter.isJSONLiteral(text) { out += text } else { DocumentWriter.quote(text, into: &out) }
    }

    /// A range's end: a number, or for a date result an ISO date.
    mutating func bound(_ key: String, _ value: Double?, date: Bool) {
      guard let value else { return }
      if date { text(key, "\(Day(number: Int(value)))") } else { number(key, value) }
    }

    mutating func texts(_ key: String, _ values: [String]) {
      self.key(key)
      out += "["
      for (index, value) in values.enumerated() {
        if index > 0 { out += ", " }
        DocumentWriter.quote(value, into: &out)
      }
      out += "]"
    }

    mutating func finish() -> String {
      if first { return out + "{}" }
      out += "\n"
      DocumentWriter.pad(8, into: &out)
      out += "}"
      return out
    }
  }
}
