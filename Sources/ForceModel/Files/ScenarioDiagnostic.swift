/// One thing wrong with a scenario file, at a position, with what to do about it.
public struct ScenarioDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file, as the user named it.
  public var file: String
  /// Where in it.
  public var mark: Mark
  /// What is wrong.
  public var message: String
  /// What to do about it, when that can be said.
  public var hint: String?

  /// The message and hint are cleaned here, once for every diagnostic: they quote the file's
  /// own text (a key, an id, a did-you-mean candidate), which may hold control or bidi
  /// characters, and a diagnostic goes to terminals, reports and JSON alike.
  public init(file: String, mark: Mark, message: String, hint: String? = nil) {
    self.file = file
    self.mark = mark
    self.message = TextSanitizer.clean(message)
    self.hint = hint.map { TextSanitizer.clean($0) }
  }

  /// A key written twice in one mapping (YAML) or object (JSON), at its second place.
  static func duplicateKey(_ key: String, at mark: Mark, first: Mark, in container: String, file: String)
    -> ScenarioDiagnostic
  {
    ScenarioDiagnostic(
      file: file, mark: mark, message: "duplicate key '\(TextSanitizer.clean(key))' (first at line \(first.line))",
      hint: "each key may appear once in \(container)")
  }

  /// `file:line:column: what is wrong (hint: what to do)`, on one line.
  public var description: String {
    var text = "\(file):\(mark.line):\(mark.column): \(message)"
    if let hint { text += " (hint: \(hint))" }
    return text
  }
}

/// Why a scenario file could not be read or written. Nothing is half-loaded: a file with any
/// diagnostic is rejected whole.
public enum ScenarioFileError: Error, Sendable, CustomStringConvertible {
  /// The file was read but its content is wrong, one diagnostic per problem.
  case invalid([ScenarioDiagnostic])
  /// The file could not be opened or read at all.
  case cannotRead(path: String, reason: String)
  /// Saving failed; the original file is untouched.
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .invalid(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .cannotRead(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot save: \(reason); the file on disk is unchanged"
    }
  }

  /// The diagnostics, or one that stands for a read or write failure.
  public var diagnostics: [ScenarioDiagnostic] {
    switch self {
    case .invalid(let diagnostics): diagnostics
    case .cannotRead(let path, let reason):
      [ScenarioDiagnostic(file: path, mark: .start, message: "cannot read: \(reason)")]
    case .cannotWrite(let path, let reason):
      [ScenarioDiagnostic(file: path, mark: .start, message: "cannot save: \(reason)")]
    }
  }
}
