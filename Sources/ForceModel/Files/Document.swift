/// A parsed scenario file as a flat tape of nodes, the same whether it came from YAML or JSON.
///
/// simdjson's layout, for the same reason: a file of 100,000 funding lines has six million
/// values, and a tree of them (a heap object, a string and an array each) cost more time and
/// memory than everything else in reading it. Here a node is four numbers in arrays that grow
/// once; a scalar's text stays in the file's bytes until someone asks for it; a position is a
/// byte offset, turned into a line and column only when a problem is reported.
struct Document {
  /// What a node is.
  enum Kind: UInt8 {
    /// Text as written, unquoted: a number, a word, a date.
    case scalar
    /// Text in quotes (or a YAML key, or a value tagged `!!str`): always text, never a number.
    case quoted
    case null
    case mapping
    case sequence
  }

  /// One node of the tape: an index. A mapping's children alternate key, value.
  ///
  /// A node read from a tape that does not last (one element of a deferred list, parsed alone)
  /// is kept as its byte offset in the file instead — a negative index — and can then only be
  /// located (`mark`), which is all a later check does with it.
  struct Node: Hashable {
    let index: Int

    /// The node that starts at byte `offset` of the file, located by that alone.
    static func inFile(at offset: Int) -> Node { Node(index: -1 - offset) }

    /// The byte offset of a node kept as one.
    var fileOffset: Int? { index < 0 && index > Self.marked ? -1 - index : nil }

    /// Below every byte offset's index: a YAML node kept as its line and column (a node of a
    /// half of a split funding list, whose tape does not last) is an index below this.
    private static let marked = -(1 << 56)

    /// The YAML node at `mark`, located by that alone.
    static func at(_ mark: Mark) -> Node {
      Node(index: marked - (min(mark.line, 1 << 30) << 24 | min(mark.column, (1 << 24) - 1)))
    }

    /// The line and column of a node kept as them.
    var keptMark: Mark? {
      guard index <= Self.marked else { return nil }
      let packed = Self.marked - index
      return Mark(line: packed >> 24, column: packed & ((1 << 24) - 1))
    }
  }

  /// How positions are stored: a JSON node keeps its byte offset, a YAML node libyaml's line and
  /// column (libyaml counts lines by YAML's own rules, which a byte offset cannot replay).
  enum Syntax {
    case json
    case yaml
  }

  let syntax: Syntax
  /// A scalar's text offset; a container's index just past its last descendant.
  private(set) var first: [UInt32] = []
  /// The node's kind in the top three bits, and below them a scalar's text length in bytes or a
  /// container's number of children (keys and values both): no length or count reaches 2²⁹, as
  /// no file read is larger (`ScenarioText.maximumBytes`).
  private(set) var second: [UInt32] = []
  private static let kindShift: UInt32 = 29
  private static let sizeMask: UInt32 = (1 << kindShift) - 1
  /// JSON: the node's byte offset in the file. YAML: its line, from 1. Empty for JSON read on
  /// the happy path: the positions are found by reading the file again when a problem is
  /// reported (`JSONDocumentParser.positions`), so a valid file never stores them.
  private(set) var positions: [UInt32] = []
  /// Whether `positions` is filled as nodes are added.
  let keepsPositions: Bool
  /// YAML: the node's column, from 1 (JSON: empty).
  private(set) var columns: [UInt32] = []
  /// The file's bytes (JSON; empty for YAML): scalars point into them, so a string without
  /// escapes is never copied.
  let file: [UInt8]
  /// Text that had to be written out: unescaped JSON strings, every YAML scalar. A scalar's
  /// offset past the file's length points here.
  private(set) var rewritten: [UInt8] = []
  /// Line starts and node offsets, found on the first problem reported (JSON only).
  private var lines = LineIndex()
  /// JSON: whether the root's `funding` list was deferred (`deferred`), which the parse that
  /// finds positions again must repeat to number the nodes the same.
  let defersFunding: Bool
  /// A deferred list's elements, by the list's node: each element's byte offset. Its elements
  /// are only stepped over as the file is parsed and not kept on the tape; a reader parses each
  /// alone, in turn, into a scratch document — the tape of 100,000 funding lines was a fifth of
  /// the memory of reading them, and parsing them twice a third of the time.
  private(set) var deferred: [Int: [UInt32]] = [:]
  /// A tape of one element of a deferred list, parsed alone: its nodes do not outlast it.
  private(set) var isScratch = false
  /// A large YAML file's funding list, cut out to be parsed in halves by its reader: this tape
  /// is of the rest of the file (`YAMLFundingSplit`).
  var fundingSplit: YAMLFundingSplit?

