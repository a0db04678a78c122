import CYAML

/// Parses YAML into a `Document` tape, keeping positions, straight from libyaml's event stream.
///
/// Scenario files need only YAML's data model (mappings, lists, plain and quoted scalars), so
/// the events are written onto the tape here with an explicit stack: no tree of values, no
/// recursion however deep the nesting, and no Foundation in the binary (the previous parser, Yams,
/// brought Foundation and its ICU data with it — most of the program's memory).
struct YAMLDocumentParser {
  /// A mapping or list whose events are still arriving.
  private struct Open {
    var node: Document.Node
    var isMapping: Bool
    /// For a mapping: true when the next scalar is a key.
    var expectsKey: Bool
    var children = 0
    /// Where this mapping's keys start on the parser's key stack.
    var keysBase: Int
    /// A large mapping's keys, for finding a duplicate without comparing every pair.
    var seen: [String: Document.Node]?
    /// The anchor (`&name`) an alias may repeat the finished node by.
    var anchor: String?
    /// How many nodes it holds, aliases counted in full.
    var size = 1
  }

  /// A node an alias may repeat, with its size in nodes.
  private struct Anchored {
    var node: Document.Node
    var size: Int
  }

  /// Aliases may repeat nodes, and a few nested ones can stand for billions ("billion laughs");
  /// past this many nodes a file is refused rather than left to exhaust memory and time.
  static let nodeLimit = 20_000_000
  /// As for JSON files.
  static let maximumDepth = 512
  /// A mapping with more keys than this checks for duplicates with a dictionary instead.
  private static let keysCheckedInLine = 24

  let file: String
  private var document = Document(syntax: .yaml, file: [])
  private var stack: [Open] = []
  private var keys: [Document.Node] = []
  private var hasRoot = false
  private var documents = 0
  private var anchors: [String: Anchored] = [:]
  private var nodes = 0

  /// How many lines of the file come before the text parsed: a half of a split funding list
  /// (`YAMLFundingSplit`) counts its lines from where it starts.
  private let linesBefore: Int

  private init(file: String, linesBefore: Int = 0) {
    self.file = file
    self.linesBefore = linesBefore
  }

  /// Parses the bytes of a whole file (already checked to be UTF-8).
  static func parse(_ bytes: [UInt8], file: String) throws(ScenarioDiagnostic) -> Document {
    try bytes.withUnsafeBufferPointer { buffer throws(ScenarioDiagnostic) in
      try parse(buffer, file: file, linesBefore: 0, bytes: bytes)
    }
  }

  /// Parses a half of a split funding list: a list of its own, on a tape whose nodes do not
  /// outlast it (`Document.lasting` keeps their lines and columns). Any problem is only a sign
  /// to parse the whole file the usual way, which reports it.
  static func parseHalf(_ half: YAMLFundingSplit.Half, of split: YAMLFundingSplit, file: String) -> Document? {
    let tape: Document? = split.source.withUnsafeBufferPointer { buffer in
      try? parse(
        UnsafeBufferPointer(rebasing: buffer[half.bytes]), file: file, linesBefore: half.firstLine - 1, bytes: [])
    }
    guard var tape, tape.kind(tape.root) == .sequence else { return nil }
    tape.makeScratch()
    return tape
  }

  /// Parses `buffer`; `bytes` (the same, or empty) places an unreadable character.
  private static func parse(_ buffer: UnsafeBufferPointer<UInt8>, file: String, linesBefore: Int, bytes: [UInt8])
    throws(ScenarioDiagnostic) -> Document
  {
    var builder = YAMLDocumentParser(file: file, linesBefore: linesBefore)
    builder.document.reserve(nodes: buffer.count / 8 + 16)
    let result: Result<Void, ScenarioDiagnostic> = {
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else {
        return .failure(ScenarioDiagnostic(file: file, mark: .start, message: "YAML error: out of memory"))
      }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var event = yaml_event_t()
      while true {
        guard yaml_parser_parse(&parser, &event) == 1 else {
          return .failure(diagnostic(for: parser, bytes: bytes, file: file))
        }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { return .success(()) }
        do throws(ScenarioDiagnostic) {
          try builder.take(event)
        } catch {
          return .failure(error)
        }
      }
    }()
    if case .failure(let diagnostic) = result { throw diagnostic }
    guard builder.hasRoot else {
      throw ScenarioDiagnostic(
        file: file, mark: .start, message: "the file holds no YAML document", hint: "start with 'schema: 1'")
    }
    return builder.document
  }

