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

/// A document to be written (a scenario, a journal, a report item), the same for YAML and
/// JSON. Files are read into a `Document` tape instead; this tree is only ever written.
indirect enum DocumentNode: Sendable {
  /// Text as written. `quoted` tells a string `"12"` from a number `12`.
  case scalar(String, quoted: Bool)
  case null
  case mapping([DocumentEntry])
  case sequence([DocumentNode])
}

/// One key and its value in a mapping.
struct DocumentEntry: Sendable {
  var key: String
  var value: DocumentNode
}
