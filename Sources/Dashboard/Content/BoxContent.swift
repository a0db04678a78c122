import ForceModel

/// What the box over the panels shows: its title and lines for whatever is open, wrapped to its
/// width. The renderer draws it and the mouse asks where it is, from this one description.
enum BoxContent {
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
    case .details(let target, let scroll, let sensitivity):
      let details = DetailsContent(state: state, target: target, sensitivity: sensitivity)
      return ("Details — " + details.title, details.lines, scroll)
    case .compare(let diff, let scroll, let plans):
      let title = plans != nil && !state.history.isEdited ? "Plans side by side" : "Baseline │ what-if │ change"
      return (title, EditingContent.compare(diff, plans: plans, state: state), scroll)
    case .history(let lines, let selected):
      return (
        "Edit history — \(KeyMap.history.key(.choose)) jumps there",
        EditingContent.history(lines, selected: selected, state: state), 0
      )
    case .goalSeek(let answer, let selected):
      return ("Goal seek", EditingContent.goalSeek(answer, selected: selected), 0)
    }
  }

  /// The box the open content takes on screen (for drawing it and for the mouse).
  public static func frame(_ state: AppState) -> Rect {
    let layout = state.layout
    let lines = content(state).map { wrapped($0.lines, width: layout.boxWidth - 4, helpRows: isHelp(state)).count } ?? 0
    return layout.box(lines: lines)
  }

  /// The open content's lines wrapped to `width`; help rows keep their key column.
  static func wrapped(_ lines: [(String, ThemeRole)], width: Int, helpRows: Bool = false) -> [(String, ThemeRole)] {
    lines.flatMap { line in wrap(line.0, width: width, helpRows: helpRows).map { ($0, line.1) } }
  }

  /// True when the help box is open (its rows wrap under their text column).
  static func isHelp(_ state: AppState) -> Bool {
    if case .help = state.overlay { return true }
    return false
  }

  /// The column a help row's text starts at: `  KEYS` padded to it, then the text.
  static let helpTextColumn = 22

  /// Word-wraps text to `width` cells. Continuation lines keep the line's indent plus two; a help
  /// row (`  KEYS   text`) keeps its keys whole and continues under its text.
  static func wrap(_ text: String, width: Int, helpRows: Bool = false) -> [String] {
    guard width > 8, TextWidth.of(text) > width else { return [text] }
    let column = helpTextColumn
    if helpRows, width > column + 16, text.hasPrefix("  "), text.count > column,
      text[text.index(text.startIndex, offsetBy: column - 1)] == " ",
      text[text.index(text.startIndex, offsetBy: column)] != " "
    {
      let keys = String(text.prefix(column))
      let pad = String(repeating: " ", count: column)
      let body = wrap(pad + text.dropFirst(column), width: width, helpRows: false).map {
        String($0.dropFirst(column).drop { $0 == " " })
      }
      return body.enumerated().map { ($0.offset == 0 ? keys : pad) + $0.element }
    }
    // An indent that would leave fewer than four cells for text is dropped: on a narrow box a
    // deep indent alone could be wider than a line.
    var lead = String(text.prefix { $0 == " " })
    if lead.count + 2 > width - 4 { lead = "" }
    let hanging = lead + "  "
    var lines: [String] = []
    var current = lead
    for word in text.drop(while: { $0 == " " }).split(separator: " ") {
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
      while !rest.isEmpty, TextWidth.of(current + rest) > width {
        let room = max(1, width - TextWidth.of(current))
        var head = TextWidth.truncate(String(rest), to: room + 1).dropLast()
        // A character wider than the room (an emoji or a CJK character where one cell is left)
        // goes on a line of its own: every pass takes at least one, or the loop would not end.
        if head.isEmpty, let first = rest.first { head = Substring(String(first)) }
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