  /// Writes one event onto the tape.
  private mutating func take(_ event: yaml_event_t) throws(ScenarioDiagnostic) {
    let at = mark(event.start_mark)
    switch event.type {
    case YAML_SCALAR_EVENT, YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT: try count(1, at: at)
    default: break
    }
    switch event.type {
    case YAML_DOCUMENT_START_EVENT:
      documents += 1
      if documents > 1 {
        throw ScenarioDiagnostic(
          file: file, mark: at, message: "YAML syntax: the file holds a second YAML document",
          hint: "a scenario file is one document; remove the second '---' and what follows it")
      }
    case YAML_SCALAR_EVENT: try scalar(event, at: at)
    case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
      try refuseAsKey(at: at)
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let anchor = Self.text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
      let node = document.open(isMapping ? .mapping : .sequence, position: at.line, column: at.column)
      stack.append(Open(node: node, isMapping: isMapping, expectsKey: isMapping, keysBase: keys.count, anchor: anchor))
    case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
      guard let open = stack.popLast() else { return }
      document.close(open.node, children: open.children)
      keys.removeSubrange(open.keysBase...)
      if let anchor = open.anchor { anchors[anchor] = Anchored(node: open.node, size: open.size) }
      try added(size: open.size)
    case YAML_ALIAS_EVENT:
      let name = Self.text(event.data.alias.anchor) ?? ""
      guard let anchored = anchors[name] else {
        throw ScenarioDiagnostic(
          file: file, mark: at, message: "the alias '*\(TextSanitizer.clean(name))' names no anchor before it",
          hint: "write '&\(TextSanitizer.clean(name))' on the value to repeat, above this line")
      }
      try count(anchored.size, at: at)
      if stackExpectsKey {
        guard document.kind(anchored.node) == .quoted || document.kind(anchored.node) == .scalar else {
          return try refuseAsKey(at: at)
        }
        document.repeatSubtree(anchored.node, position: at.line, column: at.column)
        return try addedKey()
      }
      document.repeatSubtree(anchored.node, position: at.line, column: at.column)
      try added(size: anchored.size)
    default:
      // Stream start, document end: nothing to build.
      break
    }
  }

  /// A scalar: a key (always text), or a value that is text, a word or a number, or null.
  private mutating func scalar(_ event: yaml_event_t, at: Mark) throws(ScenarioDiagnostic) {
    let scalar = event.data.scalar
    let offset = Self.withBytes(scalar.value, count: scalar.length) { document.appendText($0) }
    let length = scalar.length
    let anchor = Self.text(scalar.anchor)
    if stackExpectsKey {
      // A key is text whatever it looks like, and an alias to it repeats it as text.
      document.appendScalar(.quoted, offset: offset, length: length, position: at.line, column: at.column)
      if let anchor { anchors[anchor] = Anchored(node: Document.Node(index: document.count - 1), size: 1) }
      return try addedKey()
    }
    let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE || Self.text(scalar.tag) == "tag:yaml.org,2002:str"
    let isNull =
      !quoted && Self.withBytes(scalar.value, count: length) { Self.nullWords.contains(where: $0.elementsEqual) }
    document.appendScalar(
      isNull ? .null : quoted ? .quoted : .scalar, offset: offset, length: length, position: at.line,
      column: at.column)
    if let anchor { anchors[anchor] = Anchored(node: Document.Node(index: document.count - 1), size: 1) }
    try added(size: 1)
  }

  private static let nullWords: [[UInt8]] = ["", "~", "null", "Null", "NULL"].map { Array($0.utf8) }

  /// True when the next scalar is a mapping's key.
  private var stackExpectsKey: Bool { stack.last?.expectsKey ?? false }

  /// A mapping or list may start here: not as a key, and not nested past the limit (the tape's
  /// later walks recurse).
  private func refuseAsKey(at mark: Mark) throws(ScenarioDiagnostic) {
    if stack.count >= Self.maximumDepth {
      throw ScenarioDiagnostic(
        file: file, mark: mark, message: "nesting is deeper than \(Self.maximumDepth) levels",
        hint: "a scenario nests a few levels; check for unclosed brackets")
    }
    guard stackExpectsKey else { return }
    throw ScenarioDiagnostic(
      file: file, mark: mark, message: "a key must be plain text", hint: "write keys as words such as 'name:'")
  }

