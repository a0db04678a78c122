import ForceModel

/// The figures of one view of a scenario (a date, a plan), worked out whole: what
/// `Figures.show` puts on screen for that view.
///
/// The as-of cursor's neighbours are worked out on a thread of their own while the user reads
/// the screen (`FiguresRequest`), and the dates shown lately are kept, so a step of the cursor
/// to one of them draws its frame without recalculating: on 100,000 funding lines a step's
/// recalculation is most of its time. The figures are the very ones a step would work out, by
/// the same pure functions.
public struct WorkedOutFigures: Sendable, Hashable {
  /// The view the figures are of.
  public let view: ScenarioView
  /// The scenario as the view shows it, funding lines whole.
  let scenario: Scenario
  /// Its results.
  let results: Results
  /// Their ranges.
  let ranges: ResultRanges
  /// The scenario the figures were worked out from, as `Figures` knew it then.
  let token: FiguresToken

  /// The figures of `view` of the scenario `ends` are of.
  init(ends: ScenarioEnds, view: ScenarioView, token: FiguresToken) {
    self.view = view
    self.token = token
    scenario = view(ends.scenario, wholeLines: true)
    let ranged = RangedResults(ends: ends) { view($0, wholeLines: true) }
    results = ranged.results
    ranges = ranged.ranges
  }

  /// Figures already worked out, kept under `view`.
  init(view: ScenarioView, scenario: Scenario, results: Results, ranges: ResultRanges, token: FiguresToken) {
    self.view = view
    self.scenario = scenario
    self.results = results
    self.ranges = ranges
    self.token = token
  }

  /// Two are the same when they are of the same view of the same scenario: the figures follow.
  public static func == (a: WorkedOutFigures, b: WorkedOutFigures) -> Bool {
    a.view == b.view && a.token === b.token
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(view) }
}

/// Which scenario figures were worked out from: a new token each time `Figures` shows another
/// scenario, so figures worked out ahead for an older one (an edit came in between) are let go.
public final class FiguresToken: Sendable {
  init() {}
}
