/// Turns the bytes of a scenario file into a document tape, after the checks every file gets:
/// not empty, not oversized, valid UTF-8.
enum ScenarioText {
  /// The largest scenario file accepted: 512 MiB, room for 300,000 funding lines of four flows
  /// each as JSON (about 240 MB); a node's text offset is 32 bits, so never past 4 GiB.
  static let maximumBytes = 512 * 1024 * 1024

  /// The syntax a file name implies; content that starts with `{` is JSON whatever its name.
  static func syntax(for path: String, bytes: [UInt8]) -> Document.Syntax {
    let lower = path.lowercased()
    if lower.hasSuffix(".json") { return .json }
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
    let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    return first == UInt8(ascii: "{") ? .json : .yaml
  }

  /// A YAML funding list of this many bytes or more is parsed in two halves on two threads.
  static let yamlSplitBytes = 4 << 20

  /// The document, or the one problem that stopped it, as a file error.
  /// `defersFunding`: the funding list is left for its reader (`ScenarioDecoder.fundingLines`)
  /// — a JSON one to parse a line at a time (`Document.deferred`), its lines stepped over
  /// unchecked unless `checksEveryLine`; a YAML one of `splitsYAMLFrom` bytes or more to parse
  /// in two halves (`Document.fundingSplit`).
  static func document(
    bytes: [UInt8], file: String, defersFunding: Bool = false, checksEveryLine: Bool = false,
    splitsYAMLFrom: Int = yamlSplitBytes
  ) throws(ScenarioFileError) -> Document {
    do {
      return try parse(
        bytes: bytes, file: file, defersFunding: defersFunding, checksEveryLine: checksEveryLine,
        splitsYAMLFrom: splitsYAMLFrom)
    } catch {
      throw .invalid([error])
    }
  }

  static func parse(
    bytes rawBytes: [UInt8], file: String, defersFunding: Bool = false, checksEveryLine: Bool = false,
    splitsYAMLFrom: Int = yamlSplitBytes
  ) throws(ScenarioDiagnostic) -> Document {
    var bytes = rawBytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.count <= maximumBytes else {
      throw ScenarioDiagnostic(
        file: file, mark: .start,
        message: "the file is \(Format.count(rawBytes.count)) bytes, over the limit of \(Format.count(maximumBytes))",
        hint: "split the scenario, or check that this is the right file")
    }
    guard bytes.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
      throw ScenarioDiagnostic(
        file: file, mark: .start, message: "the file is empty",
        hint: "a scenario starts with 'schema: 1'; see Scenarios/haiti-mss.yaml")
    }
    let scan = scanText(bytes)
    if let bad = scan.invalid {
      throw ScenarioDiagnostic(
        file: file, mark: mark(ofByte: bad, in: bytes),
        message: "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
        hint: "save the file as UTF-8")
    }
    if let zero = scan.zero {
      throw ScenarioDiagnostic(
        file: file, mark: mark(ofByte: zero, in: bytes), message: "a NUL byte in the file",
        hint: "this looks like a binary file")
    }
    switch syntax(for: file, bytes: bytes) {
    case .json:
      return try JSONDocumentParser.parse(
        bytes, file: file, defersFunding: defersFunding, checksEveryLine: checksEveryLine)
    case .yaml:
      // The rest of a split file is parsed here; should it not parse, the whole file is, and
      // reports what stops it where it is.
      if defersFunding, let split = YAMLFundingSplit(bytes, minimumBytes: splitsYAMLFrom),
        var rest = try? YAMLDocumentParser.parse(split.rest, file: file)
      {
        rest.fundingSplit = split
        return rest
      }
      return try YAMLDocumentParser.parse(bytes, file: file)
    }
  }

  /// The offsets of the first byte that breaks UTF-8 (nil when the text is valid; the scan
  /// stops there) and of the first NUL, in one pass. Eight bytes are taken at a time while they
  /// are ASCII and not NUL — nearly all of a scenario file — and one character at a time
  /// otherwise.
  static func scanText(_ bytes: [UInt8]) -> (invalid: Int?, zero: Int?) {
    bytes.withUnsafeBytes { raw -> (invalid: Int?, zero: Int?) in
      let n = raw.count
      var i = 0
      var zero: Int?
      while i < n {
        if i + 8 <= n {
          let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          let highBits: UInt64 = 0x8080_8080_8080_8080
          let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & highBits
          if word & highBits == 0 && hasZero == 0 {
            i += 8
            continue
          }
        }
        let b = raw[i]
        if b < 0x80 {
          if b == 0 && zero == nil { zero = i }
          i += 1
          continue
        }
        guard let length = characterLength(raw, at: i) else { return (i, zero) }
        i += length
      }
      return (nil, zero)
    }
  }

  /// The length of the well-formed UTF-8 character of several bytes at `i`, or nil.
  private static func characterLength(_ raw: UnsafeRawBufferPointer, at i: Int) -> Int? {
    let b = raw[i]
    let length: Int
    var minimum: UInt32
    var scalar: UInt32
    switch b {
    case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
    case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
    case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
    default: return nil
    }
    guard i + length <= raw.count else { return nil }
    for k in 1..<length {
      let c = raw[i + k]
      guard c & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(c & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
    return length
  }

  /// Line and column of a byte offset, counting characters as a reader would.
  static func mark<Bytes: RandomAccessCollection<UInt8>>(ofByte offset: Int, in bytes: Bytes) -> Mark
  where Bytes.Index == Int {
    var line = 1
    var column = 1
    for i in bytes.startIndex..<min(offset, bytes.endIndex) {
      if bytes[i] == 0x0A {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Mark(line: line, column: column)
  }
}
