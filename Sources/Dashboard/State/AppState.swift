import ForceModel

/// Everything the dashboard shows and remembers. `reduce` changes it; `render` draws it.
public struct AppState: Sendable {
  /// The scenario on screen: the committed what-if state, or while typing its live preview.
  public private(set) var scenario: Scenario
  public private(set) var results: Results
  /// The committed scenario's results while a preview is on screen, so the status line can say
  /// what the typed value moves and Esc goes back without recalculating.
  public private(set) var committedResults: Results?
  /// The baseline, every edit made to it, and where undo stands. Any change to it makes the
  /// worked-out history stale (worked out again when next shown).
  public internal(set) var history: EditHistory {
    didSet {
      moneyCache = nil
      // The strip's outline reads only the rows, the strength and the mission: an edit of money
      // keeps it (the arrays compare by identity first, so this costs nothing on 100,000 lines).
      let current = history.current
      if let cached = timelineCache, !cached.isComplete, let facts = outlineFacts,
        facts.contributors == current.contributors, facts.strength == current.strength,
        facts.mission == current.mission
      {
        return
      }
      timelineCache = nil
    }
  }
  /// What the cached outline was worked out from.
  private var outlineFacts: (contributors: [Contributor], strength: Strength, mission: Mission)?
  /// The mission's whole history as the latest data tells it, when worked out: see `timeline`.
  public private(set) var timelineCache: MissionTimeline?
  /// Money over the history, worked out only when the money chart is shown (on 100,000 lines
  /// each sample is a recalculation).
  public private(set) var moneyCache: MoneyTimeline?
  /// What the timeline chart shows: strength or money, stacked by country or the total.
  public var chart = ChartView()
  /// The baseline's results, computed once, for the deltas beside every moved figure.
  public internal(set) var baselineResults: Results
  /// Baseline row positions by country and by funding line id, for per-row deltas.
  public private(set) var baselineContributors: [String: Int] = [:]
  public private(set) var baselineFunding: [String: Int] = [:]
  /// Where the scenario came from, for the header ("built-in" or a file name).
  public var sourceName: String
  /// The file behind the scenario, for saving and journals.
  public var document: ScenarioDocument
  /// True for `--read-only` and the kiosk: no key changes the scenario or writes a file.
  public var readOnly: Bool
  /// A read-only display of a scenario at an address (not `--read-only`, not a kiosk): `W`
  /// may still save a local copy of it.
  public var canSaveCopy = false
  /// What is open on top of the panels (an editor, a form, a question, a prompt, a box).
  public var modal: Modal = .none
  /// Kiosk, rotation, staleness and quit-chord settings of an operations screen.
  public var ops = OpsScreen()
  /// The wall clock at the last `Action.clock`; nil until the executable sends one.
  public var clock: ClockReading?
  /// Why the watched file could not be reloaded; nil while it is fine.
  public var liveProblem: LiveProblem?
  /// When the data on screen was last loaded (Unix seconds).
  public var loadedAt: Int64?
  /// Someone else changed (or deleted) the file on screen since it was loaded or saved; `w`
  /// will ask before overwriting it. Shown in the header until the next save or open.
  public var changedOnDisk: ChangeOnDisk?
  /// Until when figures that moved on the last reload are marked.
  public var marksUntil: Int64?
  /// Counts every change that needs a new frame but comes with no key (clock, rotation), so
  /// the loop draws only when something did change.
  public private(set) var revision = 0
  /// Keys of the quit chord pressed so far, and ticks left to press the next one.
  public var chordProgress = 0
  public var chordTicks = 0
  var nextCycleAt: Int64?
  var lastFullRedraw: Int64?
  /// The date the panels show the scenario as known on; nil is the latest picture.
  public private(set) var cursor: AsOf?
  public var focus: PanelID = .force
  public var tables: [PanelID: TableState] = [:]
  public var themes: [Theme]
  public var themeIndex = 0
  public var mouseCapture = true
  public var message: String?
  /// Ticks left before `message` is cleared.
  public var messageTicks = 0
  public var width: Int
  public var height: Int
  /// The rows each table panel shows, after filter and sort: contributor or funding line
  /// indices. Kept here, not recomputed per frame, because sorting 100,000 lines takes longer
  /// than a frame may.
  public private(set) var visible: [PanelID: [Int]] = [:]

  public init(
    scenario: Scenario, sourceName: String, document: ScenarioDocument? = nil, readOnly: Bool = false,
    themes: [Theme] = BuiltInThemes.all, width: Int = 120, height: Int = 40
  ) {
    self.scenario = scenario
    self.results = recalculate(scenario)
    self.history = EditHistory(baseline: scenario)
    self.baselineResults = results
    self.sourceName = sourceName
    self.document = document ?? .inMemory
    self.readOnly = readOnly
    self.themes = themes.isEmpty ? [BuiltInThemes.standard] : themes
    self.width = width
    self.height = height
    for panel in PanelID.allCases { tables[panel] = TableState() }
    indexBaseline()
    refreshRows()
    prepareTimeline()
  }

