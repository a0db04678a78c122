/// Writes a document tree as YAML or JSON text.
///
/// Strings are always double-quoted with JSON escapes, which YAML reads the same way, so one
/// quoting rule serves both formats and no value can be misread as a number or a boolean.
enum DocumentWriter {
  static func yaml(_ node: DocumentNode) -> String {
    var out = ""
    writeYAMLBlock(node, indent: 0, into: &out)
    return out
  }

  static func json(_ node: DocumentNode) -> String {
    var out = ""
    writeJSON(node, indent: 0, into: &out)
    out += "\n"
    return out
  }

  // MARK: YAML

  private static func writeYAMLBlock(_ node: DocumentNode, indent: Int, into out: inout String) {
    let pad = String(repeating: " ", count: indent)
    switch node {
    case .mapping(let entries):
      for entry in entries {
        out += pad + entry.key + ":"
        writeYAMLValue(entry.value, indent: indent, into: &out)
      }
    case .sequence(let items):
      for item in items {
        if case .mapping(let entries) = item, !entries.isEmpty, flow(item) == nil {
          var first = true
          for entry in entries {
            out += (first ? pad + "- " : pad + "  ") + entry.key + ":"
            writeYAMLValue(entry.value, indent: indent + 2, into: &out)
            first = false
          }
        } else {
          out += pad + "-"
          writeYAMLValue(item, indent: indent + 2, into: &out)
        }
      }
    default:
      out += pad + (flow(node) ?? "null") + "\n"
    }
  }

  /// Writes what follows `key:` or `-`: a flow value on the same line, or a nested block.
  private static func writeYAMLValue(_ node: DocumentNode, indent: Int, into out: inout String) {
    if let inline = flow(node) {
      out += " " + inline + "\n"
      return
    }
    out += "\n"
    writeYAMLBlock(node, indent: indent + 2, into: &out)
  }

  /// The one-line form of a node, when it is short and flat enough to read on one line.
  private static func flow(_ node: DocumentNode) -> String? {
    switch node {
    case .scalar(let text, let quoted): return quoted ? quote(text) : text
    case .null: return "null"
    case .sequence(let items):
      if items.isEmpty { return "[]" }
      var parts: [String] = []
      for item in items {
        guard case .scalar = item, let text = flow(item) else { return nil }
        parts.append(text)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case .mapping(let entries):
      if entries.isEmpty { return "{}" }
      var parts: [String] = []
      for entry in entries {
        switch entry.value {
        case .mapping: return nil
        default:
          guard let text = flow(entry.value) else { return nil }
          parts.append(entry.key + ": " + text)
        }
      }
      let line = "{" + parts.joined(separator: ", ") + "}"
      return line.count <= 110 ? line : nil
    }
  }

  // MARK: JSON

  /// Appends `node` as JSON whose lines start `indent` spaces in: a part of a larger document
  /// written a piece at a time.
  static func writeJSON(_ node: DocumentNode, indent: Int, into out: inout String) {
    switch node {
    case .scalar(let text, let quoted):
      if quoted || !isJSONLiteral(text) { quote(text, into: &out) } else { out += text }
    case .null: out += "null"
    case .sequence(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      if items.allSatisfy({ if case .scalar = $0 { true } else { false } }) {
        out += "["
        for (index, item) in items.enumerated() {
          if index > 0 { out += ", " }
          writeJSON(item, indent: 0, into: &out)
        }
        out += "]"
        return
      }
      out += "[\n"
      for (index, item) in items.enumerated() {
        pad(indent + 2, into: &out)
        writeJSON(item, indent: indent + 2, into: &out)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      pad(indent, into: &out)
      out += "]"
    case .mapping(let entries):
      if entries.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, entry) in entries.enumerated() {
        pad(indent + 2, into: &out)
        quote(entry.key, into: &out)
        out += ": "
        writeJSON(entry.value, indent: indent + 2, into: &out)
        out += index == entries.count - 1 ? "\n" : ",\n"
      }
      pad(indent, into: &out)
      out += "}"
    }
  }

  private static let pads = (0...64).map { String(repeating: " ", count: $0) }

  /// Appends `count` spaces without making a string of them each time.
  static func pad(_ count: Int, into out: inout String) {
    out += count < pads.count ? pads[count] : String(repeating: " ", count: count)
  }

  /// True for text JSON reads as a number or a boolean; anything else is written quoted.
  static func isJSONLiteral(_ text: String) -> Bool {
    if text == "true" || text == "false" { return true }
    guard let first = text.utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else { return false }
    return text.utf8.allSatisfy {
      (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".")
        || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
    }
  }

  /// A double-quoted string with JSON escapes; valid in YAML too. Controls and bidi overrides
  /// are escaped (`\u202E`), so the text is kept whole and is still safe to print.
  static func quote(_ text: String) -> String {
    var out = ""
    quote(text, into: &out)
    return out
  }

  /// Appends `text` double-quoted; text that needs no escape (the most of any file, `£` and
  /// `é` included) is appended whole rather than a scalar at a time.
  static func quote(_ text: String, into out: inout String) {
    var text = text
    if !text.withUTF8(needsEscape) {
      out += "\""
      out += text
      out += "\""
      return
    }
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
          || TextSanitizer.isUnsafe(scalar.value)
        {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  /// True when `quote` would escape something in this UTF-8: a quote, a backslash, a control
  /// (C0, DEL, C1), a line or paragraph separator, a bidi control or a byte-order mark —
  /// found from the bytes, eight at a time while they are printable ASCII with no quote or
  /// backslash (a report's 150 MB are nearly all that), a byte at a time through a word that
  /// is not.
  static func needsEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let count = utf8.count
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    /// Some byte of `word` is zero (or, past a zero, one that is not: then the bytes are read
    /// one by one, which is exact).
    func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & high != 0 }
    var index = 0
    while index < count {
      if index + 8 <= count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let printable = (word &- ones &* 0x20) & ~word & high == 0 && ((word &+ ones) | word) & high == 0
        if printable && !hasZero(word ^ (ones &* 0x22)) && !hasZero(word ^ (ones &* 0x5C)) {
          index += 8
          continue
        }
      }
      let stop = min(count, index + 8)
      while index < stop {
        if escapes(at: index, in: utf8) { return true }
        index += 1
      }
    }
    return false
  }

  /// Whether the byte at `index` starts something `quote` escapes. A continuation byte never
  /// does, so the bytes can be read one by one from anywhere.
  @inline(__always)
  private static func escapes(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let byte = utf8[index]
    if byte < 0x80 { return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F }
    let next = index + 1 < utf8.count ? utf8[index + 1] : 0
    let third = index + 2 < utf8.count ? utf8[index + 2] : 0
    switch byte {
    case 0xC2: return (0x80...0x9F).contains(next)  // C1 controls
    case 0xE2:
      return (next == 0x80 && (0xA8...0xAE).contains(third))  // U+2028…202E
        || (next == 0x81 && (0xA6...0xA9).contains(third))  // U+2066…2069
    case 0xEF: return next == 0xBB && third == 0xBF  // U+FEFF
    default: return false
    }
  }
}
