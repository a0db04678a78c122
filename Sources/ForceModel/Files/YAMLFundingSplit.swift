/// A large YAML scenario's funding list cut out of the text, to be parsed in two halves on two
/// threads while the rest of the file is parsed on its own.
///
/// libyaml parses on one thread, and a file of 100,000 funding lines is nearly all its funding
/// list. The list is found by its lines — the top-level `funding:` key, then items at one
/// indentation, each starting `- ` — which is all YAML's block layout needs: nothing inside an
/// item (a block scalar, a continued string, a nested list) can start a line at the items' own
/// indentation with `- `. The rest of the file is parsed with the list's lines left empty, so
/// every line keeps its number; each half is parsed as a list of its own, its lines counted from
/// where it starts. Whatever does not fit this shape is not split, and anything a half's parse
/// cannot read makes the reader parse the whole file again the usual way
/// (`ScenarioFile.decode`), so every message and position is the usual one.
struct YAMLFundingSplit {
  /// A run of whole items of the list: where it lies in the file, and the line it starts on.
  struct Half {
    var bytes: Range<Int>
    var firstLine: Int
  }

  /// The file's text with the list's lines left empty.
  var rest: [UInt8]
  /// The file's bytes, which the halves are of.
  var source: [UInt8]
  /// The two halves, in the file's order.
  var halves: [Half]

  /// Splits `bytes` when its funding list takes at least `minimumBytes`; nil when it is smaller
  /// or not written in the block layout this reads.
  init?(_ bytes: [UInt8], minimumBytes: Int) {
    guard bytes.count >= minimumBytes, let list = Self.list(in: bytes), list.end - list.start >= minimumBytes
    else { return nil }
    let middle = list.start + (list.end - list.start) / 2
    guard let second = list.items.first(where: { $0 >= middle }), second > list.start else { return nil }
    let (breaksBefore, breaksInFirst, breaksInSecond) = bytes.withUnsafeBufferPointer { buffer in
      (
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[..<list.start])),
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[list.start..<second])),
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[second..<list.end]))
      )
    }
    guard let breaksBefore, let breaksInFirst, let breaksInSecond else { return nil }
    let breaksInList = breaksInFirst + breaksInSecond
    var rest: [UInt8] = []
    rest.reserveCapacity(bytes.count - (list.end - list.start) + breaksInList)
    rest += bytes[..<list.start]
    rest += repeatElement(UInt8(ascii: "\n"), count: breaksInList)
    rest += bytes[list.end...]
    self.rest = rest
    source = bytes
    halves = [
      Half(bytes: list.start..<second, firstLine: breaksBefore + 1),
      Half(bytes: second..<list.end, firstLine: breaksBefore + breaksInFirst + 1),
    ]
  }

  /// How many lines `bytes` ends, or nil when a line ends other than with `\n` or `\r\n` (a
  /// lone `\r`, or a line break of Unicode's), which libyaml counts and this would not.
  ///
  /// Read eight bytes at a time: a word with no `\r` and nothing past ASCII (where another kind
  /// of break could start) only has its `\n`s counted; any other is read byte by byte. This pass
  /// runs over the whole list before its halves are parsed, on one thread.
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    var index = 0
    var count = 0
    while index + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A `\r`, or any byte of a character past ASCII (where U+0085, U+2028 and U+2029 are).
      let others = zeroBytes(word ^ (ones &* 0x0D)) | word & (ones &* 0x80)
      if others == 0 {
        // One per `\n` in each byte, summed by a multiplication (the baseline x86-64 this is
        // built for has no popcount instruction).
        count += Int(((zeroBytes(word ^ (ones &* 0x0A)) >> 7) &* ones) >> 56)
      } else {
        guard let some = lineBreaks(in: bytes, from: index, to: index + 8) else { return nil }
        count += some
      }
      index += 8
    }
    guard let tail = lineBreaks(in: bytes, from: index, to: bytes.count) else { return nil }
    return count + tail
  }

  /// The high bit of each byte of `word` that is zero, and nothing else: exact, since no byte's
  /// sum carries into the next.
  @inline(__always)
  static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word | low)
  }

  /// `lineBreaks` of the bytes from `start` to `end`, one at a time (a break's later bytes may
  /// lie past `end`).
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
    var count = 0
    for index in start..<end {
      switch bytes[index] {
      case 0x0A: count += 1
      case 0x0D: if index + 1 >= bytes.endIndex || bytes[index + 1] != 0x0A { return nil }
      case 0xC2: if index + 1 < bytes.endIndex, bytes[index + 1] == 0x85 { return nil }
      case 0xE2:
        if index + 2 < bytes.endIndex, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
          return nil
        }
      default: break
      }
    }
    return count
  }

  /// The funding list's lines: from its first item's line to the end of its last item, with
  /// where each item's line starts.
  static func list(in bytes: [UInt8]) -> (start: Int, end: Int, items: [Int])? {
    var lineStart = 0
    var key: Int?
    // The top-level key, alone on its line (a comment may follow).
    while lineStart < bytes.count {
      let end = lineEnd(bytes, from: lineStart)
      if bytes[lineStart..<end].starts(with: "funding:".utf8),
        isBlank(bytes, from: lineStart + 8, to: end)
      {
        key = end
        break
      }
      lineStart = end + 1
    }
    guard let key else { return nil }
    var items: [Int] = []
    var indent: Int?
    lineStart = key + 1
    while lineStart < bytes.count {
      let end = lineEnd(bytes, from: lineStart)
      var first = lineStart
      while first < end, bytes[first] == UInt8(ascii: " ") { first += 1 }
      if first < end, bytes[first] == 0x09 { return nil }
      if isBlank(bytes, from: first, to: end) {
        lineStart = end + 1
        continue
      }
      let column = first - lineStart
      let isItem =
        bytes[first] == UInt8(ascii: "-")
        && (first + 1 == end || bytes[first + 1] == UInt8(ascii: " ") || bytes[first + 1] == 0x0D)
      if let indent {
        if column < indent || (column == indent && !isItem) { break }
        if column == indent { items.append(lineStart) }
      } else {
        // The first line after the key is the first item, and sets the items' indentation.
        guard isItem else { return nil }
        indent = column
        items.append(lineStart)
      }
      lineStart = end + 1
    }
    guard let start = items.first, items.count >= 2 else { return nil }
    return (start, min(lineStart, bytes.count), items)
  }

  /// Where the line from `start` ends: its `\n`, or the end of the text.
  static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
    bytes.withUnsafeBytes { raw in
      // Eight bytes at a time: the first `\n` of a word is its lowest flagged byte.
      let ones: UInt64 = 0x0101_0101_0101_0101
      var end = start
      while end + 8 <= raw.count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
        let newlines = zeroBytes(word ^ (ones &* 0x0A))
        if newlines != 0 { return end + newlines.trailingZeroBitCount / 8 }
        end += 8
      }
      while end < raw.count, raw[end] != 0x0A { end += 1 }
      return end
    }
  }

  /// True when `from..<to` holds only spaces, or a comment after them.
  private static func isBlank(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
    var index = from
    while index < to, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x0D { index += 1 }
    return index == to || bytes[index] == UInt8(ascii: "#")
  }
}