  /// An empty tape over `file`'s bytes (JSON), or over nothing (YAML, whose scalars are copied);
  /// `keepsPositions` false leaves a JSON node's offset to be found again when asked.
  init(syntax: Syntax, file: [UInt8], keepsPositions: Bool = true, defersFunding: Bool = false) {
    self.syntax = syntax
    self.file = file
    self.keepsPositions = keepsPositions || syntax == .yaml
    self.defersFunding = defersFunding
  }

  /// An empty scratch tape over the same file, for one element of a deferred list at a time;
  /// its positions are kept, and its line index is its own (one per thread).
  func scratch() -> Document {
    var scratch = Document(syntax: syntax, file: file, keepsPositions: true)
    scratch.isScratch = true
    return scratch
  }

  /// A node that outlasts its tape: itself, or on a scratch tape its byte offset (JSON) or its
  /// line and column (YAML).
  func lasting(_ node: Node) -> Node {
    guard isScratch, node.index >= 0 else { return node }
    return syntax == .json ? .inFile(at: offset(node)) : .at(mark(node))
  }

  /// Makes this a tape whose nodes do not outlast it: a half of a split funding list.
  mutating func makeScratch() { isScratch = true }

  /// The same tape with a line index of its own, for a reader on another thread: the index is
  /// filled on the first problem reported, and is not shared safely across threads.
  func withOwnLineIndex() -> Document {
    var copy = self
    copy.lines = LineIndex()
    return copy
  }

  /// The first node: the document's root.
  var root: Node { Node(index: 0) }
  /// The number of nodes.
  var count: Int { first.count }

  // MARK: - Building

  /// Makes room for about `nodes` nodes, so that a large file's tape grows once.
  mutating func reserve(nodes: Int) {
    first.reserveCapacity(nodes)
    second.reserveCapacity(nodes)
    if keepsPositions { positions.reserveCapacity(nodes) }
    if syntax == .yaml { columns.reserveCapacity(nodes) }
  }

  /// Where the tape ends now, to roll back to.
  var tapeEnd: (nodes: Int, text: Int) { (first.count, rewritten.count) }

  /// Drops every node and rewritten text added since `end` (a `tapeEnd`), keeping the room.
  mutating func rollBack(to end: (nodes: Int, text: Int)) {
    first.removeSubrange(end.nodes...)
    second.removeSubrange(end.nodes...)
    if keepsPositions { positions.removeSubrange(end.nodes...) }
    if syntax == .yaml { columns.removeSubrange(end.nodes...) }
    rewritten.removeSubrange(end.text...)
  }

  /// Notes that `node`, a list closed with its count of elements, holds them at `offsets`.
  mutating func deferElements(of node: Node, at offsets: [UInt32]) { deferred[node.index] = offsets }

  /// The byte offsets of a deferred list's elements; nil for any other node.
  func deferredElements(_ node: Node) -> [UInt32]? { deferred.isEmpty ? nil : deferred[node.index] }

  /// Adds a scalar whose text is `length` bytes at `offset` (in the file, or past its end in
  /// `rewritten`).
  mutating func appendScalar(_ kind: Kind, offset: Int, length: Int, position: Int, column: Int = 0) {
    first.append(UInt32(truncatingIfNeeded: offset))
    second.append(UInt32(truncatingIfNeeded: length) & Self.sizeMask | UInt32(kind.rawValue) << Self.kindShift)
    if keepsPositions { positions.append(UInt32(truncatingIfNeeded: position)) }
    if syntax == .yaml { columns.append(UInt32(truncatingIfNeeded: column)) }
  }

