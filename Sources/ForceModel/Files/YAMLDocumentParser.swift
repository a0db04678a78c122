import Yams

/// Parses YAML (through Yams and libyaml) into a `DocumentNode`, keeping positions.
enum YAMLDocumentParser {
  static func parse(_ text: String, file: String) throws(ScenarioDiagnostic) -> DocumentNode {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw diagnostic(for: error, file: file)
    } catch {
      throw ScenarioDiagnostic(file: file, mark: .start, message: "YAML error: \(error)")
    }
    guard let root else {
      throw ScenarioDiagnostic(
        file: file, mark: .start, message: "the file holds no YAML document", hint: "start with 'schema: 1'")
    }
    return try convert(root, file: file)
  }

  static func diagnostic(for error: YamlError, file: String) -> ScenarioDiagnostic {
    func mark(_ yamsMark: Yams.Mark) -> Mark { Mark(line: yamsMark.line, column: yamsMark.column) }
    switch error {
    case .scanner(let context, let problem, let at, _), .parser(let context, let problem, let at, _),
      .composer(let context, let problem, let at, _):
      var message = "YAML syntax: \(problem)"
      if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
      return ScenarioDiagnostic(
        file: file, mark: mark(at), message: message,
        hint: "check the indentation and quoting here; indent with spaces, not tabs")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ScenarioDiagnostic(
        file: file, mark: mark(context.mark),
        message:
          "duplicate key \(duplicates.map { "'\(TextSanitizer.clean($0))'" }.joined(separator: ", ")) in a mapping",
        hint: "each key may appear once in a mapping")
    case .reader(let problem, let offset, _, _):
      return ScenarioDiagnostic(
        file: file, mark: .start, message: "YAML reader: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
    default:
      return ScenarioDiagnostic(file: file, mark: .start, message: "YAML error: \(error)")
    }
  }

  private static func convert(_ node: Node, file: String) throws(ScenarioDiagnostic) -> DocumentNode {
    let at = node.mark.map { Mark(line: $0.line, column: $0.column) } ?? .start
    switch node {
    case .scalar(let scalar):
      let quoted =
        scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        || scalar.style == .literal || scalar.style == .folded
      if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null(at) }
      return .scalar(scalar.string, quoted: quoted, at)
    case .mapping(let mapping):
      var entries: [DocumentEntry] = []
      entries.reserveCapacity(mapping.count)
      var seen: [String: Mark] = [:]
      for (key, value) in mapping {
        let keyMark = key.mark.map { Mark(line: $0.line, column: $0.column) } ?? at
        guard case .scalar(let keyScalar) = key else {
          throw ScenarioDiagnostic(
            file: file, mark: keyMark, message: "a key must be plain text", hint: "write keys as words such as 'name:'")
        }
        if let first = seen[keyScalar.string] {
          throw ScenarioDiagnostic(
            file: file, mark: keyMark,
            message: "duplicate key '\(TextSanitizer.clean(keyScalar.string))' (first at line \(first.line))",
            hint: "each key may appear once in a mapping")
        }
        seen[keyScalar.string] = keyMark
        entries.append(DocumentEntry(key: keyScalar.string, keyMark: keyMark, value: try convert(value, file: file)))
      }
      return .mapping(entries, at)
    case .sequence(let sequence):
      var items: [DocumentNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence { items.append(try convert(item, file: file)) }
      return .sequence(items, at)
    case .alias:
      throw ScenarioDiagnostic(
        file: file, mark: at, message: "YAML aliases are not supported in scenario files",
        hint: "write the value out in full")
    }
  }
}
