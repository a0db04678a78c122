import ForceModel

/// Everything the dashboard shows and remembers. `reduce` changes it; `render` draws it.
public struct AppState: Sendable {
  // The three largest parts (figures 8 KB, history 1.4 KB, timeline 1.2 KB) are each kept in a
  // box the state's copies share until one changes it: the state is copied on every key, and
  // whole copies of it held on the stack while a key was reduced doubled the stack's size.

  /// The scenario on screen and its results, and the baseline's results.
  @CopyOnWrite
  public internal(set) var figures: Figures
  /// The baseline, every edit made to it, and where undo stands. Any change to it makes the
  /// worked-out history stale (worked out again when next shown).
  @CopyOnWrite
  public internal(set) var history: EditHistory {
    didSet { timelineState.dataChanged(to: history.current) }
  }
  /// The as-of cursor, the chart's view and the history worked out for them.
  @CopyOnWrite
  public internal(set) var timelineState = TimelineState()
  /// Where the scenario came from and what may be written back.
  public var source: SourceState
  /// What is open on top of the panels (an editor, a form, a question, a prompt, a box).
  public var modal: Modal = .none
  /// Kiosk, rotation, staleness and quit-chord settings of an operations screen.
  public var ops = OpsScreen()
  /// The clock and the freshness of watched data.
  public var live = LiveFeed()
  /// The focus and each panel's selection, scroll, filter, sort and rows.
  public internal(set) var panels = PanelsState()
  /// The terminal's size, the theme and the mouse.
  public var screen: ScreenState
  /// The status line's message.
  public internal(set) var status = StatusMessage()
  /// Counts every change that needs a new frame but comes with no key (clock, rotation), so
  /// the loop draws only when something did change.
  public private(set) var revision = 0

  /// The dashboard on `scenario`, read from `document`, at `width` × `height`.
  public init(
    scenario: Scenario, sourceName: String, document: ScenarioDocument? = nil, readOnly: Bool = false,
    themes: [Theme] = BuiltInThemes.all, width: Int = 120, height: Int = 40
  ) {
    self.figures = Figures(baseline: scenario)
    self.history = EditHistory(baseline: scenario)
    self.source = SourceState(name: sourceName, document: document ?? .inMemory, readOnly: readOnly)
    self.screen = ScreenState(width: width, height: height, themes: themes)
    refreshRows()
    // The whole history and its outlook are worked out with the first frame, not at the first
    // step of the as-of cursor, which on 100,000 funding lines took 10 ms longer than the rest.
    prepareTimeline()
    timelineState.workOutAhead(history.current)
  }

  // MARK: - Reads of the sub-states that nearly every panel makes

  // These four are read in place (`_read`), not returned as copies: a frame reads them a few
  // hundred times, and each copy of a scenario or its results retained and released every
  // array in it (a tenth of a resize's instructions).

