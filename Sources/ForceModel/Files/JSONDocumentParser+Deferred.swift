import Dispatch

/// Stepping over a deferred list (the root's `funding`): where each element starts, in two
/// halves at once on a large file.
///
/// Finding where each of 100,000 lines starts was the one pass over a large file's bytes that
/// ran on one core while the other waited. The second half now starts at what looks like an
/// element's start near the middle (`}`, a comma, `{`), and is checked when the first half gets
/// there: if the first half's steps land on that very byte, the second half's steps are the ones
/// it would have taken; otherwise (the bytes were inside a string, say) the list is stepped over
/// from its start, one element after another, as before. So the offsets, and every error, are
/// the same either way.
extension JSONDocumentParser {
  /// From this many bytes after a deferred list's start on, it is stepped over in two halves
  /// (tests ask for it on small texts).
  static let deferredHalvesFrom = 4 << 20

  /// What stepping over part of a deferred list found.
  struct Stepped {
    /// Where each element stepped over starts.
    var offsets: [UInt32] = []
    /// Elements of the list so far, these included.
    var children: Int
    /// True when the list's closing bracket was reached (the parser is on it).
    var closed = false
  }

  /// Steps over a deferred list's elements from the first's start (after the whitespace past
  /// its opening bracket) to its closing bracket, where the parser is left; returns where each
  /// element starts and how many there are.
  mutating func stepOverDeferred() throws(ScenarioDiagnostic) -> (offsets: [UInt32], children: Int) {
    let start = index
    if bytes.count - start >= deferredHalvesFrom,
      let middle = elementStart(after: start + (bytes.count - start) / 2, first: start),
      let (stepped, end) = inHalves(from: start, middle: middle)
    {
      index = end
      return (stepped.offsets, stepped.children)
    }
    let stepped = try stepOver(children: 0)
    return (stepped.offsets, stepped.children)
  }

  /// Where the halves find a list's elements start, for a list in `text` whose first element
  /// starts at `start`; nil where they would give way to one step after another. (Tests hold
  /// it to what one step after another finds.)
  static func offsetsInHalves(of text: [UInt8], from start: Int) -> [UInt32]? {
    text.withUnsafeBufferPointer { buffer in
      let parser = JSONDocumentParser(bytes: buffer, of: [], file: "", keepsPositions: false, defersFunding: false)
      guard let middle = parser.elementStart(after: start + (buffer.count - start) / 2, first: start) else {
        return nil
      }
      return parser.inHalves(from: start, middle: middle)?.0.offsets
    }
  }

  /// Both halves at once, from `start` and from `middle`; nil unless the first half's steps
  /// land on `middle` and the second half reaches the list's end with no problem.
  private func inHalves(from start: Int, middle: Int) -> (Stepped, end: Int)? {
    var halves: [(stepped: Stepped, end: Int)?] = [nil, nil]
    halves.withUnsafeMutableBufferPointer { slots in
      let work = UnsafeSendable((self, slots))
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        var (parser, slots) = work.value
        parser.index = half == 0 ? start : middle
        // The second half starts past a comma: its list is not empty.
        guard let stepped = try? parser.stepOver(children: half, until: half == 0 ? middle : .max) else { return }
        slots[half] = (stepped, parser.index)
      }
    }
    guard let first = halves[0], !first.stepped.closed, first.end == middle, let second = halves[1],
      second.stepped.closed
    else { return nil }
    let joined = Stepped(
      offsets: first.stepped.offsets + second.stepped.offsets,
      children: first.stepped.children + second.stepped.children - 1,
      closed: true)
    return (joined, second.end)
  }

  /// Steps over elements from the parser's place, noting where each starts, until the list's
  /// closing bracket, or until an element would start at or past `stop`. `children` is how
  /// many elements came before (none: a closing bracket first is an empty list).
  mutating func stepOver(children: Int, until stop: Int = .max) throws(ScenarioDiagnostic) -> Stepped {
    var stepped = Stepped(children: children)
    while true {
      if stepped.children == 0, index < bytes.count, bytes[index] == UInt8(ascii: "]") { break }
      skipWhitespace()
      if index >= stop { return stepped }
      stepped.offsets.append(UInt32(truncatingIfNeeded: index))
      try skipValue()
      stepped.children += 1
      if try !nextElement() { break }
    }
    stepped.closed = true
    return stepped
  }

  /// The first place after `from` (within a megabyte) that looks like the start of an element
  /// of the list whose first element starts at `first`: `}`, a comma, then the same bytes as
  /// that element's from its `{` to its first key's closing quote (`{\n      "id"`, as each
  /// line of a list begins; a flow's object inside a line begins otherwise). Only a guess: the
  /// bytes may be in a deeper list.
  private func elementStart(after from: Int, first: Int) -> Int? {
    guard first < bytes.count, bytes[first] == UInt8(ascii: "{") else { return nil }
    let key = skippingSpace(from: first + 1)
    guard key < bytes.count, bytes[key] == UInt8(ascii: "\""),
      let close = bytes[(key + 1)..<min(bytes.count, key + 64)].firstIndex(of: UInt8(ascii: "\""))
    else { return nil }
    let prefix = UnsafeBufferPointer(rebasing: bytes[first...close])
    let limit = min(bytes.count - prefix.count, from + (1 << 20))
    var at = from
    while at < limit {
      defer { at += 1 }
      guard bytes[at] == UInt8(ascii: "}") else { continue }
      var next = skippingSpace(from: at + 1)
      guard next < limit, bytes[next] == UInt8(ascii: ",") else { continue }
      next = skippingSpace(from: next + 1)
      if next <= limit, UnsafeBufferPointer(rebasing: bytes[next..<next + prefix.count]).elementsEqual(prefix) {
        return next
      }
    }
    return nil
  }

  /// The first place at or after `from` that is not JSON whitespace.
  private func skippingSpace(from: Int) -> Int {
    var at = from
    while at < bytes.count {
      switch bytes[at] {
      case 0x20, 0x09, 0x0A, 0x0D: at += 1
      default: return at
      }
    }
    return at
  }
}
