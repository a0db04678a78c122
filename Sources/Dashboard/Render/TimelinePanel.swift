import ForceModel

/// Panel 4: the mission over time. The chart (strength or money) on top; under it, every dated
/// event in order, the selected one the as-of date, so moving through the list moves the whole
/// screen through the history.
enum TimelinePanel {
  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    guard rect.height >= 2 else { return }
    let focused = state.focus == .timeline
    let subject = state.chart.view == .money ? "money" : "deployed strength"
    PanelFrame.draw(.timeline, title: "\(PanelID.timeline.title) — \(subject)", in: rect, focused: focused, into: &grid)
    let parts = DashboardLayout.timelineParts(rect)
    TimelineChart.render(state, in: parts.chart, into: &grid)
    guard let events = parts.events, events.height > 0 else { return }
    let rule = events.y - 1
    grid.rule(x: events.x, y: rule, count: events.width, style: Style(.border))
    let timeline = state.timeline
    var title = " Events \(Format.count(timeline.events.count))"
    if state.isProjecting, let outlook = state.outlook, !outlook.milestones.isEmpty {
      // Ahead of the data, the days that matter take the rule: when each comes, and its range.
      title = " Ahead: " + outlook.milestones.map(Self.describe).joined(separator: " · ") + " "
    } else if !state.ops.kiosk {
      title +=
        focused
        ? " · ↑↓ moves the as-of date " : " · \(KeyMap.panels.key(.timelinePanel)) then ↑↓ moves the as-of date "
    }
    grid.put(title, x: events.x + 1, y: rule, style: Style(.dim), limit: events.width - 2)
    TableDrawer.draw(
      TimelineRows.table(state, rows: events.height), in: events, frame: rect, focused: focused,
      into: &grid)
  }

  /// A day that matters in a few words: "◇ reaches target 5,500 2026-12-31 (2026-10-31 – never)".
  static func describe(_ milestone: Outlook.Milestone) -> String {
    let day = milestone.day.map { "\($0)" } ?? "not in the plan"
    let range: String
    if milestone.earliest == milestone.day && milestone.latest == milestone.day {
      range = ""
    } else {
      range = " (\(milestone.earliest.map { "\($0)" } ?? "never") – \(milestone.latest.map { "\($0)" } ?? "never"))"
    }
    return "◇ \(milestone.text) \(day)\(range)"
  }
}
