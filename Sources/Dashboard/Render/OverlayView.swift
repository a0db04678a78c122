import ForceModel

/// Help and details, drawn in a box over the panels.
public enum OverlayView {
  /// The title and lines of the open overlay.
  static func content(_ state: AppState) -> (title: String, lines: [(String, ThemeRole)], scroll: Int)? {
    let overlay: Overlay
    switch state.modal {
    case .form(let form): return (form.title, EditingContent.form(form), 0)
    case .overlay(let open): overlay = open
    case .confirmation(let asked):
      // Several journals are a list to choose from, not one line's question.
      guard case .restore(let offers) = asked.kind, offers.count > 1 else { return nil }
      return ("Unsaved edits from earlier sessions", EditingContent.journals(offers, state: state), 0)
    case .none, .editor, .pathPrompt, .filterPrompt: return nil
    }
    switch overlay {
    case .help(let scroll):
      return ("Help — keys (\(state.mode.rawValue))", HelpContent.lines(state), scroll)
    case .details(let target, let scroll):
      let details = DetailsContent(state: state, target: target)
      return ("Details — " + details.title, details.lines, scroll)
    case .compare(let diff, let scroll):
      return ("Baseline │ what-if │ change", EditingContent.compare(diff, state: state), scroll)
    case .history(let lines, let selected):
      return ("Edit history — Enter jumps there", EditingContent.history(lines, selected: selected, state: state), 0)
    case .goalSeek(let answer, let selected):
      return ("Goal seek", EditingContent.goalSeek(answer, selected: selected), 0)
    }
  }

  static let maximumWidth = 100

  /// The box the open overlay takes: as tall as its text, at most the screen less a margin.
  public static func frame(_ state: AppState) -> Rect {
    let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
    let width = min(state.width - 4, maximumWidth)
    let lines = content(state).map { wrapped($0.lines, width: width - 4).count } ?? 0
    return screen.centered(width: width, height: min(max(6, lines + 2), state.height - 4))
  }

  static func wrapped(_ lines: [(String, ThemeRole)], width: Int) -> [(String, ThemeRole)] {
    lines.flatMap { line in wrap(line.0, width: width).map { ($0, line.1) } }
  }

  static func render(_ state: AppState, into grid: inout Grid) {
    guard let (title, lines, scroll) = content(state) else { return }
    let frame = frame(state)
    grid.fill(frame, style: Style(.overlay))
    grid.box(frame, title: title, style: Style(.borderFocused), titleStyle: Style(.titleFocused))
    let inner = frame.inset(1)
    let body = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let all = wrapped(lines, width: body.width)
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

  /// Word-wraps text to `width` cells. Continuation lines keep the line's indent plus two.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 8, TextWidth.of(text) > width else { return [text] }
    let lead = String(text.prefix { $0 == " " })
    let hanging = lead + "  "
    var lines: [String] = []
    var current = lead
    for word in text.dropFirst(lead.count).split(separator: " ") {
      let separator = current == lead || current == hanging ? "" : " "
      if TextWidth.of(current + separator + word) <= width {
        current += separator + word
        continue
      }
      if current != lead && current != hanging {
        lines.append(current)
        current = hanging
      }
      var rest = Substring(word)
      while TextWidth.of(current + rest) > width {
        let room = max(1, width - TextWidth.of(current))
        let head = TextWidth.truncate(String(rest), to: room + 1).dropLast()
        lines.append(current + head)
        rest = rest.dropFirst(head.count)
        current = hanging
      }
      current += rest
    }
    if current != lead && current != hanging { lines.append(current) }
    return lines
  }
}
