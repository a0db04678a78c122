/// Parses JSON into a `Document` tape in one pass over the bytes.
///
/// Foundation's JSON parser reports no positions, and a scenario error must name one. A node
/// keeps only its byte offset; the line and column are counted from it when a problem is
/// reported, so the happy path never counts columns.
struct JSONDocumentParser {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The same bytes, read eight at a time where a run of them is skipped.
  private let raw: UnsafeRawBufferPointer
  var index = 0
  private var document: Document
  private let file: String
  /// The keys of the objects being read, innermost last: a duplicate is found without a
  /// dictionary for each object.
  private var openKeys: [Key] = []
  private static let maximumDepth = 512
  /// An object with more keys than this checks for duplicates with a dictionary instead.
  private static let keysCheckedInLine = 24

  /// Whether the root's `funding` list is deferred: its elements left off the tape.
  private let defersFunding: Bool
  /// Whether a deferred list's elements are parsed here too (and dropped), or only stepped
  /// over, to be parsed once by their reader (`parseElement`).
  private let checksDeferred: Bool
  /// From how many bytes on a deferred list is stepped over in two halves (`stepOverDeferred`).
  let deferredHalvesFrom: Int

  init(
    bytes: UnsafeBufferPointer<UInt8>, of array: [UInt8], file: String, keepsPositions: Bool, defersFunding: Bool,
    checksDeferred: Bool = true, deferredHalvesFrom: Int = Self.deferredHalvesFrom
  ) {
    self.deferredHalvesFrom = deferredHalvesFrom
    self.bytes = bytes
    raw = UnsafeRawBufferPointer(bytes)
    self.file = file
    self.defersFunding = defersFunding
    self.checksDeferred = checksDeferred
    document = Document(syntax: .json, file: array, keepsPositions: keepsPositions, defersFunding: defersFunding)
    // About one node for every 13 bytes of a scenario as ForceBoard writes it (far fewer when
    // the funding list is deferred); room never touched costs no memory.
    document.reserve(nodes: defersFunding ? 1024 : array.count / 12 + 16)
  }

  /// The tape of a whole JSON text (already checked to be UTF-8), or the first problem in it.
  ///
  /// The tape keeps no node positions; a problem found while parsing is found again by a second
  /// parse that keeps them, so that it can name where a duplicate key was first written.
  /// `defersFunding`: the root's `funding` list's elements are only stepped over and noted
  /// where they start, for a reader to parse one at a time (`parseElement`), which finds any
  /// problem inside one; `checksEveryLine` parses them here too, so that the first problem in
  /// the text is found where a whole parse finds it (the reader's way back when a line fails).
  static func parse(
    _ bytes: [UInt8], file: String, defersFunding: Bool = false, checksEveryLine: Bool = false,
    deferredHalvesFrom: Int = Self.deferredHalvesFrom
  ) throws(ScenarioDiagnostic) -> Document {
    do {
      return try parse(
        bytes, file: file, keepsPositions: false, defersFunding: defersFunding, checksDeferred: checksEveryLine,
        deferredHalvesFrom: deferredHalvesFrom)
    } catch {
      return try parse(bytes, file: file, keepsPositions: true, defersFunding: defersFunding, checksDeferred: true)
    }
  }

  /// Every node's byte offset in a JSON text that parsed before, by node index.
  static func positions(of bytes: [UInt8], defersFunding: Bool = false) -> [UInt32] {
    (try? parse(bytes, file: "", keepsPositions: true, defersFunding: defersFunding, checksDeferred: true))?.positions
      ?? []
  }

