import ForceModel
import Testing

@testable import Dashboard

/// The help, details and compare boxes scroll as a pager does: a page at a time, to the top
/// and the end, never past either.
@Suite struct OverlayScrollTests {
  func helpScroll(_ state: AppState) -> Int {
    if case .help(let scroll) = state.overlay { return scroll }
    return -1
  }

  @Test func pageDownMovesAPageAndEndGoesToTheLastLine() {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24)
    _ = reduce(&state, .key(.character("?")))
    let page = state.overlayPage
    #expect(page.maxScroll > page.rows, "help is longer than two boxes at 80×24")
    _ = reduce(&state, .key(.pageDown))
    #expect(helpScroll(state) == page.rows - 1)
    _ = reduce(&state, .key(.character("G")))
    #expect(helpScroll(state) == page.maxScroll)
    let end = render(state).text
    let wrapped = BoxContent.wrapped(
      HelpContent.lines(state), width: state.layout.boxWidth - 4, helpRows: true)
    let last = wrapped.last { !$0.0.trimmingCharacters(in: .whitespaces).isEmpty }?.0 ?? "?"
    #expect(end.contains(last.trimmingCharacters(in: .whitespaces)), "the last line of help is on screen")
    // Past the end nothing moves, so the first ↑ after End scrolls at once.
    _ = reduce(&state, .key(.pageDown))
    _ = reduce(&state, .key(.down))
    #expect(helpScroll(state) == page.maxScroll)
    _ = reduce(&state, .key(.up))
    #expect(helpScroll(state) == page.maxScroll - 1)
    _ = reduce(&state, .key(.home))
    #expect(helpScroll(state) == 0)
    _ = reduce(&state, .key(.end))
    #expect(helpScroll(state) == page.maxScroll)
  }
}