  /// The key just written: refused if its mapping has it already; the mapping now waits for its value.
  private mutating func addedKey() throws(ScenarioDiagnostic) {
    // The open mapping is changed where it lies on the stack: popping and pushing it copied its
    // table of keys and its anchor for every key of a large file.
    guard let top = stack.indices.last else { return }
    let key = Document.Node(index: document.count - 1)
    let base = stack[top].keysBase
    if keys.count - base > Self.keysCheckedInLine {
      if stack[top].seen == nil {
        stack[top].seen = Dictionary(keys[base...].map { (document.string($0), $0) }) { first, _ in first }
      }
      let text = document.string(key)
      if let first = stack[top].seen?[text] { throw duplicate(key, first: first) }
      stack[top].seen?[text] = key
    } else {
      if let earlier = document.firstSameText(as: key, among: keys[base...]) { throw duplicate(key, first: earlier) }
    }
    keys.append(key)
    stack[top].expectsKey = false
    stack[top].children += 1
  }

  private func duplicate(_ key: Document.Node, first: Document.Node) -> ScenarioDiagnostic {
    .duplicateKey(
      document.string(key), at: document.mark(key), first: document.mark(first), in: "a mapping", file: file)
  }

  /// Counts nodes as they are made (an alias counts the nodes it repeats), against the limit.
  private mutating func count(_ size: Int, at mark: Mark) throws(ScenarioDiagnostic) {
    nodes += size
    guard nodes > Self.nodeLimit else { return }
    throw ScenarioDiagnostic(
      file: file, mark: mark, message: "the file's aliases repeat more than \(Self.nodeLimit) values",
      hint: "write the values out, or use fewer nested aliases")
  }

  /// A value has been written: it belongs to the open mapping or list, or is the root.
  private mutating func added(size: Int) throws(ScenarioDiagnostic) {
    // Changed where it lies, as in `addedKey`.
    guard let top = stack.indices.last else {
      hasRoot = true
      return
    }
    stack[top].size += size
    stack[top].children += 1
    if stack[top].isMapping { stack[top].expectsKey = true }
  }

  /// libyaml counts lines and columns (in characters) from 0.
  private static func mark(_ mark: yaml_mark_t) -> Mark { Mark(line: mark.line + 1, column: mark.column + 1) }

  /// A mark in the file, for text that starts `linesBefore` lines into it.
  private func mark(_ mark: yaml_mark_t) -> Mark { Mark(line: mark.line + 1 + linesBefore, column: mark.column + 1) }

  private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  private static func withBytes<Byte, R>(
    _ pointer: UnsafeMutablePointer<Byte>?, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    guard let pointer, count > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
      body(UnsafeBufferPointer(start: $0, count: count))
    }
  }

  /// What libyaml could not read, where, and in what context.
  private static func diagnostic(for parser: yaml_parser_t, bytes: [UInt8], file: String) -> ScenarioDiagnostic {
    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
    switch parser.error {
    case YAML_READER_ERROR:
      let offset = min(parser.problem_offset, bytes.count)
      return ScenarioDiagnostic(
        file: file, mark: ScenarioText.mark(ofByte: offset, in: bytes), message: "YAML reader: \(problem)",
        hint: "save the file as UTF-8 text")
    case YAML_MEMORY_ERROR:
      return ScenarioDiagnostic(file: file, mark: .start, message: "YAML error: out of memory")
    default:
      var message = "YAML syntax: \(problem)"
      // libyaml puts the end of a file that stops mid-line on the line after it, which the
      // file does not have: such a mark is the file's end, where the reader can find it.
      let end = ScenarioText.mark(ofByte: bytes.count, in: bytes)
      func inside(_ mark: Mark) -> Mark {
        mark.line > end.line || (mark.line == end.line && mark.column > end.column) ? end : mark
      }
      if let context = parser.context {
        let where_ = inside(mark(parser.context_mark))
        message += " (\(String(cString: context)) at line \(where_.line), column \(where_.column))"
      }
      return ScenarioDiagnostic(
        file: file, mark: inside(mark(parser.problem_mark)), message: message,
        hint: "check the indentation and quoting here; indent with spaces, not tabs")
    }
  }
}