  /// A display started on an address before its first answer: no figures, only the address and
  /// what happened so far. The first scenario read replaces it (`receiveFirstData`).
  public static func awaiting(
    _ source: AwaitedSource, sourceName: String, themes: [Theme] = BuiltInThemes.all, width: Int = 120,
    height: Int = 40
  ) -> AppState {
    let nothing = Scenario(
      mission: Mission(name: source.shown, shortName: sourceName, leadNation: ""), strength: Strength(),
      contributors: [], funding: [], assumptions: Assumptions(costPerOfficerYear: Amount(0)), sources: [])
    var state = AppState(
      scenario: nothing, sourceName: sourceName, document: .inMemory, readOnly: true, themes: themes, width: width,
      height: height)
    state.ops.awaiting = source
    return state
  }

  /// The first scenario from an awaited address: opened as if it had been there at the start.
  mutating func receiveFirstData(_ opened: OpenedScenario, pin: AsOf?) {
    ops.awaiting = nil
    liveProblem = nil
    load(opened)
    loadedAt = clock?.seconds
    if let pin { self.pin(asOf: pin) }
    bumpRevision()
  }

  /// The three uses: reading, what-if editing (once anything is edited), read-only.
  public var mode: DashboardMode {
    if readOnly { return .readOnly }
    return history.isEdited ? .whatIf : .browse
  }

  /// The scenario as loaded: what every delta is measured against.
  public var baseline: Scenario { history.baseline }

  mutating func indexBaseline() {
    baselineContributors = [:]
    for (index, contributor) in baseline.contributors.enumerated() { baselineContributors[contributor.country] = index }
    baselineFunding = [:]
    baselineFunding.reserveCapacity(baseline.funding.count)
    for (index, line) in baseline.funding.enumerated() { baselineFunding[line.id] = index }
  }

  /// Starts over on another scenario: it becomes the baseline, with no edits.
  public mutating func load(_ opened: OpenedScenario) {
    history = EditHistory(baseline: opened.scenario)
    scenario = opened.scenario
    results = recalculate(opened.scenario)
    baselineResults = results
    sourceName = opened.sourceName
    document = opened.document
    changedOnDisk = nil
    modal = .none
    cursor = nil
    indexBaseline()
    refreshRows()
    prepareTimeline()
  }

  /// Something visible changed without a key: the next frame must be drawn.
  mutating func bumpRevision() { revision &+= 1 }

  /// Pins the screen to the scenario as known on `date` (`--as-of`): the cursor's date, or the
  /// latest picture when the date is on or after the data's own.
  public mutating func pin(asOf date: AsOf) {
    ensureWholeTimeline()
    if let latest = latestDay, date.lastDay >= latest {
      setCursor(nil)
    } else {
      setCursor(date)
    }
  }

  /// Shows the scenario as known on `date` (nil: the latest picture), recalculated.
  mutating func setCursor(_ date: AsOf?) {
    ensureWholeTimeline()
    cursor = date
    committedResults = nil
    scenario = date.map { history.current.asOf($0, wholeLines: true) } ?? history.current
    results = recalculate(scenario)
    refreshRows()
    selectEventAtCursor()
  }

  /// Shows the committed what-if state (after an edit, undo, redo, or a cancelled preview).
  mutating func showCommitted() {
    defer { committedResults = nil }
    if let cursor {
      setCursor(cursor)
      return
    }
    // Committing what the preview already shows needs no second recalculation: on 100,000
    // funding lines that halves the time from Enter to the frame.
    guard history.current != scenario else { return }
    scenario = history.current
    // Leaving a preview (Esc, or text that no longer parses) goes back to results already known.
    results = committedResults ?? recalculate(scenario)
    refreshRows()
  }

  /// Shows a preview of the scenario while the user types, without recording it.
  mutating func showPreview(_ preview: Scenario) {
    if committedResults == nil { committedResults = results }
    scenario = preview
    results = recalculate(preview)
    refreshRows()
  }

  /// Records an edit and recalculates; a refused edit changes nothing and says why.
  @discardableResult
  mutating func commit(_ edit: Edit) -> Bool {
    let before = history.current
    do {
      try history.apply(edit)
    } catch {
      show("Refused: \(error.description); the old value stays", ticks: 40)
      showCommitted()
      return false
    }
    show("\(edit.summary(before: before))  (\(KeyMap.panels.key(.undo)) undoes)")
    showCommitted()
    return true
  }

  /// Records the edit the preview on screen shows (`result` is that preview): its results
  /// stand, with no second application, comparison or recalculation.
  mutating func commitPreview(_ edit: Edit, giving result: Scenario) {
    show("\(edit.summary(before: history.current))  (\(KeyMap.panels.key(.undo)) undoes)")
    history.record(edit, giving: result)
    committedResults = nil
    refreshRows()
  }

  public var theme: Theme { themes[min(max(0, themeIndex), themes.count - 1)] }

  public func table(_ panel: PanelID) -> TableState { tables[panel] ?? TableState() }