  /// Adds text that is not the file's own bytes as they stand; returns its offset.
  mutating func appendText<C: Collection<UInt8>>(_ bytes: C) -> Int {
    let offset = file.count + rewritten.count
    rewritten.append(contentsOf: bytes)
    return offset
  }

  /// Adds a mapping or list whose children follow; `close` finishes it.
  mutating func open(_ kind: Kind, position: Int, column: Int = 0) -> Node {
    appendScalar(kind, offset: 0, length: 0, position: position, column: column)
    return Node(index: first.count - 1)
  }

  /// Finishes a container opened with `open`: its children are the nodes added since.
  mutating func close(_ node: Node, children: Int) {
    first[node.index] = UInt32(truncatingIfNeeded: first.count)
    second[node.index] =
      UInt32(truncatingIfNeeded: children) & Self.sizeMask | second[node.index] & ~Self.sizeMask
  }

  /// Adds again the nodes of `node`'s subtree (a YAML alias repeating an anchor), at the alias's
  /// own position. An anchored key was written quoted, so its copy is text too.
  mutating func repeatSubtree(_ node: Node, position: Int, column: Int) {
    let start = node.index
    let end = self.end(node)
    let shift = first.count - start
    for index in start..<end {
      let kind = self.kind(Node(index: index))
      let isContainer = kind == .mapping || kind == .sequence
      first.append(isContainer ? first[index] + UInt32(shift) : first[index])
      second.append(second[index])
      positions.append(index == start ? UInt32(truncatingIfNeeded: position) : positions[index])
      if syntax == .yaml { columns.append(index == start ? UInt32(truncatingIfNeeded: column) : columns[index]) }
    }
  }

  // MARK: - Reading

  func kind(_ node: Node) -> Kind { Kind(rawValue: UInt8(second[node.index] >> Self.kindShift)) ?? .null }

  /// A scalar's text length in bytes, or a container's number of children.
  func size(_ node: Node) -> Int { Int(second[node.index] & Self.sizeMask) }

  /// The index just past `node` and everything in it.
  func end(_ node: Node) -> Int {
    switch kind(node) {
    case .mapping, .sequence: Int(first[node.index])
    default: node.index + 1
    }
  }

  /// Calls `body` with each child of a container in order (a mapping's keys and values
  /// alternate), skipping over what each holds.
  func forEachChild(_ node: Node, _ body: (Node) -> Void) {
    let kind = self.kind(node)
    guard kind == .mapping || kind == .sequence else { return }
    var index = node.index + 1
    let end = Int(first[node.index])
    while index < end {
      let child = Node(index: index)
      body(child)
      index = self.end(child)
    }
  }

  /// Calls `body` with each key and value of a mapping, in the order written.
  func forEachEntry(_ node: Node, _ body: (_ key: Node, _ value: Node) -> Void) {
    guard kind(node) == .mapping else { return }
    var index = node.index + 1
    let end = Int(first[node.index])
    while index + 1 < end {
      let value = Node(index: index + 1)
      body(Node(index: index), value)
      index = self.end(value)
    }
  }

  /// A mapping's keys and values, in the order written.
  func entries(_ node: Node) -> [(key: Node, value: Node)] {
    var out: [(key: Node, value: Node)] = []
    out.reserveCapacity(childCount(node) / 2)
    forEachEntry(node) { out.append(($0, $1)) }
    return out
  }

  /// A list's items, or a mapping's keys and values.
  func childCount(_ node: Node) -> Int {
    kind(node) == .mapping || kind(node) == .sequence ? size(node) : 0
  }

