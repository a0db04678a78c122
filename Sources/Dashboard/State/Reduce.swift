import ForceModel

/// Applies one action to the state and says what the executable must do. Pure: no terminal,
/// no files, no clock, so every interaction can be tested as a story of keys.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  let effects = apply(action, to: &state)
  state.prepareTimeline()
  return effects
}

/// One action's change to the state, before the history the screen shows is brought up to date.
private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
  switch action {
  case .resize(let width, let height):
    state.screen.width = max(1, width)
    state.screen.height = max(1, height)
    let layout = state.layout
    for panel in PanelID.allCases { state.keepSelectionVisible(panel, in: layout) }
    return []
  case .tick:
    state.status.tick()
    state.ops.tick()
    return []
  case .workedOut(let figures):
    state.figures.accept(figures)
    return []
  case .clock(let reading):
    return state.advanceClock(to: reading)
  case .reloaded(let opened):
    if let awaited = state.ops.awaiting {
      state.receiveFirstData(opened, pin: awaited.pin)
    } else {
      state.reloadLive(opened)
    }
    return []
  case .reloadFailed(let message):
    state.reloadFailed(message)
    return []
  case .changedOnDisk(let gone):
    state.noticeChangeOnDisk(gone: gone)
    return []
  case .mouse(let event):
    guard !state.ops.kiosk, state.ops.awaiting == nil else { return [] }
    // A prompt, editor, form or question keeps the keyboard; the mouse waits for it.
    switch state.modal {
    case .none, .overlay, .filterPrompt: return state.handleMouse(event)
    case .editor, .form, .confirmation, .pathPrompt: return []
    }
  case .saveFinished(let outcome):
    return state.finishSave(outcome)
  case .opened(let opened):
    // Opening dropped the edits on screen (the user said so, if there were any): this
    // instance's journal goes too. Journals other sessions left for the new file are offered.
    let dropped = state.document.journalKey
    state.load(opened)
    state.show(
      (["Opened \(opened.sourceName)"] + opened.notes).joined(separator: " · "), ticks: opened.notes.isEmpty ? 20 : 80)
    if !opened.journals.isEmpty { state.offerRestore(opened.journals) }
    return [.deleteJournal(key: dropped)]
  case .openFailed(let message):
    state.show(message + "; the scenario on screen is unchanged", ticks: 60)
    return []
  case .key(let key):
    // One place decides where a key goes: to whatever is open, else to the panels.
    if state.ops.kiosk { return state.handleKioskKey(key) }
    // Before the first answer there is nothing to browse: the panels' quit and redraw rows
    // run, every other key waits for the data.
    if state.ops.awaiting != nil {
      guard case .run(let command) = KeyMap.panels.resolve(key, in: state), command == .quit || command == .redraw
      else { return [] }
      return state.perform(command)
    }
    switch state.modal {
    case .none: return state.handlePanelKey(key)
    case .editor: return state.handleEditorKey(key)
    case .form: return state.handleFormKey(key)
    case .confirmation(let asked): return state.answer(asked, key: key)
    case .pathPrompt: return state.handlePathKey(key)
    case .filterPrompt: return state.handlePromptKey(key)
    case .overlay(let overlay): return state.handleOverlayKey(key, overlay)
    }
  }
}

extension AppState {
  var layout: DashboardLayout {
    DashboardLayout(
      width: width, height: height, focus: focus, banner: scenario.mission.banner != nil, alerts: alerts.count,
      kiosk: ops.kiosk, zoomed: screen.zoomed && !ops.kiosk,
      needs: DashboardLayout.Needs(
        force: PanelTargets.force(self).count,
        contributions: visible[.contributions]?.count ?? scenario.contributors.count,
        fundingLines: visible[.funding]?.count ?? scenario.funding.count,
        contributionsWidth: ops.kiosk ? ContributionRows.naturalWidth(self) : 0))
  }

