import ForceModel

/// The as-of cursor: through the history, and past the data's date into the projection.
extension AppState {
  /// Sets the as-of date to the selected event's: the whole screen as known that day (the
  /// latest picture on the data's own day, the projection past it).
  mutating func followSelectedEvent() {
    ensureWholeTimeline()
    let line = timeline
    let index = table(.timeline).selected
    guard line.events.indices.contains(index), let latest = latestDay else { return }
    let day = line.events[index].day
    let cursorDay = cursor?.lastDay ?? latest
    guard day != cursorDay else { return }
    setCursor(day == latest ? nil : day.asOf)
    // The selection stays on the event chosen, not the first of its day.
    var state = table(.timeline)
    state.selected = index
    panels.tables[.timeline] = state
    keepSelectionVisible(.timeline)
    show(cursorMessage)
  }

  /// The day the latest picture is of: the scenario's own date, else its last event.
  var latestDay: Day? { latestDay(in: timeline) }

  /// The same, with the history `line` tells.
  func latestDay(in line: MissionTimeline) -> Day? {
    history.current.mission.asOf?.lastDay ?? line.days.last
  }

  /// True when the cursor is past the data's date: the screen shows a projection.
  public var isProjecting: Bool {
    guard let cursor, let latest = latestDay else { return false }
    return cursor.lastDay > latest
  }

  /// The last day the cursor may be projected to: a year past the history's last day (a
  /// plan's last event, a mandate's end), or past the data's date when nothing comes later.
  var projectionEnd: Day? { projectionEnd(in: timeline) }

  /// The same, with the history `line` tells.
  func projectionEnd(in line: MissionTimeline) -> Day? {
    guard let latest = latestDay(in: line) else { return nil }
    return max(line.last ?? latest, latest).adding(months: 12)
  }

  /// The dates the cursor steps through: every day anything changes (past the data's date, the
  /// plan's days and a mandate's end), and the latest picture's own day. The header's "n of
  /// m dates" counts these.
  public var cursorDays: [Day] { cursorDays(in: timeline) }

  /// The same, with the history `line` tells.
  func cursorDays(in line: MissionTimeline) -> [Day] {
    let days = line.days
    guard let latest = latestDay(in: line) else { return days }
    var steps = days
    if !steps.contains(latest) {
      steps.insert(latest, at: steps.firstIndex { $0 > latest } ?? steps.endIndex)
    }
    return steps
  }

  /// What the status line says of the cursor: where it is and how far along.
  var cursorMessage: String {
    guard let cursor else {
      return
        "The latest picture (as of \(history.current.mission.asOf.map { "\($0)" } ?? latestDay.map { "\($0)" } ?? "?"))"
    }
    if isProjecting, let latest = latestDay {
      let plan = history.current.plan(named: timelineState.plan)?.name
      return "PROJECTED to \(cursor) from the data of \(latest)"
        + (plan.map { ", plan '\(TextSanitizer.clean($0))'" } ?? ", no plan")
    }
    let steps = cursorDays
    return "As of \(cursor): \(steps.filter { $0 <= cursor.lastDay }.count) of \(steps.count) dates known"
  }

  /// Moves the as-of cursor: to the previous or next day anything changes, a month either way,
  /// or back to the latest picture. The data's own day is the latest picture; past it, the
  /// projection, up to `projectionEnd`.
  mutating func moveCursor(_ command: PanelCommand) {
    ensureWholeTimeline()
    guard let latest = latestDay, let end = projectionEnd else {
      show("This scenario has no dated figures to step through")
      return
    }
    let now = cursor?.lastDay ?? latest
    var target: Day?
    let days = cursorDays
    switch command {
    case .earlierEvent:
      target = Self.step(later: false, from: now, through: days, end: end)
      if target == nil { return show("No earlier date: \(now) is the first anything is known") }
    case .laterEvent:
      target = Self.step(later: true, from: now, through: days, end: end)
      if target == nil { return show("No later date: the projection ends on \(end)") }
    case .monthEarlier, .monthLater:
      // The same day of the month, or the month's last day from a month's last day.
      let c = now.civil
      let months = c.year * 12 + (c.month - 1) + (command == .monthLater ? 1 : -1)
      let last = AsOf(year: months / 12, month: months % 12 + 1).lastDay
      let endOfMonth = AsOf(year: c.year, month: c.month).lastDay == now
      target = endOfMonth ? last : Day(year: months / 12, month: months % 12 + 1, day: min(c.day, last.civil.day))
      if let day = target, day > end {
        if now >= end { return show("No later date: the projection ends on \(end)") }
        target = end
      }
    default:
      target = nil
    }
    if let target { timelineState.steppedLater = target > now }
    guard let target, target != latest else {
      setCursor(nil)
      return show(cursorMessage)
    }
    setCursor(target.asOf)
    show(cursorMessage)
  }

  /// The day `[` (earlier) or `]` (later) moves the cursor to from `now`: the next day
  /// anything changes, and past the last, the projection's end; nil when there is none.
  static func step(later: Bool, from now: Day, through days: [Day], end: Day) -> Day? {
    guard later else { return days.last { $0 < now } }
    return days.first { $0 > now } ?? (now < end ? end : nil)
  }

  /// The figures worth working out before they are asked for: the dates `[` and `]` would
  /// show next, the way the cursor last went first, when not kept already. Nil when there are
  /// none, or the whole history is not worked out yet (this is asked between keys, and must
  /// not work it out). An operations screen wants none: nobody steps its cursor.
  public var figuresWanted: FiguresRequest? {
    guard !ops.kiosk, figures.scenario.funding.count >= timelineState.lookAheadFrom,
      let line = timelineState.wholeTimeline, let latest = latestDay(in: line),
      let end = projectionEnd(in: line)
    else { return nil }
    let days = cursorDays(in: line)
    let now = cursor?.lastDay ?? latest
    let order = timelineState.steppedLater ? [true, false] : [false, true]
    let views = order.compactMap { later in
      Self.step(later: later, from: now, through: days, end: end).map { day in
        ScenarioView(date: day == latest ? nil : day.asOf, plan: timelineState.plan)
      }
    }
    return figures.request(views)
  }
}
