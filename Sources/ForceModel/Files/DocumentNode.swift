/// A position in a scenario file, 1-based, with columns counted in characters.
public struct Mark: Sendable, Hashable, CustomStringConvertible {
  /// Line, from 1.
  public var line: Int
  /// Column, from 1.
  public var column: Int

  /// A place in a file.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The file's first character.
  public static let start = Mark(line: 1, column: 1)
  public var description: String { "\(line):\(column)" }
}

/// A parsed scenario document, the same whether it came from YAML or JSON, with the position of
/// every node so that any later complaint can name its line and column.
indirect enum DocumentNode: Sendable {
  /// Text as written. `quoted` tells a string `"12"` from a number `12`.
  case scalar(String, quoted: Bool, Mark)
  case null(Mark)
  case mapping([DocumentEntry], Mark)
  case sequence([DocumentNode], Mark)

  var mark: Mark {
    switch self {
    case .scalar(_, _, let mark), .null(let mark), .mapping(_, let mark), .sequence(_, let mark): mark
    }
  }

  /// What a user would call this kind of node, for "expected X, found Y" messages.
  var kindName: String {
    switch self {
    case .scalar(let text, let quoted, _):
      if quoted { return "the text \"\(TextSanitizer.clean(text, limit: 40))\"" }
      return "'\(TextSanitizer.clean(text, limit: 40))'"
    case .null: return "nothing (null)"
    case .mapping: return "a mapping of keys"
    case .sequence: return "a list"
    }
  }
}

/// One key and its value in a mapping.
struct DocumentEntry: Sendable {
  var key: String
  var keyMark: Mark
  var value: DocumentNode
}