  /// A key with nothing open over the panels (or on a kiosk): the key map says which command
  /// it runs, after the read-only and kiosk filters.
  mutating func handlePanelKey(_ key: Key) -> [Effect] {
    switch KeyMap.panels.resolve(key, in: self) {
    case .run(let command): return perform(command)
    case .refused:
      show(refusal)
      return []
    case .unbound: return []
    }
  }

  /// Carries out a command of the panels.
  mutating func perform(_ command: PanelCommand) -> [Effect] {
    switch command {
    case .earlierEvent, .laterEvent, .monthEarlier, .monthLater, .latest:
      moveCursor(command)
      return []
    case .typeDate:
      modal = .pathPrompt(PathPrompt(purpose: .asOfDate, text: ""))
      return []
    case .nextPlan:
      followNextPlan()
      return []
    case .quit: return requestQuit()
    case .nextPanel, .previousPanel, .forcePanel, .contributionsPanel, .fundingPanel, .timelinePanel, .panelRight,
      .panelLeft:
      moveFocus(command)
    case .chartSubject, .chartStack: switchChart(command)
    case .up, .down, .pageUp, .pageDown, .first, .last:
      moveSelection(command)
      // On the timeline the selected event is the as-of date: the cursor follows it.
      if focus == .timeline { followSelectedEvent() }
    case .activate:
      // Enter edits an editable cell; on a derived result (or read-only) it shows details.
      if selectionIsInput { return startEditing() }
      openDetails()
    case .details: openDetails()
    case .help: modal = .overlay(.help(scroll: 0))
    case .filter: openFilter()
    case .nextMatch: jumpMatch(forward: true)
    case .previousMatch: jumpMatch(forward: false)
    case .sort: cycleSort()
    case .reverseSort: reverseSort()
    case .theme:
      screen.nextTheme()
      show("Theme: \(theme.name)")
    case .zoom:
      screen.zoomed.toggle()
      show(
        screen.zoomed
          ? "Zoomed: \(focus.title) fills the screen (Tab shows the next panel; \(KeyMap.panels.key(.zoom)) for all)"
          : "All panels")
    case .mouse:
      screen.mouseCapture.toggle()
      show(
        screen.mouseCapture
          ? "Mouse on: click, wheel, double-click" : "Mouse off: the terminal can select and copy text")
      return [.setMouseCapture(screen.mouseCapture)]
    case .redraw: return [.redrawAll]
    case .clearFilter:
      if !table(focus).filter.isEmpty {
        setFilter("", for: focus)
        show("Filter cleared")
      }
    case .compare: openCompare()
    case .goalSeek: openGoalSeek()
    case .history: openHistory()
    case .edit: return startEditing()
    case .editAssumptions: return startEditing(fields: EditField.assumptions(in: history.current))
    case .add: startAdding()
    case .remove: askRemove()
    case .toggleCounted: return toggleCounted()
    case .undo: return undo()
    case .redo: return redo()
    case .reset: askReset()
    case .save: return save()
    case .saveAs: modal = .pathPrompt(PathPrompt(purpose: .saveAs(quitAfter: false), text: document.path ?? ""))
    case .open:
      // After someone else saved the file, opening it again is the likely next step.
      modal = .pathPrompt(PathPrompt(purpose: .open, text: source.changedOnDisk == .changed ? document.path ?? "" : ""))
    }
    return []
  }

  /// Moves the focus: to a panel by number, to the next or previous (round), left or right.
  mutating func moveFocus(_ command: PanelCommand) {
    let count = PanelID.allCases.count
    switch command {
    case .nextPanel: focus = PanelID(rawValue: (focus.rawValue + 1) % count) ?? .force
    case .previousPanel: focus = PanelID(rawValue: (focus.rawValue + count - 1) % count) ?? .force
    case .forcePanel: focus = .force
    case .contributionsPanel: focus = .contributions
    case .fundingPanel: focus = .funding
    case .timelinePanel: focus = .timeline
    case .panelRight: focus = PanelID(rawValue: min(focus.rawValue + 1, count - 1)) ?? focus
    case .panelLeft: focus = PanelID(rawValue: max(focus.rawValue - 1, 0)) ?? focus
    default: break
    }
  }

