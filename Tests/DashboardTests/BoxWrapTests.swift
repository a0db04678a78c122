import Testing

@testable import Dashboard
@testable import ForceModel

/// Found by the random keys: wrapping text in a narrow box looped for ever (and took all memory)
/// when an indent was wider than the line, or a wide character met a line with one cell left.
@Suite struct BoxWrapTests {
  @Test func aDeepIndentOnANarrowBoxEnds() {
    let lines = BoxContent.wrap(String(repeating: " ", count: 12) + "Source SOURCE-ARTICLE: a title", width: 9)
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { TextWidth.of($0) <= 9 }, "\(lines)")
    #expect(lines.joined().replacingOccurrences(of: " ", with: "") == "SourceSOURCE-ARTICLE:atitle")
  }

  @Test func wideCharactersWhereOneCellIsLeftEnd() {
    let lines = BoxContent.wrap("ab 字字字字字字字字字字 👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", width: 9)
    #expect(lines.joined().filter { $0 != " " } == "ab字字字字字字字字字字👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧")
    #expect(lines.allSatisfy { TextWidth.of($0) <= 10 }, "at most one wide character past the edge: \(lines)")
  }
}
