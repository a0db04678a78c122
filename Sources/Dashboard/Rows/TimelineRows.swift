import ForceModel

/// The timeline's events as a table: date, what happened, the event, its sources. Events after
/// the as-of date are dim (not known yet on that day); the selected one is the cursor's.
enum TimelineRows {
  static func table(_ state: AppState, rows: Int) -> TableModel {
    let timeline = state.timeline
    let table = state.table(.timeline)
    let cursor = state.cursor?.lastDay
    let columns = [
      TableColumn(title: "Date", width: 10, alignRight: false),
      TableColumn(title: "What", width: 8, alignRight: false),
      TableColumn(title: "Event", width: 0, alignRight: false, flexible: true),
      TableColumn(title: "Sources", width: 0, alignRight: false, flexible: true, maxWidth: 28),
    ]
    let count = timeline.events.count
    let first = min(table.scroll, max(0, count - rows))
    let window = timeline.events[first..<min(count, first + max(0, rows))].map { event -> TableRow in
      let later = cursor.map { event.day > $0 } ?? false
      let role: ThemeRole = later ? .dim : .normal
      let what: ThemeRole =
        switch event.kind {
        case .decision, .mandateStarts, .mandateEnds: .title
        case .money(.frozen), .money(.cancelled): .shortfall
        case .money: .ok
        case .strength: .warning
        case .planned: later ? .dim : .projected
        default: role
        }
      return TableRow(
        cells: [
          TableCell(event.date.description, Style(role)),
          TableCell(event.kind.word, Style(later ? .dim : what)),
          TableCell(event.text, Style(role)),
          TableCell(event.sources.joined(separator: ", "), Style(.dim)),
        ], role: role)
    }
    var empty = "No dated events"
    if timeline.flowsNotListed > 0 {
      empty += "; the flows of \(Format.count(timeline.flowsNotListed)) lines are not listed"
    }
    return TableModel(
      columns: columns, rightMargin: 1, minimumFlexible: 8, showsHeader: false, count: count, window: window,
      selected: state.ops.kiosk ? nil : table.selected, scroll: first, empty: empty, showsPosition: true,
      cursor: table.selected)
  }
}
