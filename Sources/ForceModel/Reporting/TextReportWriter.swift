/// The report as aligned plain text, with tables for contributors and funding lines.
enum TextReportWriter {
  static func render(_ report: Report) -> String {
    let c = { (text: String) in TextSanitizer.clean(text, limit: 2_000) }
    var out = ""
    if let banner = report.banner { out += "[ \(c(banner)) ]\n" }
    out += "ForceBoard report — \(c(report.title))\n\(c(report.subtitle))\n"
    out += headline(report)
    for section in report.sections {
      out += "\n" + c(section.title).uppercased() + "\n"
      if let table = section.table {
        out += renderTable(table)
        // A table has no room for how a value was computed: the derived ones follow it.
        for item in section.items where item.kind == .derived {
          out += "  (derived) \(c(item.label)): \(c(item.display))"
          if !item.sources.isEmpty { out += "  [\(c(item.sources.joined(separator: ", ")))]" }
          out += "\n"
          if let note = item.note { out += "      note: \(c(note))\n" }
        }
        continue
      }
      if section.items.isEmpty {
        out += "  (none)\n"
        continue
      }
      let labelWidth = min(52, section.items.map { TextWidth.of(c($0.label)) }.max() ?? 0)
      let valueWidth = min(22, section.items.map { TextWidth.of(c($0.display)) }.max() ?? 0)
      for item in section.items {
        let label = c(item.label)
        let display = c(item.display)
        var line = "  " + padded(label, to: labelWidth)
        if item.kind == .conflict || item.kind == .source || item.kind == .text || TextWidth.of(display) > valueWidth {
          line += "  " + display
        } else {
          line += "  " + padded(display, to: valueWidth, right: true)
        }
        if let range = item.rangeText { line += "  range \(c(range))" }
        if let asOf = item.asOf { line += "  as of \(asOf)" }
        if item.kind == .assumption { line += "  (assumption)" }
        if item.kind == .planned { line += "  (planned)" }
        if item.kind == .derived { line += "  (derived)" }
        if !item.sources.isEmpty { line += "  [\(c(item.sources.joined(separator: ", ")))]" }
        out += line.trimmingTrailingSpaces() + "\n"
        if let formula = item.formula, item.kind == .result { out += "      = \(c(formula))\n" }
        if let note = item.note { out += "      \(item.kind == .source ? "" : "note: ")\(c(note))\n" }
      }
    }
    if let banner = report.banner { out += "\n[ \(c(banner)) ]\n" }
    return out.split(separator: "\n", omittingEmptySubsequences: false).map { fold(String($0)) }.joined(separator: "\n")
  }

  /// The widest line the report writes: longer ones (a note, a list of sources) fold.
  static let maximumLineWidth = 200

  /// The results a reader looks for first, before the sections: short of planned and target,
  /// cash in hand, the day it runs out, the gap to the mandate's end (or to the horizon).
  static let headlineKeys = [
    "deployed.total", "shortfall.planned", "shortfall.target", "funding.cash_in_hand", "funding.runway.cash_only",
    "funding.mandate.gap",
  ]

  /// The headline block: each result with its value and how it is known.
  static func headline(_ report: Report) -> String {
    let items = report.sections.flatMap(\.items)
    var keys = headlineKeys
    if !items.contains(where: { $0.key == "funding.mandate.gap" }) { keys[keys.count - 1] = "funding.gap.planned" }
    let chosen = keys.compactMap { key in items.first { $0.key == key } }
    guard !chosen.isEmpty else { return "" }
    let c = { (text: String) in TextSanitizer.clean(text, limit: 200) }
    let labelWidth = chosen.map { TextWidth.of(c($0.label)) }.max() ?? 0
    var out = "\nHEADLINE\n"
    for item in chosen {
      var line = "  " + padded(c(item.label), to: labelWidth) + "  " + c(item.display)
      if let range = item.rangeText { line += "  (range \(c(range)))" }
      if let knowledge = item.knowledge {
        line += "  (\(knowledge.rawValue)" + (item.knownTo.map { ", known to \($0)" } ?? "") + ")"
      }
      if item.stale { line += "  STALE" }
      out += line + "\n"
    }
    return out
  }

  /// Folds a line wider than `maximumLineWidth` at spaces, continuing under its indent plus
  /// four; a word longer than the width is cut into pieces.
  static func fold(_ line: String) -> String {
    guard TextWidth.of(line) > maximumLineWidth else { return line }
    let indent = String(repeating: " ", count: min(40, line.prefix { $0 == " " }.count + 4))
    var lines: [String] = []
    var current = ""
    for piece in line.split(separator: " ", omittingEmptySubsequences: false) {
      var word = String(piece)
      let candidate = current.isEmpty ? word : current + " " + word
      if current.isEmpty || TextWidth.of(candidate) <= maximumLineWidth {
        current = candidate
        if TextWidth.of(current) <= maximumLineWidth { continue }
        word = current
        current = ""
      } else {
        lines.append(current)
        current = indent
      }
      // A word wider than a whole line is cut into pieces.
      while TextWidth.of(current + word) > maximumLineWidth {
        var head = ""
        for character in word {
          guard TextWidth.of(current + head + String(character)) <= maximumLineWidth else { break }
          head.append(character)
        }
        if head.isEmpty { break }
        lines.append(current + head)
        word.removeFirst(head.count)
        current = indent
      }
      current += word
    }
    lines.append(current)
    return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
  }

  /// The widest a table column grows: a 10,000-character name is cut with `…`, not padded to.
  static let maximumCellWidth = 40

  static func renderTable(_ table: Report.Table) -> String {
    // Every column but the last is padded, so each is capped; the last one runs on.
    let last = table.columns.count - 1
    let rows = table.rows.map { row in
      row.enumerated().map { index, cell in
        TextWidth.truncate(TextSanitizer.clean(cell, limit: 2_000), to: index < last ? maximumCellWidth : 2_000)
      }
    }
    var widths = table.columns.map { TextWidth.of($0.title) }
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], TextWidth.of(cell))
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