  /// Parses the one value at byte `offset` of `document`'s file — an element of a deferred
  /// list — onto the end of `document` (a scratch tape); returns the value's node. The value
  /// must end where the list goes on (a comma or its closing bracket), as it does where the
  /// element was stepped over.
  static func parseElement(at offset: Int, onto document: inout Document, file: String) throws(ScenarioDiagnostic)
    -> Document.Node
  {
    let bytes = document.file
    let result: Result<Document.Node, ScenarioDiagnostic> = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONDocumentParser(bytes: buffer, of: [], file: file, keepsPositions: true, defersFunding: false)
      // The scratch tape moves into the parser and back, so its arrays are never shared (and
      // so never copied) while it grows.
      swap(&parser.document, &document)
      defer { swap(&parser.document, &document) }
      let node = Document.Node(index: parser.document.count)
      parser.index = offset
      do throws(ScenarioDiagnostic) {
        try parser.value(depth: 2)
        parser.skipWhitespace()
        guard parser.index < buffer.count,
          buffer[parser.index] == UInt8(ascii: ",") || buffer[parser.index] == UInt8(ascii: "]")
        else { throw parser.failure("expected ',' or ']' in a list") }
        return .success(node)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private static func parse(
    _ bytes: [UInt8], file: String, keepsPositions: Bool, defersFunding: Bool, checksDeferred: Bool,
    deferredHalvesFrom: Int = Self.deferredHalvesFrom
  ) throws(ScenarioDiagnostic) -> Document {
    let result: Result<Document, ScenarioDiagnostic> = bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONDocumentParser(
        bytes: buffer, of: bytes, file: file, keepsPositions: keepsPositions, defersFunding: defersFunding,
        checksDeferred: checksDeferred, deferredHalvesFrom: deferredHalvesFrom)
      do throws(ScenarioDiagnostic) {
        try parser.parseDocument()
        return .success(parser.document)
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private mutating func parseDocument() throws(ScenarioDiagnostic) {
    skipWhitespace()
    try value(depth: 0)
    skipWhitespace()
    if index < bytes.count {
      throw failure("unexpected text after the end of the JSON document", hint: "a scenario file holds one JSON object")
    }
  }

  private func mark(at offset: Int) -> Mark {
    ScenarioText.mark(ofByte: offset, in: bytes)
  }

  func failure(_ message: String, hint: String? = nil) -> ScenarioDiagnostic {
    ScenarioDiagnostic(file: file, mark: mark(at: index), message: message, hint: hint)
  }

  /// Eight spaces, as one word.
  private static let spaces: UInt64 = 0x2020_2020_2020_2020

  /// Skips spaces, tabs and line ends; eight spaces of indentation at a time.
  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20:
        let eight = index + 8 <= bytes.count && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) == Self.spaces
        index += eight ? 8 : 1
      case 0x09, 0x0D, 0x0A: index += 1
      default: return
      }
    }
  }

