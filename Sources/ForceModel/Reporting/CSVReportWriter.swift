/// The report as CSV: one row per item, RFC 4180 quoting.
enum CSVReportWriter {
  static func field(_ text: String) -> String {
    let clean = TextSanitizer.clean(text)
    if clean.contains(",") || clean.contains("\"") || clean.hasPrefix(" ") || clean.hasSuffix(" ") {
      return "\"" + clean.replacing("\"", with: "\"\"") + "\""
    }
    return clean
  }

  static func render(_ report: Report) -> String {
    var out = "section,key,label,value,number,unit,qualifier,as_of,sources,note,formula,kind\n"
    // A handling marking travels with the data: the first and the last row carry it.
    let banner = report.banner.map { "banner,banner,Banner,\(field($0)),,,,,,,,text\n" } ?? ""
    out += banner
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
    return out + banner
  }
}