  /// The mission's whole history (of the latest data, whatever the cursor): the cached one,
  /// or worked out now when nothing has asked for it since the data changed.
  public var timeline: MissionTimeline {
    if let cached = timelineCache, cached.isComplete { return cached }
    return MissionTimeline(history.current)
  }

  /// Money over the history, cached or worked out now.
  public var moneyTimeline: MoneyTimeline {
    moneyCache ?? MoneyTimeline(history.current, timeline: timeline)
  }

  /// Whether the screen shows or uses the whole history: the chart or its events, the cursor,
  /// a kiosk (whose rotation comes to the chart), a stale check (the newest event). Otherwise
  /// the timeline is a strip, and its quick outline spares each edit of 100,000 funding lines a
  /// pass over their flows.
  var needsWholeTimeline: Bool {
    focus == .timeline || cursor != nil || ops.kiosk || ops.staleAfterSeconds != nil
      || (layout.panels[.timeline]?.height ?? 0) > 3
  }

  /// Makes sure the whole history is cached, for what is about to read it (the cursor).
  mutating func ensureWholeTimeline() {
    if timelineCache?.isComplete != true { timelineCache = MissionTimeline(history.current) }
  }

  /// Works out what the screen is about to show of the history, once per change of the data,
  /// so frames and cursor steps read it instead of working it out again.
  mutating func prepareTimeline() {
    let whole = needsWholeTimeline
    if timelineCache == nil || (whole && timelineCache?.isComplete == false) {
      let current = history.current
      timelineCache = MissionTimeline(current, events: whole)
      outlineFacts = whole ? nil : (current.contributors, current.strength, current.mission)
      if whole { selectEventAtCursor() }
    }
    if moneyCache == nil, chart.view == .money, layout.panels[.timeline].map({ $0.height >= 6 }) ?? false {
      moneyCache = MoneyTimeline(history.current, timeline: timeline)
    }
  }

  /// The events list follows the cursor: the last event on or before its day is selected.
  mutating func selectEventAtCursor() {
    let line = timeline
    let day = cursor?.lastDay ?? latestDay ?? line.last ?? .distantFuture
    var state = table(.timeline)
    state.selected = line.lastEvent(onOrBefore: day) ?? 0
    // The cursor's event in the middle of the list: what came before and after it both show.
    state.scroll = max(0, state.selected - max(1, layout.rowArea(.timeline).rows) / 2)
    tables[.timeline] = state
    keepSelectionVisible(.timeline)
  }

  /// Recomputes the filtered, sorted rows of the table panels and keeps selections in range.
  public mutating func refreshRows() {
    visible[.contributions] = RowOrder.contributors(scenario, results, table(.contributions))
    visible[.funding] = RowOrder.fundingLines(scenario, results, table(.funding))
    for panel in PanelID.allCases { clampSelection(panel) }
  }

  /// The selectable targets of a panel, in screen order.
  public func targets(_ panel: PanelID) -> [DetailTarget] {
    switch panel {
    case .force:
      return PanelTargets.force(scenario: scenario, results: results)
    case .contributions:
      return (visible[.contributions] ?? []).map { .contributor($0) }
    case .funding:
      return (visible[.funding] ?? []).map { .fundingLine($0) } + PanelTargets.fundingSummary(results)
    case .timeline:
      return timeline.events.indices.map { .event($0) }
    }
  }

  /// How many selectable rows a panel has (cheaper than building the targets).
  public func rowCount(_ panel: PanelID) -> Int {
    switch panel {
    case .force: PanelTargets.force(scenario: scenario, results: results).count
    case .contributions: visible[.contributions]?.count ?? 0
    case .funding: (visible[.funding]?.count ?? 0) + PanelTargets.fundingSummary(results).count
    case .timeline: timelineCache?.isComplete == true ? timeline.events.count : 0
    }
  }

  /// The target under the selection of a panel, if it has any rows.
  public func selectedTarget(_ panel: PanelID) -> DetailTarget? {
    let index = table(panel).selected
    switch panel {
    case .force:
      let all = targets(.force)
      return all.indices.contains(index) ? all[index] : nil
    case .contributions:
      let rows = visible[.contributions] ?? []
      return rows.indices.contains(index) ? .contributor(rows[index]) : nil
    case .funding:
      let rows = visible[.funding] ?? []
      if rows.indices.contains(index) { return .fundingLine(rows[index]) }
      let summary = PanelTargets.fundingSummary(results)
      let at = index - rows.count
      return summary.indices.contains(at) ? summary[at] : nil
    case .timeline:
      return timeline.events.indices.contains(index) ? .event(index) : nil
    }
  }

  mutating func clampSelection(_ panel: PanelID) {
    // The history is worked out when next shown, not on every change of the data.
    if panel == .timeline && timelineCache?.isComplete != true { return }
    let count = rowCount(panel)
    var state = table(panel)
    state.selected = min(max(0, state.selected), max(0, count - 1))
    tables[panel] = state
  }

  /// Shows a message in the status line for `ticks` quiet ticks.
  public mutating func show(_ text: String, ticks: Int = 20) {
    message = text
    messageTicks = ticks
  }
}
