import ForceModel

/// Applies one action to the state and says what the executable must do. Pure: no terminal,
/// no files, no clock, so every interaction can be tested as a story of keys.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  switch action {
  case .resize(let width, let height):
    state.width = max(1, width)
    state.height = max(1, height)
    for panel in PanelID.allCases { state.keepSelectionVisible(panel) }
    return []
  case .tick:
    if state.messageTicks > 0 {
      state.messageTicks -= 1
      if state.messageTicks == 0 { state.message = nil }
    }
    if state.chordTicks > 0 {
      state.chordTicks -= 1
      if state.chordTicks == 0 { state.chordProgress = 0 }
    }
    return []
  case .clock(let reading):
    return state.advanceClock(to: reading)
  case .reloaded(let opened):
    state.reloadLive(opened)
    return []
  case .reloadFailed(let message):
    state.reloadFailed(message)
    return []
  case .changedOnDisk(let gone):
    state.noticeChangeOnDisk(gone: gone)
    return []
  case .mouse(let event):
    guard !state.ops.kiosk else { return [] }
    // A prompt, editor, form or question keeps the keyboard; the mouse waits for it.
    guard state.confirmation == nil, state.pathPrompt == nil, state.editor == nil, state.form == nil else {
      return []
    }
    return state.handleMouse(event)
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
    if state.ops.kiosk { return state.handleKioskKey(key) }
    if state.confirmation != nil { return state.handleConfirmationKey(key) }
    if state.pathPrompt != nil { return state.handlePathKey(key) }
    if state.editor != nil { return state.handleEditorKey(key) }
    if state.form != nil { return state.handleFormKey(key) }
    if state.filterPrompt != nil { return state.handlePromptKey(key) }
    if state.overlay != .none { return state.handleOverlayKey(key) }
    return state.handleKey(key)
  }
}

extension AppState {
  public var layout: DashboardLayout {
    DashboardLayout(
      width: width, height: height, focus: focus, banner: scenario.mission.banner != nil, alerts: alerts.count,
      kiosk: ops.kiosk)
  }

  mutating func handleKey(_ key: Key) -> [Effect] {
    switch key {
    case .character("q"): return requestQuit()
    case .tab: focus = PanelID(rawValue: (focus.rawValue + 1) % PanelID.allCases.count) ?? .force
    case .backTab:
      focus = PanelID(rawValue: (focus.rawValue + PanelID.allCases.count - 1) % PanelID.allCases.count) ?? .force
    case .character("1"): focus = .force
    case .character("2"): focus = .contributions
    case .character("3"): focus = .funding
    case .character("l"), .right: focus = PanelID(rawValue: min(focus.rawValue + 1, 2)) ?? focus
    case .character("h"), .left: focus = PanelID(rawValue: max(focus.rawValue - 1, 0)) ?? focus
    case .up, .character("k"): move(focus, by: -1)
    case .down, .character("j"): move(focus, by: 1)
    case .pageUp, .control("b"): move(focus, by: -max(1, layout.rowArea(focus).rows - 1))
    case .pageDown, .control("f"), .character(" "): move(focus, by: max(1, layout.rowArea(focus).rows - 1))
    case .home: move(focus, to: 0)
    case .end, .character("G"): move(focus, to: rowCount(focus) - 1)
    case .enter:
      // Enter edits an editable cell; on a derived result (or read-only) it shows details.
      if selectionIsInput { return startEditing() }
      openDetails()
    case .character("i"): openDetails()
    case .character("?"), .function(1): overlay = .help(scroll: 0)
    case .character("/"):
      guard focus != .force else {
        show("The force panel has no table to filter: press 2 or 3 first")
        return []
      }
      filterPrompt = table(focus).filter
    case .character("n"): jumpMatch(forward: true)
    case .character("N"): jumpMatch(forward: false)
    case .character("s"): cycleSort()
    case .character("S"): reverseSort()
    case .character("t"):
      themeIndex = (themeIndex + 1) % themes.count
      show("Theme: \(theme.name)")
    case .character("m"):
      mouseCapture.toggle()
      show(mouseCapture ? "Mouse on: click, wheel, double-click" : "Mouse off: the terminal can select and copy text")
      return [.setMouseCapture(mouseCapture)]
    case .control("l"): return [.redrawAll]
    case .escape:
      if !table(focus).filter.isEmpty {
        setFilter("", for: focus)
        show("Filter cleared")
      }
    case .character("b"): openCompare()
    case .character("g"): openGoalSeek()
    case .character("H"): openHistory()
    default:
      return handleEditingKey(key)
    }
    return []
  }

  mutating func handlePromptKey(_ key: Key) -> [Effect] {
    guard var text = filterPrompt else { return [] }
    switch key {
    case .enter:
      filterPrompt = nil
      let count = visible[focus]?.count ?? 0
      show(text.isEmpty ? "Filter cleared" : "Filter '\(text)': \(count) row\(count == 1 ? "" : "s")")
      return []
    case .escape:
      filterPrompt = nil
      setFilter("", for: focus)
      show("Filter cleared")
      return []
    case .backspace, .delete:
      if !text.isEmpty { text.removeLast() }
    case .character(let c):
      text.append(c)
    case .control("u"):
      text = ""
    default:
      return []
    }
    filterPrompt = text
    setFilter(text, for: focus)
    return []
  }

