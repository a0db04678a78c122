import ForceModel
import ScenarioStore
import Testing

@testable import Dashboard

/// Looking ahead on the dashboard: the cursor past the data's date, the plans, planned events
/// edited from the keyboard, and the projection on the chart and the kiosk.
@Suite struct ProjectionScreenTests {
  static let gsf = GSFScenario.scenario

  func screen(_ width: Int, _ height: Int, keys: [Key] = []) -> AppState {
    var state = AppState(scenario: Self.gsf, sourceName: "haiti-mss-gsf.yaml", width: width, height: height)
    for key in keys { _ = reduce(&state, .key(key)) }
    return state
  }

  /// `]` from the latest picture steps into the plan: the header says PROJECTED, the panels
  /// show the projection, `.` comes back.
  @Test func theCursorStepsIntoThePlan() throws {
    var state = screen(120, 40)
    let base = try #require(Self.gsf.plan(named: nil))
    let first = try #require(Self.gsf.eventsAhead(in: base).first)
    _ = reduce(&state, .key(.character("]")))
    #expect(state.cursor == first.date.lastDay.asOf)
    #expect(state.isProjecting)
    let text = render(state).text
    #expect(text.contains("▶ PROJECTED \(first.date.lastDay) · plan base · data to 2026-03-21"), "\(text)")
    #expect(state.message?.contains("PROJECTED to \(first.date.lastDay) from the data of 2026-03-21") == true)
    _ = reduce(&state, .key(.character(".")))
    #expect(state.cursor == nil)
  }

  /// A planned arrival moves the projected strength on its day and not before, on screen.
  @Test func aPlannedArrivalShowsOnItsDay() {
    var state = screen(120, 40, keys: [.character("@")])
    for key in "2026-12-30" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.enter))
    #expect(state.results.deployedTotal == 2_449, "Bangladesh's ≤ 1,500 by October, not Chad's 800")
    _ = reduce(&state, .key(.character("]")))
    #expect(state.cursor == AsOf("2026-12-31"))
    #expect(state.results.deployedTotal == 3_249, "Chad's 800 on the year's last day")
  }

  /// `P` follows the next plan; the header names it and the projection follows it.
  @Test func pFollowsTheNextPlan() {
    var state = screen(120, 40, keys: [.character("@")])
    for key in "2026-09-30" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.enter))
    #expect(state.results.deployedTotal == 949)
    _ = reduce(&state, .key(.character("P")))
    #expect(state.message?.hasPrefix("Plan 'optimistic' (2 of 3)") == true, "\(state.message ?? "")")
    #expect(state.results.deployedTotal == 3_949)
    #expect(render(state).text.contains("plan optimistic"))
  }

  /// A planned event is added, edited and undone from the keyboard, as any what-if edit.
  @Test func aPlannedEventIsAddedEditedAndUndone() throws {
    var state = screen(120, 40, keys: [.character("4"), .character("a")])
    guard case .form(let form) = state.modal else { throw Failure("a on the timeline opens the form") }
    #expect(form.title == "Add a planned event to 'base'")
    // Date: replace the default; what: arrive; who: Chad; how many: ~600.
    for key in "2026-08-15" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.tab))
    _ = reduce(&state, .key(.tab))
    for key in "Chad" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.tab))
    for key in "~600" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.enter))
    #expect(state.modal == .none)
    #expect(state.history.position == 1)
    let event = try #require(state.history.current.plan(named: "base")?.events.last)
    #expect(event.date == AsOf("2026-08-15"))
    #expect(event.summary() == "Chad arrives: ~600")
    // The selection and the cursor are on it; the projection counts it.
    #expect(state.cursor == AsOf("2026-08-15"))
    #expect(state.results.deployedTotal == 949 + 600)
    // Edit it: Enter on the selected planned event, a new value.
    _ = reduce(&state, .key(.enter))
    guard case .editor = state.modal else { throw Failure("Enter on a planned event edits it") }
    _ = reduce(&state, .key(.control("u")))
    for key in "900" { _ = reduce(&state, .key(.character(key))) }
    #expect(state.results.deployedTotal == 949 + 900, "the preview keeps the projection")
    _ = reduce(&state, .key(.enter))
    #expect(state.history.position == 2)
    #expect(state.history.current.plan(named: "base")?.events.last?.value == 900)
    #expect(state.results.deployedTotal == 949 + 900)
    // Undo twice: the plan as loaded.
    _ = reduce(&state, .key(.character("u")))
    #expect(state.history.current.plan(named: "base")?.events.last?.value == 600)
    _ = reduce(&state, .key(.character("u")))
    #expect(state.history.current.plans == Self.gsf.plans)
  }

  /// Past the data's date the facts are not edited: the message says where the plan is.
  @Test func factsAreNotEditedInTheProjection() {
    let state = screen(120, 40, keys: [.character("]"), .character("1"), .character("e")])
    #expect(state.modal == .none)
    #expect(state.message?.hasPrefix("PROJECTED: edits here change the plan") == true, "\(state.message ?? "")")
  }

  /// Goal seek on a shortfall in the projection answers in time.
  @Test func goalSeekInTimeAnswersHowManyByWhen() throws {
    var state = screen(120, 40, keys: [.character("]")])
    _ = reduce(&state, .key(.character("1")))
    _ = reduce(&state, .key(.end))
    _ = reduce(&state, .key(.character("g")))
    guard case .overlay(.goalSeek(let answer, _)) = state.modal else { throw Failure("g opens goal seek") }
    #expect(answer.status == "projected short by 4,551 on 2026-10-01 (83% of 5,500)", "\(answer.status)")
    #expect(answer.options.first?.label.hasPrefix("Chad sends 4,551 more by 2026-10-01") == true)
    _ = reduce(&state, .key(.enter))
    #expect(state.history.position == 1)
    let view = ScenarioView(date: AsOf("2026-10-01"))
    #expect(recalculate(view(state.history.current)).shortfall(.target)?.count == 0)
  }

  /// The compare box shows the plans side by side with the gaps from the first.
  @Test func theCompareBoxShowsThePlans() {
    let state = screen(120, 40, keys: [.character("b")])
    let text = render(state).text
    #expect(text.contains("Plans side by side"), "\(text)")
    #expect(text.contains("[▲ 3,000]"), "\(text)")
  }

  /// The projection on the chart, at each size: hatched past the data, the plan named.
  @Test(arguments: [(80, 24), (120, 40), (200, 60)])
  func theProjectionOnTheChart(_ width: Int, _ height: Int) {
    var state = screen(width, height, keys: [.character("4"), .character("@")])
    for key in "2026-12-31" { _ = reduce(&state, .key(.character(key))) }
    _ = reduce(&state, .key(.enter))
    let text = render(state).text
    expectSnapshot(text, named: "projection-gsf-\(width)x\(height)")
    #expect(text.contains("PROJECTED"))
    #expect(text.contains("╱"), "the projected total is hatched")
  }

  /// A kiosk pinned to a date ahead (`open --kiosk --as-of`) says PROJECTED on its wall.
  @Test func theKioskInTheFuture() {
    var state = AppState(scenario: Self.gsf, sourceName: "haiti-mss-gsf.yaml", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    state.pin(asOf: AsOf(year: 2026, month: 12, day: 31))
    let text = render(state).text
    expectSnapshot(text, named: "projection-kiosk-120x40")
    #expect(text.contains("▶ PROJECTED 2026-12-31"), "\(text)")
    #expect(state.results.deployedTotal == 3_249)
  }
}

/// A test stopped early with a reason.
struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
