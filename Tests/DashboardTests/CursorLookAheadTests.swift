import ForceModel
import Testing

@testable import Dashboard

/// The dates either side of the as-of cursor are worked out between keys
/// (`AppState.figuresWanted`, worked out by the executable on a thread of its own): a step to
/// one of them shows the very figures a step without them works out, and nothing worked out
/// for an older scenario is ever shown.
@Suite struct CursorLookAheadTests {
  /// A state on `scenario`, after `keys`.
  static func state(_ scenario: Scenario = .haitiMSS, after keys: [Character] = []) -> AppState {
    var state = AppState(scenario: scenario, sourceName: "test", width: 120, height: 40)
    // The built-in mission is small enough to need nothing ahead; these tests ask anyway.
    state.timelineState.lookAheadFrom = 0
    for key in keys { _ = reduce(&state, .key(.character(key))) }
    return state
  }

  /// Works out what `state` wants ahead, as the executable's thread would, and hands it in.
  static func workAhead(_ state: inout AppState) -> [ScenarioView] {
    guard let request = state.figuresWanted else { return [] }
    _ = reduce(&state, .workedOut(request.views.map(request.workOut)))
    return request.views
  }

  @Test func theNeighboursOfTheLatestPictureAreWantedFromTheStart() throws {
    let state = Self.state()
    let request = try #require(state.figuresWanted, "the history is worked out at start")
    let days = state.cursorDays
    let latest = try #require(state.latestDay)
    let earlier = try #require(days.last { $0 < latest })
    let later = try #require(days.first { $0 > latest })
    #expect(request.views == [ScenarioView(date: earlier.asOf), ScenarioView(date: later.asOf)])
  }

  @Test func aStepToADateWorkedOutAheadShowsWhatAStepWorksOut() {
    for keys in [["["], ["[", "["], ["[", "[", "]"], ["]"], ["]", "]", "[", "["]] as [[Character]] {
      var ahead = Self.state()
      var plain = Self.state()
      for key in keys {
        let views = Self.workAhead(&ahead)
        #expect(!views.isEmpty || ahead.figuresWanted == nil)
        _ = reduce(&ahead, .key(.character(key)))
        _ = reduce(&plain, .key(.character(key)))
        #expect(ahead.cursor == plain.cursor, "\(keys)")
        #expect(ahead.results == plain.results, "\(keys)")
        #expect(ahead.figures.ranges.worse == plain.figures.ranges.worse, "\(keys)")
        #expect(ahead.figures.ranges.better == plain.figures.ranges.better, "\(keys)")
        #expect(render(ahead).text == render(plain).text, "\(keys)")
      }
    }
  }

  @Test func whatIsKeptIsNotAskedForAgain() throws {
    var state = Self.state()
    let first = Self.workAhead(&state)
    #expect(first.count == 2)
    #expect(state.figuresWanted == nil, "both neighbours are kept")
    _ = reduce(&state, .key(.character("[")))
    // The latest picture was on screen and is kept: only the date before is wanted now.
    let next = try #require(state.figuresWanted)
    #expect(next.views.count == 1)
    #expect(next.views.first.flatMap(\.date).map { $0.lastDay < (state.cursor?.lastDay ?? .distantPast) } == true)
  }

  @Test func theWayTheCursorWentIsWorkedOutFirst() throws {
    var state = Self.state(after: ["[", "["])
    let back = try #require(state.figuresWanted?.views.first?.date)
    #expect(back.lastDay < (state.cursor?.lastDay ?? .distantPast))
    _ = reduce(&state, .key(.character("]")))
    _ = reduce(&state, .key(.character("]")))
    _ = reduce(&state, .key(.character("[")))
    _ = reduce(&state, .key(.character("]")))
    let onward = try #require(state.figuresWanted?.views.first)
    #expect(onward.date.map { $0.lastDay > (state.cursor?.lastDay ?? .distantPast) } ?? true)
  }

  @Test func figuresWorkedOutForAnEditedScenarioAreLetGo() throws {
    var state = Self.state()
    let request = try #require(state.figuresWanted)
    let view = try #require(request.views.first)
    // Figures that differ from the scenario's at every date (every contingent 100 larger),
    // handed in as worked out for it, after an edit the look-ahead had not seen.
    var other = Scenario.haitiMSS
    for index in other.contributors.indices {
      other.contributors[index].deployed.value += 100
      for entry in other.contributors[index].history.indices {
        other.contributors[index].history[entry].deployed.value += 100
      }
    }
    let stale = WorkedOutFigures(ends: ScenarioEnds(other), view: view, token: request.token)
    _ = reduce(&state, .key(.character("2")))
    for key in "e1200" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.enter))
    #expect(state.history.isEdited)
    _ = reduce(&state, .workedOut([stale]))
    _ = reduce(&state, .key(.character("[")))
    #expect(state.timelineState.view == view)
    let fresh = RangedResults(state.history.current) { view($0, wholeLines: true) }
    #expect(state.results == fresh.results, "the edited scenario's figures, worked out for it")
    #expect(state.results.deployedTotal != stale.results.deployedTotal)
  }

  @Test func aPreviewStopsTheLookAheadTillTheCursorShowsTheScenarioAgain() {
    var state = Self.state(after: ["2", "e", "1"])
    #expect(state.figuresWanted == nil, "a preview is on screen")
    _ = reduce(&state, .key(.escape))
    _ = reduce(&state, .key(.character("[")))
    #expect(state.figuresWanted != nil)
  }

  @Test func aSmallScenarioWantsNothingWorkedOutAhead() {
    let state = AppState(scenario: .haitiMSS, sourceName: "test", width: 120, height: 40)
    #expect(Scenario.haitiMSS.funding.count < TimelineState.lookAheadLines)
    #expect(state.figuresWanted == nil)
  }

  @Test func anOperationsScreenWantsNothingWorkedOutAhead() {
    var state = Self.state()
    state.ops.kiosk = true
    #expect(state.figuresWanted == nil)
  }

  @Test func aPlanFollowedIsPartOfTheViewsWanted() throws {
    let gsf = GSFScenario.scenario
    var state = Self.state(gsf)
    let plan = try #require(gsf.plans.last?.name)
    state.timelineState.follow(plan)
    state.ensureWholeTimeline()
    let request = try #require(state.figuresWanted)
    #expect(request.views.allSatisfy { $0.plan == plan })
  }
}
