import ForceModel

/// The scenario on screen and its results, beside the baseline's results every delta is
/// measured against.
///
/// While the user types, `scenario` is the live preview and `committedResults` keeps what was
/// on screen before it, so the status line can say what the typed value moves and Esc goes back
/// without recalculating.
public struct Figures: Sendable {
  /// The scenario on screen: the committed what-if state, the cursor's date, or a preview.
  public private(set) var scenario: Scenario
  /// `scenario`'s results.
  public private(set) var results: Results
  /// The low and high of `results`: each uncertain input at its worse and its better end.
  public private(set) var ranges: ResultRanges
  /// The committed scenario's results while a preview is on screen.
  public private(set) var committedResults: Results?
  /// Their ranges.
  private var committedRanges: ResultRanges?
  /// The baseline's results, computed once, for the deltas beside every moved figure.
  public private(set) var baselineResults: Results
  /// The baseline as those results are of: on the date shown when a what-if is measured at a
  /// cursor. A row's delta compares with its row here (the indices below are of it), never
  /// with the latest picture's, which at another date would mix the edit with time passing.
  public private(set) var baselineShown: Scenario
  /// The date (and plan) the baseline's results are of: the latest picture unless a what-if is
  /// measured at a cursor.
  private(set) var baselineView = ScenarioView()
  /// Baseline row positions by country, for per-row deltas.
  private(set) var baselineContributors: [String: Int] = [:]
  /// Baseline row positions by funding line id, for per-row deltas.
  private(set) var baselineFunding: [String: Int] = [:]
  /// The ends of the scenario last shown, kept while the cursor steps through its dates.
  private var ends: ScenarioEnds?
  /// The scenario `ends` are of, as figures worked out for it know it.
  private var token = FiguresToken()
  /// Figures of views of that scenario: the dates shown lately and the cursor's neighbours
  /// worked out ahead, the latest last, at most `recentLimit`.
  private var recent: [WorkedOutFigures] = []
  /// How many views' figures are kept: the date on screen, the one before it, and a neighbour
  /// each side.
  static let recentLimit = 4
  /// True while the scenario on screen is a view of the one `ends` are of: set by `show`,
  /// cleared by a preview (whose edit, kept or not, `show` has not seen).
  private var showsEnds = true

  /// Figures of a scenario that is its own baseline.
  init(baseline: Scenario) {
    scenario = baseline
    let ends = ScenarioEnds(baseline)
    self.ends = ends
    let ranged = RangedResults(ends: ends)
    results = ranged.results
    ranges = ranged.ranges
    baselineResults = results
    baselineShown = baseline
    recent = [
      WorkedOutFigures(view: ScenarioView(), scenario: baseline, results: results, ranges: ranges, token: token)
    ]
    index(baseline)
  }

  /// Starts over on another baseline, shown as it is.
  mutating func rebase(on baseline: Scenario) {
    self = Figures(baseline: baseline)
  }

  /// Shows what `view` shows of `base` (its latest picture, a date, a projection),
  /// recalculated with its ranges; any preview is over.
  mutating func show(_ base: Scenario, view: ScenarioView) {
    committedResults = nil
    committedRanges = nil
    showsEnds = true
    // The same scenario at another date has the same ends (compared in place: its arrays are
    // the very ones kept, unless an edit made new ones), and figures worked out for it stand.
    let ends: ScenarioEnds
    if let kept = self.ends, kept.scenario == base {
      ends = kept
    } else {
      ends = ScenarioEnds(base)
      self.ends = ends
      token = FiguresToken()
      recent = []
    }
    if let index = recent.lastIndex(where: { $0.view == view }) {
      let kept = recent.remove(at: index)
      recent.append(kept)
      (scenario, results, ranges) = (kept.scenario, kept.results, kept.ranges)
      return
    }
    let worked = WorkedOutFigures(ends: ends, view: view, token: token)
    keep(worked)
    (scenario, results, ranges) = (worked.scenario, worked.results, worked.ranges)
  }

  /// Keeps figures worked out ahead for the scenario shown; those of another are let go.
  mutating func accept(_ worked: [WorkedOutFigures]) {
    for figures in worked where figures.token === token && !recent.contains(where: { $0.view == figures.view }) {
      // Worked out ahead, not shown: kept behind the one on screen.
      recent.insert(figures, at: max(0, recent.count - 1))
      if recent.count > Self.recentLimit { recent.removeFirst() }
    }
  }

  /// Keeps `worked` as the latest shown.
  private mutating func keep(_ worked: WorkedOutFigures) {
    recent.append(worked)
    if recent.count > Self.recentLimit { recent.removeFirst() }
  }

  /// What to work out ahead of `views`: those not kept yet, for the scenario shown; nil when
  /// there are none, or a preview came after the scenario was last shown.
  func request(_ views: [ScenarioView]) -> FiguresRequest? {
    guard showsEnds, let ends else { return nil }
    // The kept figures are read in place: a copy of each (its scenario and results retained
    // and released) for its view alone was most of this, asked on every pass of the loop.
    let wanted = recent.withUnsafeBufferPointer { kept in
      views.filter { view in !kept.indices.contains { kept[$0].view == view } }
    }
    return wanted.isEmpty ? nil : FiguresRequest(views: wanted, ends: ends, token: token)
  }

  /// Shows a preview of what is being typed (as `view` shows it: a projected cursor keeps its
  /// projection), keeping the committed results to go back to.
  mutating func preview(_ preview: Scenario, view: ScenarioView) {
    if committedResults == nil {
      committedResults = results
      committedRanges = ranges
    }
    showsEnds = false
    scenario = view(preview, wholeLines: true)
    let ranged = RangedResults(preview) { view($0, wholeLines: true) }
    results = ranged.results
    ranges = ranged.ranges
  }

  /// Goes back to the committed scenario; false when it is already on screen (a committed
  /// preview needs no second recalculation: on 100,000 funding lines that halves the time from
  /// Enter to the frame).
  mutating func leavePreview(for committed: Scenario) -> Bool {
    defer {
      committedResults = nil
      committedRanges = nil
    }
    guard committed != scenario else { return false }
    showsEnds = false
    scenario = committed
    if let committedResults, let committedRanges {
      results = committedResults
      ranges = committedRanges
    } else {
      let ranged = RangedResults(committed)
      results = ranged.results
      ranges = ranged.ranges
    }
    return true
  }

  /// The preview on screen has been recorded as an edit: its results stand.
  mutating func keepPreview() {
    committedResults = nil
    committedRanges = nil
  }

  /// Measures every delta against `baseline` from now on (a reload's previous data, or the data
  /// on screen once its marks are over); `baselineResults` spares the recalculation when known.
  mutating func measure(
    against baseline: Scenario, baselineResults: Results? = nil, as view: ScenarioView = ScenarioView()
  ) {
    self.baselineResults = baselineResults ?? recalculate(baseline)
    baselineShown = baseline
    baselineView = view
    index(baseline)
  }

  /// Where a country stood in the baseline, for its row's deltas.
  func baselineIndex(ofCountry country: String) -> Int? { baselineContributors[country] }

  /// Where a funding line stood in the baseline, for its row's deltas.
  func baselineIndex(ofLine id: String) -> Int? { baselineFunding[id] }

  private mutating func index(_ baseline: Scenario) {
    baselineContributors = [:]
    for (index, contributor) in baseline.contributors.enumerated() { baselineContributors[contributor.country] = index }
    baselineFunding = [:]
    baselineFunding.reserveCapacity(baseline.funding.count)
    for (index, line) in baseline.funding.enumerated() { baselineFunding[line.id] = index }
  }
}