  /// Switches the chart between strength and money, or the strength chart between stacked
  /// countries and the total.
  mutating func switchChart(_ command: PanelCommand) {
    if command == .chartSubject {
      chart.view = chart.view == .strength ? .money : .strength
      show(chart.view == .money ? "Chart: money received, spent and required" : "Chart: deployed strength")
    } else if chart.view == .money {
      // Stacking is the strength chart's: from money, say that the chart changed, not only how.
      chart.view = .strength
      show(
        "Chart: deployed strength \(chart.byCountry ? "by country" : "total") (\(KeyMap.panels.key(.chartStack)) stacks the strength chart; \(KeyMap.panels.key(.chartSubject)) goes back to money)"
      )
    } else {
      chart.byCountry.toggle()
      show(chart.byCountry ? "Chart: deployed by country" : "Chart: the deployed total, with reported totals ◆")
    }
  }

  /// Opens the filter prompt on a table panel.
  mutating func openFilter() {
    guard focus != .force else {
      show(
        "The force panel has no table to filter: press \(KeyMap.panels.key(.contributionsPanel)) or \(KeyMap.panels.key(.fundingPanel)) first"
      )
      return
    }
    modal = .filterPrompt(table(focus).filter)
  }

  mutating func handlePromptKey(_ key: Key) -> [Effect] {
    guard var text = filterPrompt else { return [] }
    let command = modal.keys.fieldCommand(key)
    switch command {
    case .commit:
      modal = .none
      let count = visible[focus]?.count ?? 0
      show(text.isEmpty ? "Filter cleared" : "Filter '\(text)': \(count) row\(count == 1 ? "" : "s")")
      return []
    case .cancel:
      modal = .none
      setFilter("", for: focus)
      show("Filter cleared")
      return []
    case .erase, .eraseAll, nil:
      var field = TextField(text)
      guard field.apply(command, key) else { return [] }
      text = field.text
    case .nextField, .previousField:
      return []
    }
    modal = .filterPrompt(text)
    setFilter(text, for: focus)
    return []
  }

  /// A key while a box is open: the list boxes choose, the others scroll.
  mutating func handleOverlayKey(_ key: Key, _ overlay: Overlay) -> [Effect] {
    guard case .overlay(let map) = modal.keys else { return [] }
    let command: OverlayCommand
    switch map.resolve(key, in: self) {
    case .run(let run): command = run
    case .refused:
      show(refusal)
      return []
    case .unbound: return []
    }
    switch overlay {
    case .history(let lines, let selected):
      switch command {
      case .choosePrevious: modal = .overlay(.history(lines: lines, selected: max(0, selected - 1)))
      case .chooseNext: modal = .overlay(.history(lines: lines, selected: min(lines.count - 1, selected + 1)))
      case .chooseFirst: modal = .overlay(.history(lines: lines, selected: 0))
      case .chooseLast: modal = .overlay(.history(lines: lines, selected: lines.count - 1))
      case .choose:
        modal = .none
        return jump(to: selected)
      case .close: modal = .none
      default: break
      }
      return []
    case .goalSeek(let answer, let selected):
      let last = max(0, answer.options.count - 1)
      switch command {
      case .choosePrevious: modal = .overlay(.goalSeek(answer, selected: max(0, selected - 1)))
      case .chooseNext: modal = .overlay(.goalSeek(answer, selected: min(last, selected + 1)))
      case .chooseFirst: modal = .overlay(.goalSeek(answer, selected: 0))
      case .chooseLast: modal = .overlay(.goalSeek(answer, selected: last))
      case .choose:
        modal = .none
        guard answer.options.indices.contains(selected), commit(answer.options[selected].edit) else { return [] }
        return journalEffects()
      case .close: modal = .none
      default: break
      }
      return []
    case .help, .details, .compare:
      switch command {
      case .close: modal = .none
      case .scrollDown: scrollOverlay(by: 1)
      case .scrollUp: scrollOverlay(by: -1)
      case .pageDown: scrollOverlay(by: max(1, overlayPage.rows - 1))
      case .pageUp: scrollOverlay(by: -max(1, overlayPage.rows - 1))
      case .top: scrollOverlay(by: -overlayPage.maxScroll)
      case .bottom: scrollOverlay(by: overlayPage.maxScroll)
      case .redraw: return [.redrawAll]
      default: break
      }
      return []
    }
  }

  mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
    if overlay != nil {
      switch event.kind {
      case .wheelDown: scrollOverlay(by: 3)
      case .wheelUp: scrollOverlay(by: -3)
      case .click, .doubleClick:
        if !BoxContent.frame(self).contains(x: event.x, y: event.y) {
          modal = .none
        }
      }
      return []
    }
    let layout = self.layout
    guard !layout.isTooSmall, let panel = layout.panel(atX: event.x, y: event.y) else { return [] }
    switch event.kind {
    case .wheelUp: move(panel, by: -3)
    case .wheelDown: move(panel, by: 3)
    case .click, .doubleClick:
      // The row is read from the layout on screen when the click came, before focusing the
      // panel changes the layout (in the narrow layout the focused panel grows).
      let clicked = row(at: event.y, in: panel, layout: layout)
      focus = panel
      if let row = clicked {
        move(panel, to: row)
        if panel == .timeline { followSelectedEvent() }
        if event.kind == .doubleClick { openDetails() }
      }
    }
    // On the timeline the wheel walks the events, and the as-of date with them.
    if panel == .timeline, event.kind == .wheelUp || event.kind == .wheelDown { followSelectedEvent() }
    return []
  }

  /// The selectable row index under a screen row, if any.
  func row(at y: Int, in panel: PanelID, layout: DashboardLayout) -> Int? {
    let tableRows = panel == .funding ? (visible[.funding]?.count ?? 0) : rowCount(panel)
    return layout.row(
      atY: y, in: panel, scroll: table(panel).scroll, tableRows: tableRows, selectable: rowCount(panel))
  }

  mutating func move(_ panel: PanelID, by delta: Int) { move(panel, to: table(panel).selected + delta) }

  mutating func move(_ panel: PanelID, to index: Int) {
    var state = table(panel)
    state.selected = min(max(0, index), max(0, rowCount(panel) - 1))
    panels.tables[panel] = state
    keepSelectionVisible(panel)
  }

  /// Scrolls a table so that its selection is on screen.
  mutating func keepSelectionVisible(_ panel: PanelID) { keepSelectionVisible(panel, in: layout) }

  /// Scrolls a table so that its selection is on screen, in a layout already worked out (a
  /// table's scroll is not among what a layout rests on).
  mutating func keepSelectionVisible(_ panel: PanelID, in layout: DashboardLayout) {
    var state = table(panel)
    let rows = max(1, layout.rowArea(panel).rows)
    let scrollable = panel == .funding ? (visible[.funding]?.count ?? 0) : rowCount(panel)
    let selected = min(state.selected, max(0, scrollable - 1))
    if selected < state.scroll { state.scroll = selected }
    if selected >= state.scroll + rows { state.scroll = selected - rows + 1 }
    state.scroll = max(0, min(state.scroll, max(0, scrollable - rows)))
    panels.tables[panel] = state
  }

  mutating func setFilter(_ text: String, for panel: PanelID) {
    var state = table(panel)
    state.filter = text
    state.selected = 0
    state.scroll = 0
    panels.tables[panel] = state
    refreshRows()
  }

  mutating func jumpMatch(forward: Bool) {
    guard focus != .force, !table(focus).filter.isEmpty else {
      show("No filter: press / to filter the table, then n and N move between matches")
      return
    }
    let count = visible[focus]?.count ?? 0
    guard count > 0 else {
      show("No row matches '\(table(focus).filter)'")
      return
    }
    let current = min(table(focus).selected, count - 1)
    move(focus, to: (current + (forward ? 1 : count - 1)) % count)
    show("Match \(table(focus).selected + 1) of \(count)", ticks: 10)
  }

  mutating func cycleSort() {
    let columns = RowOrder.columns(focus)
    guard !columns.isEmpty else {
      show("The force panel has a fixed order; sort the tables in panels 2 and 3")
      return
    }
    var state = table(focus)
    if let column = state.sortColumn {
      state.sortColumn = column + 1 < columns.count ? column + 1 : nil
    } else {
      state.sortColumn = 0
    }
    state.sortDescending = state.sortColumn.map { $0 > 0 } ?? false
    panels.tables[focus] = state
    refreshRows()
    show(state.sortColumn.map { "Sorted by \(columns[$0]) \(state.sortDescending ? "▼" : "▲")" } ?? "Scenario order")
  }

  mutating func reverseSort() {
    guard !RowOrder.columns(focus).isEmpty, table(focus).sortColumn != nil else {
      show("Press \(KeyMap.panels.key(.sort)) to choose a sort column first")
      return
    }
    var state = table(focus)
    state.sortDescending.toggle()
    panels.tables[focus] = state
    refreshRows()
    show(state.sortDescending ? "Descending ▼" : "Ascending ▲")
  }

  mutating func openDetails() {
    guard let target = selectedTarget(focus) else {
      show("Nothing selected")
      return
    }
    var sensitivity: [Swing] = []
    if case .result(let key) = target {
      let view = timelineState.view
      sensitivity = history.current.tornado(key) { view($0, wholeLines: true) }
    }
    modal = .overlay(.details(target, scroll: 0, sensitivity: sensitivity))
  }

  /// Scrolls the box over the panels, never past its first or last line (so ↑ after End moves
  /// at once).
  mutating func scrollOverlay(by delta: Int) {
    let last = overlayPage.maxScroll
    func moved(_ scroll: Int) -> Int { min(last, max(0, scroll + delta)) }
    switch overlay {
    case nil: break
    case .help(let scroll): modal = .overlay(.help(scroll: moved(scroll)))
    case .details(let target, let scroll, let sensitivity):
      modal = .overlay(.details(target, scroll: moved(scroll), sensitivity: sensitivity))
    case .compare(let diff, let scroll, let plans):
      modal = .overlay(.compare(diff, scroll: moved(scroll), plans: plans))
    case .history, .goalSeek: break
    }
  }

  /// The rows the open box shows at once, and the furthest it scrolls.
  var overlayPage: (rows: Int, maxScroll: Int) {
    guard let content = BoxContent.content(self) else { return (1, 0) }
    let box = BoxContent.frame(self)
    let lines = BoxContent.wrapped(content.lines, width: layout.boxWidth - 4, helpRows: BoxContent.isHelp(self)).count
    let rows = max(1, box.height - 2)
    return (rows, max(0, lines - rows))
  }
}

extension AppState {
  /// Moves the selection of the focused panel: a row, a page, to the first or last.
  mutating func moveSelection(_ command: PanelCommand) {
    switch command {
    case .up: move(focus, by: -1)
    case .down: move(focus, by: 1)
    case .pageUp: move(focus, by: -max(1, layout.rowArea(focus).rows - 1))
    case .pageDown: move(focus, by: max(1, layout.rowArea(focus).rows - 1))
    case .first: move(focus, to: 0)
    case .last: move(focus, to: rowCount(focus) - 1)
    default: break
    }
  }
}