  mutating func handleOverlayKey(_ key: Key) -> [Effect] {
    switch overlay {
    case .history(let lines, let selected):
      switch key {
      case .up, .character("k"): overlay = .history(lines: lines, selected: max(0, selected - 1))
      case .down, .character("j"): overlay = .history(lines: lines, selected: min(lines.count - 1, selected + 1))
      case .home: overlay = .history(lines: lines, selected: 0)
      case .end: overlay = .history(lines: lines, selected: lines.count - 1)
      case .enter:
        overlay = .none
        return jump(to: selected)
      case .escape, .character("q"), .character("H"): overlay = .none
      default: break
      }
      return []
    case .goalSeek(let answer, let selected):
      switch key {
      case .up, .character("k"): overlay = .goalSeek(answer, selected: max(0, selected - 1))
      case .down, .character("j"):
        overlay = .goalSeek(answer, selected: min(max(0, answer.options.count - 1), selected + 1))
      case .enter:
        guard answer.options.indices.contains(selected) else {
          overlay = .none
          return []
        }
        guard !readOnly else {
          show(Self.readOnlyRefusal)
          return []
        }
        overlay = .none
        guard commit(answer.options[selected].edit) else { return [] }
        return journalEffects()
      case .escape, .character("q"), .character("g"): overlay = .none
      default: break
      }
      return []
    default:
      break
    }
    switch key {
    case .escape, .character("q"), .enter, .character("?"), .function(1):
      overlay = .none
    case .down, .character("j"): scrollOverlay(by: 1)
    case .up, .character("k"): scrollOverlay(by: -1)
    case .pageDown, .character(" "): scrollOverlay(by: 10)
    case .pageUp: scrollOverlay(by: -10)
    case .home, .character("g"): scrollOverlay(by: -1_000_000)
    case .control("l"): return [.redrawAll]
    default: break
    }
    return []
  }

  mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
    if overlay != .none {
      switch event.kind {
      case .wheelDown: scrollOverlay(by: 3)
      case .wheelUp: scrollOverlay(by: -3)
      case .click, .doubleClick:
        if !OverlayView.frame(self).contains(x: event.x, y: event.y) {
          overlay = .none
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
        if event.kind == .doubleClick { openDetails() }
      }
    }
    return []
  }

  /// The selectable row index under a screen row, if any.
  func row(at y: Int, in panel: PanelID, layout: DashboardLayout) -> Int? {
    let area = layout.rowArea(panel)
    if panel == .funding {
      let lines = visible[.funding]?.count ?? 0
      let summaryY = layout.fundingSummaryY()
      if y >= summaryY {
        let index = lines + (y - summaryY)
        return index < rowCount(.funding) ? index : nil
      }
      guard y >= area.firstY, y < area.firstY + area.rows else { return nil }
      let index = table(.funding).scroll + (y - area.firstY)
      return index < lines ? index : nil
    }
    guard y >= area.firstY, y < area.firstY + area.rows else { return nil }
    let index = table(panel).scroll + (y - area.firstY)
    return index < rowCount(panel) ? index : nil
  }

  mutating func move(_ panel: PanelID, by delta: Int) { move(panel, to: table(panel).selected + delta) }

  mutating func move(_ panel: PanelID, to index: Int) {
    var state = table(panel)
    state.selected = min(max(0, index), max(0, rowCount(panel) - 1))
    tables[panel] = state
    keepSelectionVisible(panel)
  }

  /// Scrolls a table so that its selection is on screen.
  mutating func keepSelectionVisible(_ panel: PanelID) {
    var state = table(panel)
    let rows = max(1, layout.rowArea(panel).rows)
    let scrollable = panel == .funding ? (visible[.funding]?.count ?? 0) : rowCount(panel)
    let selected = min(state.selected, max(0, scrollable - 1))
    if selected < state.scroll { state.scroll = selected }
    if selected >= state.scroll + rows { state.scroll = selected - rows + 1 }
    state.scroll = max(0, min(state.scroll, max(0, scrollable - rows)))
    tables[panel] = state
  }

  mutating func setFilter(_ text: String, for panel: PanelID) {
    var state = table(panel)
    state.filter = text
    state.selected = 0
    state.scroll = 0
    tables[panel] = state
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
    tables[focus] = state
    refreshRows()
    show(state.sortColumn.map { "Sorted by \(columns[$0]) \(state.sortDescending ? "▼" : "▲")" } ?? "Scenario order")
  }

  mutating func reverseSort() {
    guard !RowOrder.columns(focus).isEmpty, table(focus).sortColumn != nil else {
      show("Press s to choose a sort column first")
      return
    }
    var state = table(focus)
    state.sortDescending.toggle()
    tables[focus] = state
    refreshRows()
    show(state.sortDescending ? "Descending ▼" : "Ascending ▲")
  }

  mutating func openDetails() {
    guard let target = selectedTarget(focus) else {
      show("Nothing selected")
      return
    }
    overlay = .details(target, scroll: 0)
  }

  mutating func scrollOverlay(by delta: Int) {
    switch overlay {
    case .none: break
    case .help(let scroll): overlay = .help(scroll: max(0, scroll + delta))
    case .details(let target, let scroll): overlay = .details(target, scroll: max(0, scroll + delta))
    case .compare(let diff, let scroll): overlay = .compare(diff, scroll: max(0, scroll + delta))
    case .history, .goalSeek: break
    }
  }
}
