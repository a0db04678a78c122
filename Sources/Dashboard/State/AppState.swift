import ForceModel

/// Everything the dashboard shows and remembers. `reduce` changes it; `render` draws it.
public struct AppState: Sendable {
  public var scenario: Scenario
  /// The scenario as loaded; what-if deltas are measured against it.
  public var baseline: Scenario
  public private(set) var results: Results
  /// Where the scenario came from, for the header ("built-in" or a file name).
  public var sourceName: String
  public var mode: DashboardMode
  public var focus: PanelID = .force
  public var tables: [PanelID: TableState] = [:]
  public var overlay: Overlay = .none
  /// The filter being typed, while the `/` prompt is open.
  public var filterPrompt: String?
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
    scenario: Scenario, sourceName: String, mode: DashboardMode = .browse, themes: [Theme] = BuiltInThemes.all,
    width: Int = 120, height: Int = 40
  ) {
    self.scenario = scenario
    self.baseline = scenario
    self.results = recalculate(scenario)
    self.sourceName = sourceName
    self.mode = mode
    self.themes = themes.isEmpty ? [BuiltInThemes.standard] : themes
    self.width = width
    self.height = height
    for panel in PanelID.allCases { tables[panel] = TableState() }
    refreshRows()
  }

  public var theme: Theme { themes[min(max(0, themeIndex), themes.count - 1)] }

  public func table(_ panel: PanelID) -> TableState { tables[panel] ?? TableState() }

  /// Replaces the scenario and recalculates every result at once.
  public mutating func setScenario(_ scenario: Scenario) {
    self.scenario = scenario
    results = recalculate(scenario)
    refreshRows()
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
      return ForcePanel.targets(scenario: scenario, results: results)
    case .contributions:
      return (visible[.contributions] ?? []).map { .contributor($0) }
    case .funding:
      return (visible[.funding] ?? []).map { .fundingLine($0) } + FundingPanel.summaryTargets(results)
    }
  }

  /// How many selectable rows a panel has (cheaper than building the targets).
  public func rowCount(_ panel: PanelID) -> Int {
    switch panel {
    case .force: ForcePanel.targets(scenario: scenario, results: results).count
    case .contributions: visible[.contributions]?.count ?? 0
    case .funding: (visible[.funding]?.count ?? 0) + FundingPanel.summaryTargets(results).count
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
      let summary = FundingPanel.summaryTargets(results)
      let at = index - rows.count
      return summary.indices.contains(at) ? summary[at] : nil
    }
  }

  mutating func clampSelection(_ panel: PanelID) {
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
