import ForceModel
import Testing

@testable import Dashboard
@testable import forceboard

#if canImport(Glibc)
  import Glibc
#endif

/// The cursor's neighbours are worked out off the loop's thread, and handed to the state
/// before the next key.
@Suite struct FiguresAheadTests {
  @Test func theWantedViewsAreWorkedOutAndHandedInBeforeTheNextKey() throws {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)
    state.timelineState.lookAheadFrom = 0
    let request = try #require(state.figuresWanted)
    let ahead = FiguresAhead()
    ahead.start(request)
    while ahead.isRunning { sched_yield() }
    let worked = try #require(ahead.take())
    guard case .workedOut(let figures) = worked else {
      Issue.record("expected the worked-out figures, got \(worked)")
      return
    }
    #expect(figures.map(\.view) == request.views, "each view once, in the order asked")
    _ = reduce(&state, worked)
    #expect(state.figuresWanted == nil, "kept, not asked for again")
    #expect(ahead.take() == nil, "taken once")
    #expect(ahead.settledWork() == nil, "nothing under way, nothing to wait for")
  }

  @Test func aKeyWaitsForTheViewUnderWayAndLetsTheRestGo() throws {
    var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)
    state.timelineState.lookAheadFrom = 0
    let request = try #require(state.figuresWanted)
    #expect(request.views.count == 2)
    let ahead = FiguresAhead()
    ahead.start(request)
    let worked = ahead.settledWork()
    #expect(!ahead.isRunning, "settled: nothing runs while the key is handled")
    var count = 0
    if case .workedOut(let figures) = worked { count = figures.count }
    #expect(count <= request.views.count)
  }
}
