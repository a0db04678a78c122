import CYAML

/// Parses YAML into a `DocumentNode`, keeping positions, straight from libyaml's event stream.
///
/// Scenario files need only YAML's data model (mappings, lists, plain and quoted scalars), so
/// the events are built into the tree here with an explicit stack: no intermediate node tree, no
/// recursion however deep the nesting, and no Foundation in the binary (the previous parser, Yams,
/// brought Foundation and its ICU data with it — most of the program's memory).
struct YAMLDocumentParser {
  /// A mapping or list whose events are still arriving.
  private struct Open {
    enum Kind {
      case mapping(entries: [DocumentEntry], key: (text: String, mark: Mark)?, seen: [String: Mark])
      case sequence(items: [DocumentNode])
    }
    var kind: Kind
    var mark: Mark
    /// The anchor (`&name`) an alias may repeat the finished node by.
    var anchor: String?
    /// How many nodes it holds, aliases counted in full.
    var size = 1
  }

  /// A node an alias may repeat, with its size in nodes.
  private struct Anchored {
    var node: DocumentNode
    var size: Int
  }

  /// Aliases may repeat nodes, and a few nested ones can stand for billions ("billion laughs");
  /// past this many nodes a file is refused rather than left to exhaust memory and time.
  static let nodeLimit = 20_000_000
  /// As for JSON files.
  static let maximumDepth = 512

  let file: String
  private var stack: [Open] = []
  private var root: DocumentNode?
  private var documents = 0
  private var anchors: [String: Anchored] = [:]
  private var nodes = 0

  private init(file: String) { self.file = file }

  /// Parses the bytes of a whole file (already checked to be UTF-8).
  static func parse(_ bytes: [UInt8], file: String) throws(ScenarioDiagnostic) -> DocumentNode {
    var builder = YAMLDocumentParser(file: file)
    let result: Result<Void, ScenarioDiagnostic> = bytes.withUnsafeBufferPointer { buffer in
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
    }
    if case .failure(let diagnostic) = result { throw diagnostic }
    guard let root = builder.root else {
      throw ScenarioDiagnostic(
        file: file, mark: .start, message: "the file holds no YAML document", hint: "start with 'schema: 1'")
    }
    return root
  }

  /// Builds one event into the tree.
  private mutating func take(_ event: yaml_event_t) throws(ScenarioDiagnostic) {
    let at = Self.mark(event.start_mark)
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
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = Self.string(scalar.value, count: scalar.length)
      let anchor = Self.text(scalar.anchor)
      if stackExpectsKey {
        if let anchor { anchors[anchor] = Anchored(node: .scalar(text, quoted: true, at), size: 1) }
        try addKey(text, at: at)
        return
      }
      let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE || Self.text(scalar.tag) == "tag:yaml.org,2002:str"
      let node: DocumentNode =
        !quoted && ["", "~", "null", "Null", "NULL"].contains(text) ? .null(at) : .scalar(text, quoted: quoted, at)
      if let anchor { anchors[anchor] = Anchored(node: node, size: 1) }
      try add(node, size: 1)
    case YAML_MAPPING_START_EVENT:
      try refuseAsKey(at: at)
      let kind = Open.Kind.mapping(entries: [], key: nil, seen: [:])
      stack.append(Open(kind: kind, mark: at, anchor: Self.text(event.data.mapping_start.anchor)))
    case YAML_SEQUENCE_START_EVENT:
      try refuseAsKey(at: at)
      stack.append(Open(kind: .sequence(items: []), mark: at, anchor: Self.text(event.data.sequence_start.anchor)))
    case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
      guard let open = stack.popLast() else { return }
      let node: DocumentNode
      switch open.kind {
      case .mapping(let entries, _, _): node = .mapping(entries, open.mark)
      case .sequence(let items): node = .sequence(items, open.mark)
      }
      if let anchor = open.anchor { anchors[anchor] = Anchored(node: node, size: open.size) }
      try add(node, size: open.size)
    case YAML_ALIAS_EVENT:
      let name = Self.text(event.data.alias.anchor) ?? ""
      guard let anchored = anchors[name] else {
        throw ScenarioDiagnostic(
          file: file, mark: at, message: "the alias '*\(TextSanitizer.clean(name))' names no anchor before it",
          hint: "write '&\(TextSanitizer.clean(name))' on the value to repeat, above this line")
      }
      try count(anchored.size, at: at)
      if stackExpectsKey {
        guard case .scalar(let key, _, _) = anchored.node else { return try refuseAsKey(at: at) }
        return try addKey(key, at: at)
      }
      try add(anchored.node, size: anchored.size)
    default:
      // Stream start, document end: nothing to build.
      break
    }
  }

  /// True when the next scalar is a mapping's key.
  private var stackExpectsKey: Bool {
    if case .mapping(_, nil, _) = stack.last?.kind { return true }
    return false
  }

  /// A mapping or list may start here: not as a key, and not nested past the limit (the tree's
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

  private mutating func addKey(_ key: String, at mark: Mark) throws(ScenarioDiagnostic) {
    guard var open = stack.popLast(), case .mapping(let entries, _, var seen) = open.kind else { return }
    // Let go of the stack's copy first, so that adding the key does not copy the dictionary.
    open.kind = .sequence(items: [])
    if let first = seen[key] {
      throw .duplicateKey(key, at: mark, first: first, in: "a mapping", file: file)
    }
    seen[key] = mark
    open.kind = .mapping(entries: entries, key: (key, mark), seen: seen)
    stack.append(open)
  }

  /// Counts nodes as they are made (an alias counts the nodes it repeats), against the limit.
  private mutating func count(_ size: Int, at mark: Mark) throws(ScenarioDiagnostic) {
    nodes += size
    guard nodes > Self.nodeLimit else { return }
    throw ScenarioDiagnostic(
      file: file, mark: mark, message: "the file's aliases repeat more than \(Self.nodeLimit) values",
      hint: "write the values out, or use fewer nested aliases")
  }

  /// Puts a finished node where it belongs: a mapping's value, a list's item, or the root.
  private mutating func add(_ node: DocumentNode, size: Int) throws(ScenarioDiagnostic) {
    guard var open = stack.popLast() else {
      root = node
      return
    }
    open.size += size
    switch open.kind {
    case .mapping(var entries, let key, let seen):
      // Move the entries out first, so appending does not copy them.
      open.kind = .sequence(items: [])
      if let key { entries.append(DocumentEntry(key: key.text, keyMark: key.mark, value: node)) }
      open.kind = .mapping(entries: entries, key: nil, seen: seen)
    case .sequence(var items):
      open.kind = .sequence(items: [])
      items.append(node)
      open.kind = .sequence(items: items)
    }
    stack.append(open)
  }

  /// libyaml counts lines and columns (in characters) from 0.
  private static func mark(_ mark: yaml_mark_t) -> Mark { Mark(line: mark.line + 1, column: mark.column + 1) }

  private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  private static func string<Byte>(_ pointer: UnsafeMutablePointer<Byte>?, count: Int) -> String {
    guard let pointer, count > 0 else { return "" }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
      String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
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
