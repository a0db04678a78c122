import ForceModel

/// The bottom line: the keys that matter now, and the latest message.
enum StatusBar {
  /// The key bar: the hints of the key map of whatever is open, or of the panels.
  static func hints(_ state: AppState) -> [(key: String, label: String)] { state.modal.keys.hints(state) }

  /// The left part of the line while something is asked or typed: the question, the editor
  /// with what was typed, or the file prompt.
  static func prompt(_ state: AppState, at x: inout Int, in rect: Rect, into grid: inout Grid) {
    switch state.modal {
    case .confirmation(let confirmation):
      // The question may use all the line its answer keys leave (they say what y and n do).
      let answers = hints(state).reduce(0) { $0 + TextWidth.of($1.key) + TextWidth.of($1.label) + 4 }
      x += grid.put(
        " \(confirmation.question) ", x: x, y: rect.y, style: Style(.message, bold: true),
        limit: max(rect.width / 2, rect.width - answers - 1))
      x += 1
    case .pathPrompt(let prompt):
      let label: String
      switch prompt.purpose {
      case .saveAs: label = " Save as: "
      case .open: label = " Open: "
      case .asOfDate: label = " As of (2024-09-12, 2024-09, sep 2024): "
      }
      x += grid.put(label, x: x, y: rect.y, style: Style(.statusBar, bold: true))
      x += grid.put(prompt.text + "█", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width * 2 / 3 - x))
      x += 2
    case .editor(let editor):
      x += grid.put(
        " \(editor.field.label(in: state.history.current)): ", x: x, y: rect.y, style: Style(.statusBar, bold: true))
      let typed = editor.text + "█"
      x += grid.put(
        typed, x: x, y: rect.y, style: Style(editor.input.replacesOnType ? .selected : .statusBar),
        limit: max(0, rect.width / 2 - x))
      x += 1
      if let problem = editor.problem {
        x += grid.put(
          " ✗ \(problem) ", x: x, y: rect.y, style: Style(.shortfall, bold: true), limit: max(0, rect.maxX - x))
      } else if let preview = previewSummary(state) {
        // The headline moves on this line too, for layouts where the panels that show it are
        // folded away while a table has the room.
        x += grid.put(" → \(preview) ", x: x, y: rect.y, style: Style(.message), limit: max(0, rect.maxX - x - 1))
      } else {
        x += grid.put(
          " \(editor.field.hint) ", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width * 3 / 4 - x))
      }
    case .filterPrompt(let text):
      x += grid.put(" Filter: /", x: x, y: rect.y, style: Style(.statusBar, bold: true))
      x += grid.put(text + "█", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width / 2 - x))
      x += 2
    case .none, .form, .overlay:
      break
    }
  }

  /// The headline results that the typed value moves, with their change from what is committed.
  static func previewSummary(_ state: AppState) -> String? {
    guard state.scenario != state.history.current, let committed = state.figures.committedResults else { return nil }
    let now = state.results
    var parts: [String] = []
    for level in [StrengthLevel.planned, .target] {
      if let shortfall = now.shortfall(level),
        let delta = Deltas.count(shortfall.count, committed.shortfall(level)?.count)
      {
        parts.append("short of \(level.label) \(Format.count(shortfall.count)) \(delta)")
      }
    }
    // Money, most telling first: the day cash runs out and the gap to the mandate's end; the
    // gaps at planned and target strength only where no mandate is in force.
    if let delta = Deltas.runway(now.funding.runwayCashOnly, committed.funding.runwayCashOnly) {
      parts.append("cash runs out \(now.funding.runwayCashOnly.text) \(delta)")
    }
    if let gap = now.funding.mandate?.gap, let delta = Deltas.money(gap, committed.funding.mandate?.gap) {
      parts.append("gap to mandate end \(Format.money(gap)) \(delta)")
    }
    if now.funding.mandate == nil {
      for level in [StrengthLevel.planned, .target] {
        if let requirement = now.funding.requirement(level),
          let delta = Deltas.money(requirement.gap, committed.funding.requirement(level)?.gap)
        {
          parts.append("gap at \(level.label) \(Format.money(requirement.gap)) \(delta)")
        }
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.statusBar))
    var x = rect.x
    prompt(state, at: &x, in: rect, into: &grid)
    let message = state.message.map { " \($0) " } ?? ""
    // A message is what just happened (a refusal, a failed save): it wins over the key hints.
    let messageWidth = min(TextWidth.of(message), max(rect.width / 2, rect.maxX - x - 1))
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