  /// The scenario on screen: the committed what-if state, the cursor's date, or a preview.
  public var scenario: Scenario { _read { yield figures.scenario } }
  /// The results of the scenario on screen.
  public var results: Results { _read { yield figures.results } }
  /// The baseline's results, for the deltas beside every moved figure.
  public var baselineResults: Results { _read { yield figures.baselineResults } }
  /// The date the panels show the scenario as known on; nil is the latest picture.
  public var cursor: AsOf? { timelineState.cursor }
  /// What the timeline chart shows.
  public var chart: ChartView {
    get { timelineState.chart }
    set { timelineState.chart = newValue }
  }
  /// The panel keys go to.
  public var focus: PanelID {
    get { panels.focus }
    set { panels.focus = newValue }
  }
  /// The rows each table panel shows, after filter and sort.
  public var visible: [PanelID: [Int]] { panels.visible }
  /// Columns of the terminal.
  public var width: Int { screen.width }
  /// Rows of the terminal.
  public var height: Int { screen.height }
  /// The status line's message, if any.
  public var message: String? { status.text }
  /// For the header: "built-in", a file name or an address.
  public var sourceName: String { source.name }
  /// The file behind the scenario.
  public var document: ScenarioDocument { source.document }
  /// True for `--read-only` and the kiosk.
  public var readOnly: Bool { source.readOnly }
  /// The wall clock at the last `Action.clock`.
  public var clock: ClockReading? { live.clock }

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
    live.problem = nil
    load(opened)
    live.loadedAt = clock?.seconds
    if let pin { self.pin(asOf: pin) }
    bumpRevision()
  }

  /// The three uses: reading, what-if editing (once anything is edited), read-only.
  public var mode: DashboardMode {
    if readOnly { return .readOnly }
    return history.isEdited ? .whatIf : .browse
  }

  /// The scenario as loaded: what every delta is measured against.
  public var baseline: Scenario { _read { yield history.baseline } }

  /// Starts over on another scenario: it becomes the baseline, with no edits.
  public mutating func load(_ opened: OpenedScenario) {
    history = EditHistory(baseline: opened.scenario)
    figures.rebase(on: opened.scenario)
    source.name = opened.sourceName
    source.document = opened.document
    source.changedOnDisk = nil
    modal = .none
    timelineState.cursor = nil
    refreshRows()
    prepareTimeline()
  }

  /// Something visible changed without a key: the next frame must be drawn.
  mutating func bumpRevision() { revision &+= 1 }

  /// Pins the screen to the scenario as known on `date` (`--as-of`): the cursor's date, the
  /// latest picture on the data's own date, or past it the projection (up to its end).
  public mutating func pin(asOf date: AsOf) {
    ensureWholeTimeline()
    guard let latest = latestDay, date.lastDay != latest else { return setCursor(nil) }
    if date.lastDay > latest, let end = projectionEnd, date.lastDay > end {
      return setCursor(end.asOf)
    }
    setCursor(date)
  }

  /// Follows the plan named `name` (nil: the scenario's first) past the data's date: the
  /// projection, its chart and its days that matter are worked out again.
  public mutating func follow(plan name: String?) {
    timelineState.follow(name)
    setCursor(cursor)
    prepareTimeline()
  }

  /// Shows the scenario as known on `date` (nil: the latest picture), recalculated.
  mutating func setCursor(_ date: AsOf?) {
    ensureWholeTimeline()
    timelineState.cursor = date
    figures.show(history.current, view: timelineState.view)
    // What-if changes are measured against the baseline on the same date (or projected the
    // same way): against the latest picture they would mix an edit with the passing of time.
    measureBaselineAtCursor()
    refreshRows()
    selectEventAtCursor()
  }

  /// Shows the committed what-if state (after an edit, undo, redo, or a cancelled preview).
  mutating func showCommitted() {
    if let cursor {
      setCursor(cursor)
      return
    }
    if figures.leavePreview(for: history.current) { refreshRows() }
    measureBaselineAtCursor()
  }

  /// Measures what-if changes against the baseline on the date shown (or projected the same
  /// way): against another date they would mix an edit with the passing of time.
  mutating func measureBaselineAtCursor() {
    let view = timelineState.view
    guard !readOnly, history.isEdited, figures.baselineView != view else { return }
    figures.measure(against: view(history.baseline, wholeLines: true), as: view)
  }

  /// Shows a preview of the scenario while the user types, without recording it.
  mutating func showPreview(_ preview: Scenario) {
    figures.preview(preview, view: timelineState.view)
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
    figures.keepPreview()
    refreshRows()
  }

  /// The theme in use.
  public var theme: Theme { screen.theme }

  /// A panel's selection, scroll, filter and sort.
  public func table(_ panel: PanelID) -> TableState { panels.table(panel) }

  /// The mission's whole history (of the latest data, whatever the cursor): the cached one,
  /// or worked out now when nothing has asked for it since the data changed.
  public var timeline: MissionTimeline { timelineState.timeline(of: history.current) }

  /// The projection's ends and the days that matter ahead, cached or worked out now.
  public var outlook: Outlook? { timelineState.outlook(of: history.current) }

  /// Money over the history, cached or worked out now.
  public var moneyTimeline: MoneyTimeline { timelineState.moneyTimeline(of: history.current) }

  /// Makes sure the whole history is cached, for what is about to read it (the cursor).
  mutating func ensureWholeTimeline() {
    timelineState.ensureWhole(of: history.current)
  }

  /// Works out what the screen is about to show of the history, once per change of the data,
  /// so frames and cursor steps read it instead of working it out again.
  ///
  /// The whole history is needed when the screen shows or uses it: the chart or its events, the
  /// cursor, a kiosk (whose rotation comes to the chart), a stale check (the newest event).
  /// Otherwise the timeline is a strip, and its quick outline spares each edit of 100,000
  /// funding lines a pass over their flows. The layout is worked out only when the answer rests
  /// on the timeline panel's height.
  mutating func prepareTimeline() {
    let certain = focus == .timeline || cursor != nil || ops.kiosk || ops.staleAfterSeconds != nil
    let height = certain && chart.view != .money ? 0 : (layout.panels[.timeline]?.height ?? 0)
    let moneyShown = chart.view == .money && height >= 6
    if timelineState.prepare(history.current, whole: certain || height > 3, moneyShown: moneyShown) {
      selectEventAtCursor()
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
    panels.tables[.timeline] = state
    keepSelectionVisible(.timeline)
  }

  /// Recomputes the filtered, sorted rows of the table panels and keeps selections in range.
  public mutating func refreshRows() {
    panels.visible[.contributions] = RowOrder.contributors(scenario, results, table(.contributions))
    panels.visible[.funding] = RowOrder.fundingLines(scenario, results, table(.funding))
    for panel in PanelID.allCases { clampSelection(panel) }
  }

  /// The selectable targets of a panel, in screen order.
  public func targets(_ panel: PanelID) -> [DetailTarget] {
    switch panel {
    case .force:
      return PanelTargets.force(self)
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
    case .force: PanelTargets.force(self).count
    case .contributions: visible[.contributions]?.count ?? 0
    case .funding: (visible[.funding]?.count ?? 0) + PanelTargets.fundingSummary(results).count
    case .timeline: timelineState.cached?.isComplete == true ? timeline.events.count : 0
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
    if panel == .timeline && timelineState.cached?.isComplete != true { return }
    let count = rowCount(panel)
    var state = table(panel)
    state.selected = min(max(0, state.selected), max(0, count - 1))
    panels.tables[panel] = state
  }

  /// Shows a message in the status line for `ticks` quiet ticks.
  public mutating func show(_ text: String, ticks: Int = 20) {
    status.show(text, ticks: ticks)
  }
}
