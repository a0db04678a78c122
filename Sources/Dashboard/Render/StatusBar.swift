import ForceModel

/// The bottom line: the keys that matter now, and the latest message.
enum StatusBar {
  static func hints(_ state: AppState) -> [(String, String)] {
    if let confirmation = state.confirmation {
      switch confirmation.kind {
      case .quit: return [("y", "quit"), ("w", "save, quit"), ("n", "stay")]
      case .restore(let offers) where offers.count == 1:
        return [("y", "restore"), ("n", "keep for later"), ("d", "discard")]
      case .restore(let offers): return [("1–\(offers.count)", "restore one"), ("n", "keep"), ("d", "discard all")]
      case .overwrite: return [("y", "overwrite"), ("n", "don't")]
      default: return [("y", "yes"), ("n", "no")]
      }
    }
    if state.pathPrompt != nil { return [("Enter", "ok"), ("Esc", "cancel")] }
    if let editor = state.editor {
      var hints = [("Enter", "commit"), ("Esc", "cancel")]
      if editor.fields.count > 1 {
        hints.append(("Tab", editor.fields[(editor.index + 1) % editor.fields.count].label(in: state.history.current)))
      }
      return hints
    }
    if state.form != nil { return [("Enter", "add"), ("Tab", "next field"), ("Esc", "cancel")] }
    if state.filterPrompt != nil { return [("Enter", "keep filter"), ("Esc", "clear"), ("Ctrl-U", "erase")] }
    switch state.overlay {
    case .help, .compare: return [("↑↓", "scroll"), ("Esc", "close")]
    case .details: return [("↑↓", "scroll"), ("Esc", "close"), ("q", "close")]
    case .history: return [("↑↓", "choose"), ("Enter", "jump there"), ("Esc", "close")]
    case .goalSeek: return [("↑↓", "choose"), ("Enter", "apply"), ("Esc", "close")]
    case .none: break
    }
    let editable = state.selectionIsInput
    var hints = [("Tab", "panel"), ("↑↓", "select"), editable ? ("Enter", "edit") : ("Enter", "details")]
    if editable { hints.append(("i", "details")) }
    if case .result(let key) = state.selectedTarget(state.focus) {
      switch key {
      case .shortfall, .gap, .runway: hints.append(("g", "goal seek"))
      default: break
      }
    }
    if state.history.isEdited { hints += [("u", "undo"), ("b", "compare"), ("w", "save")] }
    if state.focus != .force { hints += [("/", "filter"), ("s", "sort")] }
    if !state.table(state.focus).filter.isEmpty { hints += [("n/N", "match"), ("Esc", "unfilter")] }
    hints += [("?", "help"), ("q", "quit"), ("t", "theme"), ("m", "mouse")]
    return hints
  }

  /// The left part of the line while something is asked or typed: the question, the editor
  /// with what was typed, or the file prompt.
  static func prompt(_ state: AppState, at x: inout Int, in rect: Rect, into grid: inout Grid) {
    if let confirmation = state.confirmation {
      // The question may use all the line its answer keys leave (they say what y and n do).
      let answers = hints(state).reduce(0) { $0 + TextWidth.of($1.0) + TextWidth.of($1.1) + 4 }
      x += grid.put(
        " \(confirmation.question) ", x: x, y: rect.y, style: Style(.message, bold: true),
        limit: max(rect.width / 2, rect.width - answers - 1))
      x += 1
      return
    }
    if let prompt = state.pathPrompt {
      let label: String
      switch prompt.purpose {
      case .saveAs: label = " Save as: "
      case .open: label = " Open: "
      }
      x += grid.put(label, x: x, y: rect.y, style: Style(.statusBar, bold: true))
      x += grid.put(prompt.text + "█", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width * 2 / 3 - x))
      x += 2
      return
    }
    if let editor = state.editor {
      x += grid.put(
        " \(editor.field.label(in: state.history.current)): ", x: x, y: rect.y, style: Style(.statusBar, bold: true))
      let typed = editor.text + "█"
      x += grid.put(
        typed, x: x, y: rect.y, style: Style(editor.fresh ? .selected : .statusBar), limit: max(0, rect.width / 2 - x))
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
    }
  }

  /// The headline results that the typed value moves, with their change from what is committed.
  static func previewSummary(_ state: AppState) -> String? {
    guard state.scenario != state.history.current, let committed = state.committedResults else { return nil }
    let now = state.results
    var parts: [String] = []
    for level in [StrengthLevel.planned, .target] {
      if let shortfall = now.shortfall(level),
        let delta = Deltas.count(shortfall.count, committed.shortfall(level)?.count)
      {
        parts.append("short of \(level.label) \(Format.count(shortfall.count)) \(delta)")
      }
    }
    for level in [StrengthLevel.planned, .target] {
      if let requirement = now.funding.requirement(level),
        let delta = Deltas.money(requirement.gap, committed.funding.requirement(level)?.gap)
      {
        parts.append("gap at \(level.label) \(Format.money(requirement.gap)) \(delta)")
      }
    }
    if let months = now.funding.runwayMonths, let delta = Deltas.months(months, committed.funding.runwayMonths) {
      parts.append("runway \(Format.months(months)) \(delta)")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.statusBar))
    var x = rect.x
    prompt(state, at: &x, in: rect, into: &grid)
    if let prompt = state.filterPrompt {
      x += grid.put(" Filter: /", x: x, y: rect.y, style: Style(.statusBar, bold: true))
      x += grid.put(prompt + "█", x: x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width / 2 - x))
      x += 2
    }
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
