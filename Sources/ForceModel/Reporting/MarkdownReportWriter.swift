/// The report as Markdown: headings, and tables for every section.
enum MarkdownReportWriter {
  static func cell(_ text: String) -> String {
    TextSanitizer.clean(text, limit: 2_000).replacing("|", with: "\\|")
  }

  static func render(_ report: Report) -> String {
    var out = ""
    if let banner = report.banner { out += "**\(cell(banner))**\n\n" }
    out += "# \(cell(report.title))\n\n\(cell(report.subtitle))\n"
    for section in report.sections {
      out += "\n## \(cell(section.title))\n\n"
      if let table = section.table {
        out += "| " + table.columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        let derived = section.items.filter { $0.kind == .derived }
        if !derived.isEmpty { out += "\nDerived, not stated by a source:\n\n" }
        for item in derived {
          out += "- \(cell(item.label)): \(cell(item.display))\(item.note.map { " — \(cell($0))" } ?? "")"
          out += item.sources.isEmpty ? "\n" : " [\(cell(item.sources.joined(separator: ", ")))]\n"
        }
        continue
      }
      if section.items.isEmpty {
        out += "None.\n"
        continue
      }
      out += "| Item | Value | As of | Sources | Notes |\n| --- | ---: | --- | --- | --- |\n"
      for item in section.items {
        var notes: [String] = []
        if item.kind == .assumption { notes.append("assumption") }
        if item.kind == .derived { notes.append("derived") }
        if item.kind == .planned { notes.append("planned") }
        if let range = item.rangeText { notes.append("range " + range) }
        if let knowledge = item.knowledge, knowledge == .projected, item.kind == .result { notes.append("projected") }
        if let formula = item.formula, item.kind == .result { notes.append("= " + formula) }
        if let note = item.note { notes.append(note) }
        out +=
          "| \(cell(item.label)) | \(cell(item.display)) | \(item.asOf?.description ?? "") | \(cell(item.sources.joined(separator: ", "))) | \(cell(notes.joined(separator: "; "))) |\n"
      }
    }
    if let banner = report.banner { out += "\n**\(cell(banner))**\n" }
    return out
  }
}
