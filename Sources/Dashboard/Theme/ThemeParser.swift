/// Reads theme files: a small TOML subset (`name = "…"`, `[role]` sections with `fg`, `bg`,
/// `bold`, `underline`, `reverse`), reporting errors by file, line and key.
///
/// A full TOML library would be a C++ dependency for five keys; this reader knows exactly the
/// keys a theme has, so it can say which one is wrong and suggest the right one.
public enum ThemeParser {
  /// A problem in a theme file.
  public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The theme file.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The key on that line, when known.
    public var key: String?
    /// What is wrong.
    public var message: String

    public var description: String {
      "\(file):\(line): \(key.map { "'\($0)': " } ?? "")\(message)"
    }
  }

  static let entryKeys = ["fg", "bg", "bold", "underline", "reverse"]

  /// Reads a theme file's text.
  public static func parse(_ text: String, file: String) throws(Problem) -> Theme {
    var header = Header()
    var entries: [ThemeRole: Theme.Entry] = [:]
    var role: ThemeRole?
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = stripComment(String(rawLine)).trimmingSpaces()
      if line.isEmpty { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]") else {
          throw Problem(file: file, line: lineNumber, key: nil, message: "a section header needs a closing ']'")
        }
        let section = String(line.dropFirst().dropLast()).trimmingSpaces()
        guard let found = ThemeRole(rawValue: section) else {
          let roles = ThemeRole.allCases.map(\.rawValue)
          throw Problem(
            file: file, line: lineNumber, key: section,
            message: "unknown role"
              + (closest(section, roles).map { "; did you mean '\($0)'?" } ?? "; roles are "
                + roles.joined(separator: ", ")))
        }
        if entries[found] != nil {
          throw Problem(file: file, line: lineNumber, key: section, message: "this role is already defined")
        }
        role = found
        entries[found] = Theme.Entry()
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw Problem(file: file, line: lineNumber, key: nil, message: "expected 'key = value'")
      }
      let key = String(line[..<equals]).trimmingSpaces()
      let value = String(line[line.index(after: equals)...]).trimmingSpaces()
      guard let role else {
        try readHeader(key, value, file: file, line: lineNumber, into: &header)
        continue
      }
      var entry = entries[role] ?? Theme.Entry()
      switch key {
      case "fg", "bg":
        let text = try string(value, file: file, line: lineNumber, key: key, allowBare: true)
        guard let color = ThemeColor(parsing: text) else {
          throw Problem(
            file: file, line: lineNumber, key: key,
            message: "'\(text)' is not a colour; use a name (red, bright_blue, default), 0-255 or #rrggbb")
        }
        if key == "fg" { entry.foreground = color } else { entry.background = color }
      case "bold", "underline", "reverse":
        guard value == "true" || value == "false" else {
          throw Problem(file: file, line: lineNumber, key: key, message: "expected true or false")
        }
        if key == "bold" { entry.bold = value == "true" }
        if key == "underline" { entry.underline = value == "true" }
        if key == "reverse" { entry.reverse = value == "true" }
      default:
        throw Problem(
          file: file, line: lineNumber, key: key,
          message: "unknown key"
            + (closest(key, entryKeys).map { "; did you mean '\($0)'?" }
              ?? "; keys are fg, bg, bold, underline, reverse"))
      }
      entries[role] = entry
    }
    guard let name = header.name, !name.isEmpty else {
      throw Problem(file: file, line: 1, key: "name", message: "the theme has no name; add name = \"…\" at the top")
    }
    return Theme(name: name, description: header.description, order: header.order, entries: entries)
  }

  static func stripComment(_ line: String) -> String {
    var inString = false
    var out = ""
    for character in line {
      if character == "\"" { inString.toggle() }
      if character == "#" && !inString {
        // '#rrggbb' written bare after '=' is a colour, not a comment.
        if out.trimmingSpaces().hasSuffix("=") { out.append(character); continue }
        break
      }
      out.append(character)
    }
    return out
  }

  /// The keys before the first `[role]`.
  struct Header {
    var name: String?
    var description = ""
    var order: Int?
  }

  /// Reads one key before the first `[role]`: name, description or order.
  static func readHeader(_ key: String, _ value: String, file: String, line: Int, into header: inout Header)
    throws(Problem)
  {
    switch key {
    case "name": header.name = try string(value, file: file, line: line, key: key)
    case "description": header.description = try string(value, file: file, line: line, key: key)
    case "order":
      guard let number = Int(value), number >= 0 else {
        throw Problem(file: file, line: line, key: key, message: "'\(value)' is not a whole number ≥ 0")
      }
      header.order = number
    default:
      throw Problem(
        file: file, line: line, key: key,
        message: "unknown key before the first [role]; expected name, description or order")
    }
  }

  static func string(_ value: String, file: String, line: Int, key: String, allowBare: Bool = false) throws(Problem)
    -> String
  {
    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { return String(value.dropFirst().dropLast()) }
    if allowBare, !value.isEmpty, !value.contains(" ") { return value }
    throw Problem(file: file, line: line, key: key, message: "expected a string in double quotes")
  }

  static func closest(_ word: String, _ candidates: [String]) -> String? {
    candidates.first { candidate in
      let a = Array(word.lowercased())
      let b = Array(candidate)
      if abs(a.count - b.count) > 2 { return false }
      var differences = abs(a.count - b.count)
      for (x, y) in zip(a, b) where x != y { differences += 1 }
      return differences <= 2 || candidate.hasPrefix(word.lowercased()) || word.lowercased().hasPrefix(candidate)
    }
  }
}

extension String {
  func trimmingSpaces() -> String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" || first == "\r" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return String(text)
  }
}
