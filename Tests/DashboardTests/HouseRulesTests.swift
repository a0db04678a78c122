import Foundation
import Testing

@testable import Dashboard

/// The rules ARCHITECTURE.md states for the code, checked over `Sources/` so a change that
/// breaks one fails here rather than in a review: no file over 600 lines, no function over 80,
/// every public declaration documented, one sub-state per concern in `AppState`.
@Suite struct HouseRulesTests {
  /// Every Swift file under `Sources/`, with its lines.
  static let sources: [(path: String, lines: [String])] = {
    let root = packageRoot + "/Sources"
    let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    return paths.filter { $0.hasSuffix(".swift") }.sorted().compactMap { path in
      guard let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { return nil }
      return ("Sources/" + path, text.components(separatedBy: "\n"))
    }
  }()

  @Test func theSourcesAreThere() {
    #expect(Self.sources.count > 150)
  }

  @Test func noFileIsOverSixHundredLines() {
    for file in Self.sources {
      #expect(file.lines.count <= 601, "\(file.path) has \(file.lines.count) lines")
    }
  }

  @Test func noFunctionIsOverEightyLines() {
    let found = Self.sources.reduce(0) { $0 + Self.functionLengths($1.lines).count }
    #expect(found > 800, "the check still finds the functions (\(found))")
    for file in Self.sources {
      for (start, length) in Self.functionLengths(file.lines) {
        #expect(length <= 80, "\(file.path):\(start + 1): \(length) lines")
      }
    }
  }

  @Test func everyPublicDeclarationSaysWhatItIs() {
    // Members that implement a protocol's requirement are documented by the protocol.
    let requirements = ["var description: String {", "static func <", "static func ==", "func hash(into"]
    let found = Self.sources.reduce(0) { total, file in
      total + file.lines.filter { Self.isPublicDeclaration($0.trimmingCharacters(in: .whitespaces)) }.count
    }
    #expect(found > 800, "the check still finds the public declarations (\(found))")
    for file in Self.sources {
      for (index, line) in file.lines.enumerated() {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard Self.isPublicDeclaration(text), !requirements.contains(where: text.contains) else { continue }
        var above = index - 1
        while above >= 0, file.lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
        let documented = above >= 0 && file.lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///")
        #expect(documented, "\(file.path):\(index + 1): \(text)")
      }
    }
  }

  @Test func appStateHoldsOneSubStatePerConcern() throws {
    let file = try #require(Self.sources.first { $0.path.hasSuffix("State/AppState.swift") })
    let start = try #require(file.lines.firstIndex { $0.hasPrefix("public struct AppState") })
    let end = try #require(file.lines[start...].firstIndex { $0.hasPrefix("  public init(") })
    let stored = file.lines[start..<end].filter { line in
      let text = line.trimmingCharacters(in: .whitespaces)
      guard line.hasPrefix("  ") && !line.hasPrefix("   "), !text.hasPrefix("//") else { return false }
      // A stored property: `var name: Type` or `= value`, with no body of its own on the line.
      let declares = text.range(
        of: #"^(public )?(private\(set\) |internal\(set\) )?(public )?var \w+"#, options: .regularExpression)
      return declares != nil && !text.hasSuffix("{") || text.contains("var history")
    }
    #expect(stored.count <= 15, "AppState stores \(stored.count): \(stored)")
    #expect(stored.count >= 5, "the check still finds AppState's properties")
  }

  /// Whether a line declares something public (a type, function, property or initialiser).
  static func isPublicDeclaration(_ text: String) -> Bool {
    text.range(
      of:
        #"^(@\w+(\([^)]*\))? )*public (static |final |mutating |nonisolated |override |indirect |private\(set\) |internal\(set\) )*(func|var|let|init|struct|enum|class|protocol|typealias|subscript)\b"#,
      options: .regularExpression) != nil
  }

  /// The first line and length in lines of every function, initialiser and computed property
  /// with a body, by matching braces (strings and line comments left out).
  static func functionLengths(_ lines: [String]) -> [(start: Int, length: Int)] {
    let opener =
      #"^\s*(@\w+\s+)*((public|private|fileprivate|internal|static|mutating|override|final|nonisolated|package|@discardableResult)\s+)*(func\s|init[?(<]|subscript)"#
    var out: [(Int, Int)] = []
    for (index, line) in lines.enumerated() where line.range(of: opener, options: .regularExpression) != nil {
      var depth = 0
      var started = false
      var row = index
      scanning: while row < lines.count {
        let code = lines[row].replacingOccurrences(of: #""(\\.|[^"\\])*""#, with: "\"\"", options: .regularExpression)
          .components(separatedBy: "//")[0]
        for character in code {
          if character == "{" {
            depth += 1
            started = true
          } else if character == "}" {
            depth -= 1
          }
        }
        if started && depth <= 0 { break scanning }
        if !started && row > index + 8 { break scanning }
        row += 1
      }
      if started { out.append((index, row - index + 1)) }
    }
    return out
  }
}
