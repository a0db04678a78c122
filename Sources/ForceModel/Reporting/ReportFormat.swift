/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case markdown
  case json
  case csv

  /// True for the formats that lay sections out as tables as well as items.
  public var laysOutTables: Bool { self == .text || self == .markdown }

  /// Writes the report. Text from files is sanitised: no control character reaches the output.
  public func render(_ report: Report) -> String {
    switch self {
    case .text: TextReportWriter.render(report)
    case .markdown: MarkdownReportWriter.render(report)
    case .json: JSONReportWriter.render(report)
    case .csv: CSVReportWriter.render(report)
    }
  }

  /// Writes the report a piece at a time, handing `write` each piece's bytes in order (theirs
  /// for the call only): a JSON report of 100,000 funding lines is never held whole. Every piece
  /// ends at the end of a line, and every byte is safe for a terminal — JSON escapes what is
  /// not as it is written, the other formats pass `TextSanitizer.cleanLines`.
  public func write(_ report: Report, to write: (UnsafeBufferPointer<UInt8>) -> Void) {
    switch self {
    case .json:
      JSONReportWriter.render(report, write: write)
    default:
      var text = TextSanitizer.cleanLines(render(report))
      text.withUTF8 { write($0) }
    }
  }
}

/// `text` padded with spaces to `width` columns, on the left when `right`.
public func padded(_ text: String, to width: Int, right: Bool = false) -> String {
  let gap = max(0, width - TextWidth.of(text))
  return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
}