  /// The bytes of `word` (eight bytes of the file, the first lowest) that end a run of plain
  /// string text — a quote, a backslash or a control character — each marked by its top bit;
  /// the lowest mark is exact. The usual bit tricks (Hacker's Delight, "find a zero byte"):
  /// a byte below 0x20, or a byte that XORs to zero with a quote or a backslash.
  @inline(__always)
  private static func stringStops(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let control = (word &- ones &* 0x20) & ~word
    return (control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & high
  }

  /// Moves on eight bytes at a time to the first byte that may end a run of plain string text
  /// (`stringStops`), or to within eight bytes of the end, where the caller goes on byte by byte.
  @inline(__always)
  private mutating func skipPlainText() { index = Self.plainTextEnd(in: raw, from: index) }

  /// Where `skipPlainText` stops in `raw` from `index`: shared with `FundingLineReader`.
  @inline(__always)
  static func plainTextEnd(in raw: UnsafeRawBufferPointer, from start: Int) -> Int {
    var index = start
    while index + 8 <= raw.count {
      let stops = stringStops(in: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      if stops != 0 { return index + stops.trailingZeroBitCount >> 3 }
      index += 8
    }
    return index
  }

  /// The bytes of `word` that may be a quote or a bracket — each marked by its top bit, the
  /// lowest exact — found as `stringStops` finds its bytes: with the 0x20 bit set, `[` and `]`
  /// read as `{` and `}`, so three comparisons find all five (and a control byte 0x02, which is
  /// looked at and stepped over).
  @inline(__always)
  private static func structureStops(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let lowered = word | ones &* 0x20
    let open = lowered ^ (ones &* 0x7B)
    let close = lowered ^ (ones &* 0x7D)
    let quote = lowered ^ (ones &* 0x22)
    return ((open &- ones) & ~open | (close &- ones) & ~close | (quote &- ones) & ~quote) & (ones &* 0x80)
  }

  /// Steps over one element of a deferred list without reading it: a string to its closing
  /// quote, a list or an object to its closing bracket (counted, whatever their kind), anything
  /// else to the next comma, bracket or space. Nothing is checked: the element's reader parses
  /// it (`parseElement`), and the list around it is checked here, so a text that is not JSON
  /// fails one or the other, and is then parsed again with every element checked.
  mutating func skipValue() throws(ScenarioDiagnostic) {
    var depth = 0
    while index < bytes.count {
      if depth > 0, index + 8 <= bytes.count {
        let stops = Self.structureStops(in: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if stops == 0 {
          index += 8
          continue
        }
        index += stops.trailingZeroBitCount >> 3
      }
      switch bytes[index] {
      case UInt8(ascii: "\""):
        try skipString()
        if depth == 0 { return }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        index += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        guard depth > 0 else { return }
        depth -= 1
        index += 1
        if depth == 0 { return }
      case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
        if depth == 0 { return }
        index += 1
      default: index += 1
      }
    }
    throw failure("the JSON document ends too early", hint: "look for a missing closing bracket or brace")
  }

  /// Steps from a string's opening quote to past its closing one, over any escape.
  private mutating func skipString() throws(ScenarioDiagnostic) {
    index += 1
    while true {
      skipPlainText()
      guard index < bytes.count else { break }
      let byte = bytes[index]
      index += byte == UInt8(ascii: "\\") ? 2 : 1
      if byte == UInt8(ascii: "\"") { return }
    }
    throw failure("a string is not closed", hint: "add the closing double quote")
  }

  private mutating func value(depth: Int) throws(ScenarioDiagnostic) {
    guard depth < Self.maximumDepth else { throw failure("nesting is deeper than \(Self.maximumDepth) levels") }
    guard index < bytes.count else {
      throw failure("the JSON document ends too early", hint: "look for a missing closing bracket or brace")
    }
    let start = index
    switch bytes[index] {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "t"):
      try literal("true")
      document.appendScalar(.scalar, offset: start, length: 4, position: start)
    case UInt8(ascii: "f"):
      try literal("false")
      document.appendScalar(.scalar, offset: start, length: 5, position: start)
    case UInt8(ascii: "n"):
      try literal("null")
      document.appendScalar(.null, offset: start, length: 0, position: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try number()
      document.appendScalar(.scalar, offset: start, length: index - start, position: start)
    default:
      throw failure(
        "unexpected character '\(printable(bytes[index]))'",
        hint: "a JSON value is an object, a list, a string in double quotes, a number, true, false or null")
    }
  }

  private func printable(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
  }

  private mutating func literal(_ word: StaticString) throws(ScenarioDiagnostic) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for byte in expected {
      guard index < bytes.count, bytes[index] == byte else {
        throw failure("unknown word; expected '\(word)'", hint: "strings need double quotes")
      }
      index += 1
    }
  }

  private mutating func digits() -> Int {
    let from = index
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
    return index - from
  }

  private mutating func number() throws(ScenarioDiagnostic) {
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard digits() > 0 else { throw failure("a number needs digits") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { throw failure("a number needs digits after the decimal point") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
    }
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

  /// A string: its text is the file's bytes unless it has escapes, which are written out.
  private mutating func string() throws(ScenarioDiagnostic) {
    let start = index
    index += 1
    let textStart = index
    while true {
      skipPlainText()
      guard index < bytes.count else { throw failure("a string is not closed", hint: "add the closing double quote") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        document.appendScalar(.quoted, offset: textStart, length: index - textStart, position: start)
        index += 1
        return
      }
      if byte == UInt8(ascii: "\\") { break }
      try checkInString(byte)
      index += 1
    }
    var out = Array(bytes[textStart..<index])
    try escapedRest(into: &out)
    let offset = document.appendText(out)
    document.appendScalar(.quoted, offset: offset, length: out.count, position: start)
  }

  private func checkInString(_ byte: UInt8) throws(ScenarioDiagnostic) {
    guard byte < 0x20 else { return }
    if byte == 0x0A {
      throw failure(
        "a string runs past the end of the line", hint: "add the closing double quote, or write \\n for a line break")
    }
    throw failure("a control character inside a string", hint: "write it as an escape such as \\t")
  }

  /// The rest of a string from its first backslash, unescaped into `out`; ends past the quote.
  private mutating func escapedRest(into out: inout [UInt8]) throws(ScenarioDiagnostic) {
    var runStart = index
    while true {
      guard index < bytes.count else { throw failure("a string is not closed", hint: "add the closing double quote") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        out.append(contentsOf: bytes[runStart..<index])
        index += 1
        return
      }
      try checkInString(byte)
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
      case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
      default:
        throw failure(
          "unknown escape '\\\(printable(escape))' in a string",
          hint: "JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
      }
      runStart = index
    }
  }

  /// The UTF-8 of a `\uXXXX` escape (and its low surrogate, if it is a high one).
  private mutating func unicodeEscape() throws(ScenarioDiagnostic) -> [UInt8] {
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
    return Array(String(Character(unicode)).utf8)
  }

  /// A key of an object being read: where its text is, so keys compare as bytes.
  private struct Key {
    var node: Document.Node
    /// The text's offset in the file, or nil when it had escapes (then it is compared as a
    /// string).
    var start: Int?
    var length: Int
  }

  /// Refuses a key the object already has, naming where it first was.
  private func checkDuplicate(_ key: Key, from base: Int, seen: inout [String: Int]?) throws(ScenarioDiagnostic) {
    let count = openKeys.count - base
    if count > Self.keysCheckedInLine {
      if seen == nil {
        var all: [String: Int] = [:]
        for earlier in openKeys[base...] { all[document.string(earlier.node)] = earlier.node.index }
        seen = all
      }
      let text = document.string(key.node)
      if let first = seen?[text] { throw duplicate(key.node, first: Document.Node(index: first)) }
      seen?[text] = key.node.index
      return
    }
    for earlier in openKeys[base...] where earlier.length == key.length && same(earlier, key) {
      throw duplicate(key.node, first: earlier.node)
    }
  }

  private func same(_ a: Key, _ b: Key) -> Bool {
    guard let startA = a.start, let startB = b.start else { return document.string(a.node) == document.string(b.node) }
    for offset in 0..<a.length where bytes[startA + offset] != bytes[startB + offset] { return false }
    return true
  }

  private func duplicate(_ key: Document.Node, first: Document.Node) -> ScenarioDiagnostic {
    // Without positions the parse is done again with them, and this is found again there.
    guard document.keepsPositions else { return failure("a duplicate key") }
    return .duplicateKey(
      document.string(key), at: mark(at: document.offset(key)),
      first: mark(at: document.offset(first)), in: "an object", file: file)
  }

  private mutating func object(depth: Int) throws(ScenarioDiagnostic) {
    let node = document.open(.mapping, position: index)
    index += 1
    var children = 0
    let base = openKeys.count
    defer { openKeys.removeSubrange(base...) }
    var seen: [String: Int]?
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      document.close(node, children: 0)
      return
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw failure("expected a key in double quotes", hint: "look for a trailing comma or an unquoted key")
      }
      let keyStart = index + 1
      try string()
      let keyNode = Document.Node(index: document.count - 1)
      let length = document.size(keyNode)
      let key = Key(node: keyNode, start: index - 1 - keyStart == length ? keyStart : nil, length: length)
      try checkDuplicate(key, from: base, seen: &seen)
      openKeys.append(key)
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
      index += 1
      skipWhitespace()
      if depth == 0, defersFunding, index < bytes.count, bytes[index] == UInt8(ascii: "["), isFunding(key) {
        try array(depth: depth + 1, deferring: true)
      } else {
        try value(depth: depth + 1)
      }
      children += 2
      skipWhitespace()
      guard index < bytes.count else { throw failure("the object is not closed", hint: "add the closing '}'") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        document.close(node, children: children)
        return
      }
      throw failure("expected ',' or '}' in an object")
    }
  }

  /// Whether a key is the text `funding`, as written with no escapes.
  private func isFunding(_ key: Key) -> Bool {
    guard let start = key.start, key.length == 7 else { return false }
    return UnsafeBufferPointer(rebasing: bytes[start..<start + 7]).elementsEqual("funding".utf8)
  }

  /// A list; `deferring` (the root's funding list), where each element starts is noted and the
  /// element stepped over — or, when `checksDeferred`, parsed, so every problem is found where
  /// a whole parse finds it, then dropped from the tape.
  private mutating func array(depth: Int, deferring: Bool = false) throws(ScenarioDiagnostic) {
    let node = document.open(.sequence, position: index)
    index += 1
    var children = 0
    var offsets: [UInt32] = []
    let end = document.tapeEnd
    skipWhitespace()
    // A deferred list only stepped over: see `stepOverDeferred`.
    if deferring, !checksDeferred { (offsets, children) = try stepOverDeferred() }
    while !deferring || checksDeferred {
      if children == 0, index < bytes.count, bytes[index] == UInt8(ascii: "]") { break }
      skipWhitespace()
      if deferring {
        offsets.append(UInt32(truncatingIfNeeded: index))
        try value(depth: depth + 1)
        document.rollBack(to: end)
      } else {
        try value(depth: depth + 1)
      }
      children += 1
      if try !nextElement() { break }
    }
    index += 1
    document.close(node, children: children)
    if deferring { document.deferElements(of: node, at: offsets) }
  }

  /// After an element of a list: past the comma before the next (true), or on the closing
  /// bracket (false).
  mutating func nextElement() throws(ScenarioDiagnostic) -> Bool {
    skipWhitespace()
    guard index < bytes.count else { throw failure("the list is not closed", hint: "add the closing ']'") }
    if bytes[index] == UInt8(ascii: ",") {
      index += 1
      return true
    }
    if bytes[index] == UInt8(ascii: "]") { return false }
    throw failure("expected ',' or ']' in a list")
  }

}
