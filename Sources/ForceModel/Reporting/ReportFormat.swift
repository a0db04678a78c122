/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case markdown
  case json
  case csv

  /// Writes the report. Text from files is sanitised: no control character reaches the output.
  public func render(_ report: Report) -> String {
    switch self {
    case .text: TextReportWriter.render(report)
    case .markdown: MarkdownReportWriter.render(report)
    case .json: JSONReportWriter.render(report)
    case .csv: CSVReportWriter.render(report)
    }
  }
}

/// Counts terminal columns closely enough for aligning a plain-text report.
func displayWidth(_ text: String) -> Int {
  var width = 0
  for scalar in text.unicodeScalars {
    let value = scalar.value
    if (0x300...0x36F).contains(value) || value == 0x200D || (0xFE00...0xFE0F).contains(value) { continue }
    if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
      || (0x20000...0x3FFFD).contains(value)
    {
      width += 2
    } else {
      width += 1
    }
  }
  return width
}

func padded(_ text: String, to width: Int, right: Bool = false) -> String {
  let gap = max(0, width - displayWidth(text))
  return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
}

enum TextReportWriter {
  static func render(_ report: Report) -> String {
    let c = { (text: String) in TextSanitizer.clean(text) }
    var out = ""
    if let banner = report.banner { out += "[ \(c(banner)) ]\n" }
    out += "ForceBoard report — \(c(report.title))\n\(c(report.subtitle))\n"
    for section in report.sections {
      out += "\n" + c(section.title).uppercased() + "\n"
      if let table = section.table {
        out += renderTable(table)
        continue
      }
      if section.items.isEmpty {
        out += "  (none)\n"
        continue
      }
      let labelWidth = min(52, section.items.map { displayWidth(c($0.label)) }.max() ?? 0)
      let valueWidth = min(22, section.items.map { displayWidth(c($0.display)) }.max() ?? 0)
      for item in section.items {
        let label = c(item.label)
        let display = c(item.display)
        var line = "  " + padded(label, to: labelWidth)
        if item.kind == .conflict || item.kind == .source || item.kind == .text || displayWidth(display) > valueWidth {
          line += "  " + display
        } else {
          line += "  " + padded(display, to: valueWidth, right: true)
        }
        if let asOf = item.asOf { line += "  as of \(asOf)" }
        if item.kind == .assumption { line += "  (assumption)" }
        if !item.sources.isEmpty { line += "  [\(c(item.sources.joined(separator: ", ")))]" }
        out += line.trimmingTrailingSpaces() + "\n"
        if let formula = item.formula, item.kind == .result { out += "      = \(c(formula))\n" }
        if let note = item.note { out += "      \(item.kind == .source ? "" : "note: ")\(c(note))\n" }
      }
    }
    if let banner = report.banner { out += "\n[ \(c(banner)) ]\n" }
    return out
  }

  static func renderTable(_ table: Report.Table) -> String {
    let rows = table.rows.map { $0.map { TextSanitizer.clean($0) } }
    var widths = table.columns.map { displayWidth($0.title) }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], displayWidth(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, column) in table.columns.enumerated() {
        parts.append(padded(index < cells.count ? cells[index] : "", to: widths[index], right: column.alignRight))
      }
      return ("  " + parts.joined(separator: "  ")).trimmingTrailingSpaces() + "\n"
    }
    var out = line(table.columns.map(\.title))
    out += "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    if rows.isEmpty { return out + "  (none)\n" }
    for row in rows { out += line(row) }
    return out
  }
}

enum MarkdownReportWriter {
  static func cell(_ text: String) -> String {
    TextSanitizer.clean(text).replacingOccurrences(of: "|", with: "\\|")
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

enum CSVReportWriter {
  static func field(_ text: String) -> String {
    let clean = TextSanitizer.clean(text)
    if clean.contains(",") || clean.contains("\"") || clean.hasPrefix(" ") || clean.hasSuffix(" ") {
      return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return clean
  }

  static func render(_ report: Report) -> String {
    var out = "section,key,label,value,number,unit,qualifier,as_of,sources,note,formula,kind\n"
    for section in report.sections {
      for item in section.items {
        let number = item.number.map { $0.rounded() == $0 && abs($0) < 1e15 ? String(Int($0)) : String($0) } ?? ""
        let fields = [
          section.id, item.key, item.label, item.display, number, item.unit ?? "", item.qualifier?.fileName ?? "",
          item.asOf?.description ?? "", item.sources.joined(separator: " "), item.note ?? "", item.formula ?? "",
          item.kind.rawValue,
        ]
        out += fields.map(field).joined(separator: ",") + "\n"
      }
    }
    return out
  }
}

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
                ("unit", E.text(item.unit)),
                ("qualifier", E.text(item.qualifier?.fileName)),
                ("as_of", E.date(item.asOf)),
                ("sources", .sequence(item.sources.map { .scalar($0, quoted: true, .start) }, .start)),
                ("note", E.text(item.note)),
                ("formula", E.text(item.formula)),
                ("kind", E.text(item.kind.rawValue)),
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

extension String {
  func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }

  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
