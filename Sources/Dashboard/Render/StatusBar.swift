import ForceModel

/// The bottom line: the keys that matter now, and the latest message.
enum StatusBar {
  static func hints(_ state: AppState) -> [(String, String)] {
    if state.filterPrompt != nil { return [("Enter", "keep filter"), ("Esc", "clear"), ("Ctrl-U", "erase")] }
    switch state.overlay {
    case .help: return [("↑↓", "scroll"), ("Esc", "close")]
    case .details: return [("↑↓", "scroll"), ("Esc", "close"), ("q", "close")]
    case .none: break
    }
    var hints = [("Tab", "panel"), ("↑↓", "select"), ("Enter", "details")]
    if state.focus != .force { hints += [("/", "filter"), ("s", "sort")] }
    if !state.table(state.focus).filter.isEmpty { hints += [("n/N", "match"), ("Esc", "unfilter")] }
    hints += [("t", "theme"), ("m", "mouse"), ("?", "help"), ("q", "quit")]
    return hints
  }

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.statusBar))
    var x = rect.x
    if let prompt = state.filterPrompt {
      x += grid.put(" Filter: /", x: x, y: rect.y, style: Style(.statusBar, bold: true))
      x += grid.put(prompt + "█", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width / 2 - x))
      x += 2
    }
    let message = state.message.map { " \($0) " } ?? ""
    let messageWidth = min(TextWidth.of(message), rect.width / 2)
    for (key, label) in hints(state) {
      let needed = TextWidth.of(key) + TextWidth.of(label) + 3
      guard x + needed <= rect.maxX - messageWidth - 1 else { break }
      x += grid.put(" \(key) ", x: x, y: rect.y, style: Style(.key))
      x += grid.put(" \(label) ", x: x, y: rect.y, style: Style(.statusBar))
    }
    if !message.isEmpty {
      let text = TextWidth.truncate(message, to: max(0, rect.maxX - x))
      grid.put(text, x: rect.maxX - TextWidth.of(text), y: rect.y, style: Style(.message))
    }
  }
}
