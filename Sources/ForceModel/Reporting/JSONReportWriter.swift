/// The report as JSON, written through the same document writer as scenario files.
///
/// A report of 100,000 funding lines has half a million items: they are written one at a
/// time (each a small document), never gathered into one tree of the whole report first.
enum JSONReportWriter {
  typealias E = ScenarioEncoder

  static func render(_ report: Report) -> String {
    var out = "{\n"
    let header = [
      ("title", E.text(report.title)), ("subtitle", E.text(report.subtitle)), ("banner", E.text(report.banner)),
    ].compactMap { key, value in value.map { (key, $0) } }
    for (key, value) in header {
      entry(key, indent: 2, into: &out)
      DocumentWriter.writeJSON(value, indent: 2, into: &out)
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
        DocumentWriter.writeJSON(node(item), indent: 8, into: &out)
      }
      out += "\n"
      DocumentWriter.pad(4, into: &out)
      out += "}"
    }
    out += "\n}\n"
    return out
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

  /// A range's end: a number, or for a date result an ISO date.
  private static func bound(_ value: Double?, date: Bool) -> DocumentNode? {
    guard let value else { return nil }
    return date ? E.text("\(Day(number: Int(value)))") : E.double(value)
  }

  private static func node(_ item: Report.Item) -> DocumentNode {
    E.map([
      ("key", E.text(item.key)),
      ("label", E.text(item.label)),
      ("display", E.text(item.display)),
      ("number", item.number.map(E.double) ?? .null),
      ("low", bound(item.low, date: item.date != nil)),
      ("high", bound(item.high, date: item.date != nil)),
      ("date", E.text(item.date.map { "\($0)" })),
      ("unit", E.text(item.unit)),
      ("qualifier", E.text(item.qualifier?.fileName)),
      ("as_of", E.date(item.asOf)),
      ("sources", .sequence(item.sources.map { .scalar($0, quoted: true) })),
      ("note", E.text(item.note)),
      ("formula", E.text(item.formula)),
      ("kind", E.text(item.kind.rawValue)),
      ("known_to", E.text(item.knownTo.map { "\($0)" })),
      ("knowledge", E.text(item.knowledge?.rawValue)),
      ("period", E.text(item.period)),
      ("stale", item.kind == .result ? E.bool(item.stale) : nil),
    ])
  }
}
