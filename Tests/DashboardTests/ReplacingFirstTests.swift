import Testing

@testable import Dashboard

/// The byte search the meter row uses on every frame: the first match only, whole characters,
/// nothing changed when there is no match.
@Suite struct ReplacingFirstTests {
  @Test func replacesTheFirstMatchOnly() {
    #expect("a · b · c".replacingFirst(" · ", with: "") == "ab · c")
    #expect("▲ 500 ▲ 2".replacingFirst("▲ ", with: "▲") == "▲500 ▲ 2")
    #expect("Gap $459.8M ▼500".replacingFirst("▼500", with: "") == "Gap $459.8M ")
  }

  @Test func leavesTextWithoutAMatchAlone() {
    #expect("short".replacingFirst("longer than it", with: "x") == "short")
    #expect("abc".replacingFirst("", with: "x") == "abc")
    #expect("é".replacingFirst("e", with: "x") == "é")
  }
}
