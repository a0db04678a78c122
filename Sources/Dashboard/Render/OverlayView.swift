import ForceModel

/// Draws the open box (help, details, a list, the add form) over the panels.
public enum OverlayView {
  static func render(_ state: AppState, into grid: inout Grid) {
    guard let (title, lines, scroll) = BoxContent.content(state) else { return }
    let frame = BoxContent.frame(state)
    grid.fill(frame, style: Style(.overlay))
    grid.box(frame, title: title, style: Style(.borderFocused), titleStyle: Style(.titleFocused))
    let inner = frame.inset(1)
    let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let all = BoxContent.wrapped(lines, width: body.width, helpRows: BoxContent.isHelp(state))
    var first = min(scroll, max(0, all.count - body.height))
    // A list with a selection (history, goal seek, form) scrolls to keep it in view.
    if let selected = all.firstIndex(where: { $0.1 == .selected }) {
      if selected < first { first = selected }
      if selected >= first + body.height { first = selected - body.height + 1 }
    }
    for (offset, line) in all.dropFirst(first).prefix(body.height).enumerated() {
      grid.put(
        line.0, x: body.x, y: body.y + offset, style: Style(line.1 == .normal ? .overlay : line.1), limit: body.width)
    }
    if all.count > body.height {
      let more = " \(first + 1)–\(min(all.count, first + body.height)) of \(all.count) ↑↓ "
      grid.put(more, x: frame.maxX - TextWidth.of(more) - 2, y: frame.maxY - 1, style: Style(.dim))
    }
  }
}
