/// Parses JSON into a `DocumentNode`, keeping the line and column of every value.
///
/// Foundation's JSON parser reports no positions, and a scenario error must name one.
struct JSONDocumentParser {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// Column cache: marks are asked for in increasing order, so columns are counted once.
  private var cachedOffset = 0
  private var cachedColumn = 1
  private let file: String
  private static let maximumDepth = 512

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  mutating func parse() throws(ScenarioDiagnostic) -> DocumentNode {
    skipWhitespace()
    let node = try value(depth: 0)
    skipWhitespace()
    if index < bytes.count {
      throw failure("unexpected text after the end of the JSON document", hint: "a scenario file holds one JSON object")
    }
    return node
  }

  /// The column of `offset`, counting characters (UTF-8 continuation bytes do not count).
  private mutating func column(at offset: Int) -> Int {
    if cachedOffset < lineStart || cachedOffset > offset {
      cachedOffset = lineStart
      cachedColumn = 1
    }
    var i = cachedOffset
    var column = cachedColumn
    while i < offset && i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    cachedOffset = i
    cachedColumn = column
    return column
  }

  private var mark: Mark {
    mutating get { Mark(line: line, column: column(at: index)) }
  }

  private mutating func failure(_ message: String, hint: String? = nil) -> ScenarioDiagnostic {
    ScenarioDiagnostic(file: file, mark: mark, message: message, hint: hint)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(ScenarioDiagnostic) -> DocumentNode {
    guard depth < Self.maximumDepth else { throw failure("nesting is deeper than \(Self.maximumDepth) levels") }
    guard index < bytes.count else {
      throw failure("the JSON document ends too early", hint: "look for a missing closing bracket or brace")
    }
    let start = mark
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object(depth: depth)
    case UInt8(ascii: "["): return try array(depth: depth)
    case UInt8(ascii: "\""): return .scalar(try string(), quoted: true, start)
    case UInt8(ascii: "t"): try literal("true"); return .scalar("true", quoted: false, start)
    case UInt8(ascii: "f"): try literal("false"); return .scalar("false", quoted: false, start)
    case UInt8(ascii: "n"): try literal("null"); return .null(start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .scalar(try number(), quoted: false, start)
    default:
      throw failure(
        "unexpected character '\(printable(bytes[index]))'",
        hint: "a JSON value is an object, a list, a string in double quotes, a number, true, false or null")
    }
  }

  private func printable(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
  }

  private mutating func literal(_ word: String) throws(ScenarioDiagnostic) {
    for expected in word.utf8 {
      guard index < bytes.count, bytes[index] == expected else {
        throw failure("unknown word; expected '\(word)'", hint: "strings need double quotes")
      }
      index += 1
    }
  }

  private mutating func number() throws(ScenarioDiagnostic) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ parser: inout JSONDocumentParser) -> Int {
      let from = parser.index
      while parser.index < parser.bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index])
      {
        parser.index += 1
      }
      return parser.index - from
    }
    guard digits(&self) > 0 else { throw failure("a number needs digits") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits(&self) > 0 else { throw failure("a number needs digits after the decimal point") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else { throw failure("a number needs digits in its exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func hex4() throws(ScenarioDiagnostic) -> UInt32 {
    guard index + 4 <= bytes.count else { throw failure("\\u needs four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = hexValue(bytes[index]) else { throw failure("\\u needs four hex digits") }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private mutating func string() throws(ScenarioDiagnostic) -> String {
    index += 1
    var out: [UInt8] = []
    var runStart = index
    while true {
      guard index < bytes.count else { throw failure("a string is not closed", hint: "add the closing double quote") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        out.append(contentsOf: bytes[runStart..<index])
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      if byte == 0x0A {
        throw failure(
          "a string runs past the end of the line", hint: "add the closing double quote, or write \\n for a line break")
      }
      if byte < 0x20 { throw failure("a control character inside a string", hint: "write it as an escape such as \\t") }
      if byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      out.append(contentsOf: bytes[runStart..<index])
      index += 1
      guard index < bytes.count else { throw failure("a string is not closed") }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
          guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
          else {
            throw failure("a lone UTF-16 surrogate in \\u escape")
          }
          index += 2
          let low = try hex4()
          guard (0xDC00...0xDFFF).contains(low) else { throw failure("a lone UTF-16 surrogate in \\u escape") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw failure("a lone UTF-16 surrogate in \\u escape")
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw failure("an invalid \\u escape") }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
      default:
        throw failure(
          "unknown escape '\\\(printable(escape))' in a string",
          hint: "JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
      }
      runStart = index
    }
  }

  private mutating func object(depth: Int) throws(ScenarioDiagnostic) -> DocumentNode {
    let start = mark
    index += 1
    var entries: [DocumentEntry] = []
    var seen: [String: Mark] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .mapping(entries, start)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure("expected a key in double quotes", hint: "look for a trailing comma or an unquoted key")
      }
      let keyMark = mark
      let key = try string()
      if let first = seen[key] {
        throw .duplicateKey(key, at: keyMark, first: first, in: "an object", file: file)
      }
      seen[key] = keyMark
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
      index += 1
      skipWhitespace()
      let item = try value(depth: depth + 1)
      entries.append(DocumentEntry(key: key, keyMark: keyMark, value: item))
      skipWhitespace()
      guard index < bytes.count else { throw failure("the object is not closed", hint: "add the closing '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .mapping(entries, start)
      }
      throw failure("expected ',' or '}' in an object")
    }
  }

  private mutating func array(depth: Int) throws(ScenarioDiagnostic) -> DocumentNode {
    let start = mark
    index += 1
    var items: [DocumentNode] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .sequence(items, start)
    }
    while true {
      skipWhitespace()
      items.append(try value(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw failure("the list is not closed", hint: "add the closing ']'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .sequence(items, start)
      }
      throw failure("expected ',' or ']' in a list")
    }
  }
}
