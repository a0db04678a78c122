/// The report as JSON, written through the same document writer as scenario files.
enum JSONReportWriter {
  static func render(_ report: Report) -> String {
    typealias E = ScenarioEncoder
    let sections: [DocumentNode] = report.sections.map { section in
      E.map([
        ("id", E.text(section.id)),
        ("title", E.text(section.title)),
        (
          "items",
          .sequence(
            section.items.map { item in
              E.map([
                ("key", E.text(item.key)),
                ("label", E.text(item.label)),
                ("display", E.text(item.display)),
                ("number", item.number.map(E.double) ?? .null(.start)),
                ("date", E.text(item.date.map { "\($0)" })),
                ("unit", E.text(item.unit)),
                ("qualifier", E.text(item.qualifier?.fileName)),
                ("as_of", E.date(item.asOf)),
                ("sources", .sequence(item.sources.map { .scalar($0, quoted: true, .start) }, .start)),
                ("note", E.text(item.note)),
                ("formula", E.text(item.formula)),
                ("kind", E.text(item.kind.rawValue)),
                ("known_to", E.text(item.knownTo.map { "\($0)" })),
                ("knowledge", E.text(item.knowledge?.rawValue)),
                ("period", E.text(item.period)),
                ("stale", item.kind == .result ? E.bool(item.stale) : nil),
              ])
            }, .start)
        ),
      ])
    }
    return DocumentWriter.json(
      E.map([
        ("title", E.text(report.title)), ("subtitle", E.text(report.subtitle)), ("banner", E.text(report.banner)),
        ("sections", .sequence(sections, .start)),
      ]))
  }
}
