import ForceModel

/// The top line: which mission, as of when, in which mode, and how many conflicts.
enum HeaderBar {
  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.header))
    let mission = state.scenario.mission
    let conflicts = state.results.conflicts.count
    var right = state.ops.kiosk ? " KIOSK " : " \(state.mode.rawValue) "
    if state.history.isEdited && !state.readOnly {
      let edits = state.history.position
      right =
        " WHAT-IF · \(edits) edit\(edits == 1 ? "" : "s")\(state.history.hasUnsavedChanges ? " · unsaved" : " · saved") "
    } else if state.history.hasUnsavedChanges && !state.readOnly {
      right = " \(state.mode.rawValue) · unsaved "
    }
    if let change = state.source.changedOnDisk, !state.readOnly { right += "· ⚠ \(change.rawValue) " }
    // In the past, nobody can miss it: the date and how far along the history it is.
    var past: (full: String, short: String)?
    if let cursor = state.cursor, state.isProjecting {
      // Ahead of the data: said first and in capitals, with the plan followed and where the
      // data stops.
      let plan = state.history.current.plan(named: state.timelineState.plan)?.name
      let planText = plan.map { " · plan \(TextSanitizer.clean($0, limit: 16))" } ?? " · no plan"
      let from = state.latestDay.map { " · data to \($0)" } ?? ""
      let back = state.ops.kiosk ? "" : " · \(KeyMap.panels.key(.latest)) latest"
      past = (" ▶ PROJECTED \(cursor)\(planText)\(from)\(back) ", " ▶ PROJECTED \(cursor)\(planText) ")
    } else if let cursor = state.cursor {
      let events = state.cursorDays
      let known = events.filter { $0 <= cursor.lastDay }.count
      // The key back to the latest picture, where keys do something (not on a kiosk).
      let back = state.ops.kiosk ? "" : " · \(KeyMap.panels.key(.latest)) latest"
      past = (
        " ◀ AS OF \(cursor) · \(known) of \(events.count) dates\(back) ",
        " ◀ AS OF \(cursor) · \(known)/\(events.count) "
      )
    }
    let modeText = right
    right += conflicts > 0 ? "│ ! \(conflicts) conflict\(conflicts == 1 ? "" : "s") " : "│ ✓ no conflicts "
    // An operations screen always says how old its data is and what time it is now.
    if state.readOnly, let clock = state.clock {
      if let age = state.dataAge {
        // A stamp ahead of this clock (a server's Last-Modified in 2099) has no age to tell.
        right += age < -AppState.clockSkewSeconds ? "│ data dated ahead " : "│ data \(describeAge(age)) old "
      }
      right += "│ \(clock.hoursMinutes) "
    }
    if let past {
      // On a narrow screen the date stays and the rest shortens (on the narrowest, to the date
      // and the mode): the mission must fit too.
      if TextWidth.of(past.full + right) + 24 <= rect.width {
        right = past.full + right
      } else if TextWidth.of(past.short + right) + 16 <= rect.width {
        right = past.short + right
      } else {
        right = past.short + modeText
      }
    }
    let rightWidth = TextWidth.of(right)
    let tail =
      " │ lead \(mission.leadNation)"
      + (state.cursor == nil ? (mission.asOf.map { " │ as of \($0) (latest)" } ?? "") : "") + " │ \(state.sourceName)"
    // The mission's full name goes first when there is no room: the date must stay visible.
    // The force of the mandate in force on the day shown: the MSS until 2025-10-02, the GSF after.
    let day = state.cursor?.lastDay ?? mission.asOf?.lastDay
    let force = day.flatMap { mission.period(on: $0)?.force } ?? mission.shortName
    var left = " ForceBoard │ \(force) — \(mission.name)" + tail
    if TextWidth.of(left) > rect.width - rightWidth { left = " ForceBoard │ \(force)" + tail }
    grid.put(fitting: left, x: rect.x, y: rect.y, width: max(0, rect.width - rightWidth), style: Style(.header))
    if rect.width > rightWidth + 10 {
      grid.put(right, x: rect.maxX - rightWidth, y: rect.y, style: Style(.header, bold: true))
    }
  }

  static func banner(_ text: String, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.banner))
    let clipped = TextWidth.truncate(text, to: rect.width - 2)
    grid.put(clipped, x: rect.x + max(0, (rect.width - TextWidth.of(clipped)) / 2), y: rect.y, style: Style(.banner))
  }
}
