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
    let (breaksBefore, breaksInFirst, breaksInList) = bytes.withUnsafeBufferPointer { buffer in
      (
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[..<list.start])),
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[list.start..<second])),
        Self.lineBreaks(in: UnsafeBufferPointer(rebasing: buffer[list.start..<list.end]))
      )
    }
    guard let breaksBefore, let breaksInFirst, let breaksInList else { return nil }
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
  static func lineBreaks(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var count = 0
    for index in bytes.indices {
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
  private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var end = start
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    return end
  }

  /// True when `from..<to` holds only spaces, or a comment after them.
  private static func isBlank(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
    var index = from
    while index < to, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x0D { index += 1 }
    return index == to || bytes[index] == UInt8(ascii: "#")
  }
}