  /// The bytes of a scalar's text.
  func withBytes<R>(_ node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let offset = Int(first[node.index])
    let length = kind(node) == .scalar || kind(node) == .quoted ? size(node) : 0
    if offset < file.count {
      return file.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offset..<offset + length])) }
    }
    let start = offset - file.count
    return rewritten.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
  }

  /// A scalar written as a plain whole number (digits only, at most 18 of them), read with no
  /// string made; nil for anything else, which the caller reads the slow way, with its messages.
  func plainInteger(_ node: Node) -> Int? {
    guard kind(node) == .scalar else { return nil }
    return withBytes(node) { bytes -> Int? in
      guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
      var value = 0
      for byte in bytes {
        let digit = byte &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value &* 10 &+ Int(digit)
      }
      return value
    }
  }

  /// A scalar's text ("" for anything else).
  func string(_ node: Node) -> String {
    withBytes(node) { String(decoding: $0, as: UTF8.self) }
  }

  /// The first of `nodes` whose text is the same bytes as `node`'s: a duplicate key, looked for
  /// in one call, so that a parser does not copy the tape to compare each pair.
  ///
  /// Compared a byte at a time where each lies, with no closure: a closure over the tape had a
  /// copy of it (a retain of each of its arrays) made for each key of a large file.
  func firstSameText(as node: Node, among nodes: ArraySlice<Node>) -> Node? {
    let start = Int(first[node.index])
    let length = size(node)
    for other in nodes where size(other) == length {
      let otherStart = Int(first[other.index])
      var same = true
      for offset in 0..<length where byte(at: start + offset) != byte(at: otherStart + offset) {
        same = false
        break
      }
      if same { return other }
    }
    return nil
  }

  /// The byte at `offset` of the file, or past its end of the text written out.
  @inline(__always)
  private func byte(at offset: Int) -> UInt8 {
    offset < file.count ? file[offset] : rewritten[offset - file.count]
  }

  /// True when a scalar's text is exactly `word` (compared as bytes, with no string made).
  func textIs(_ node: Node, _ word: String) -> Bool {
    var word = word
    return word.withUTF8 { expected in withBytes(node) { $0.elementsEqual(expected) } }
  }

  /// Where `node` is in the file, counted as a reader counts: lines and characters from 1.
  func mark(_ node: Node) -> Mark {
    if let kept = node.keptMark { return kept }
    if let offset = node.fileOffset { return lines.mark(ofByte: offset, in: file) }
    return switch syntax {
    case .yaml: Mark(line: Int(positions[node.index]), column: Int(columns[node.index]))
    case .json: lines.mark(ofByte: offset(node), in: file)
    }
  }

  /// A JSON node's byte offset: stored, or found by reading the file again.
  func offset(_ node: Node) -> Int {
    if let offset = node.fileOffset { return offset }
    if keepsPositions { return Int(positions[node.index]) }
    return lines.offset(of: node.index, in: file, defersFunding: defersFunding)
  }

  /// What a user would call this kind of node, for "expected X, found Y" messages.
  func kindName(_ node: Node) -> String {
    switch kind(node) {
    case .quoted: "the text \"\(TextSanitizer.clean(string(node), limit: 40))\""
    case .scalar: "'\(TextSanitizer.clean(string(node), limit: 40))'"
    case .null: "nothing (null)"
    case .mapping: "a mapping of keys"
    case .sequence: "a list"
    }
  }
}

/// The offsets at which a file's lines start, made the first time a position is asked for, so
/// reading a valid file never pays for it and a file with many problems pays once.
final class LineIndex {
  private var starts: [Int]?
  private var offsets: [UInt32]?

  /// The byte offset of the `node`th node of the JSON in `bytes`, read again with positions
  /// kept the first time one is asked for.
  func offset(of node: Int, in bytes: [UInt8], defersFunding: Bool) -> Int {
    let offsets = self.offsets ?? JSONDocumentParser.positions(of: bytes, defersFunding: defersFunding)
    self.offsets = offsets
    return offsets.indices.contains(node) ? Int(offsets[node]) : 0
  }

  /// Line and column (characters, from 1) of the byte at `offset`.
  func mark(ofByte offset: Int, in bytes: [UInt8]) -> Mark {
    let starts = self.starts ?? build(bytes)
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var i = starts[low]
    while i < offset && i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    return Mark(line: low + 1, column: column)
  }

  private func build(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    for i in bytes.indices where bytes[i] == 0x0A { starts.append(i + 1) }
    self.starts = starts
    return starts
  }
}
