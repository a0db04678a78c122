/// What a key does in a text field: the in-place editor, the add form, the path and filter
/// prompts. A printable character that no row binds is typed into the field.
public enum FieldCommand: String, Sendable, Hashable, CaseIterable {
  case commit, cancel, nextField, previousField, erase, eraseAll
}

/// What a key does in a box over the panels.
public enum OverlayCommand: String, Sendable, Hashable, CaseIterable {
  case close, scrollDown, scrollUp, pageDown, pageUp, top, bottom, redraw
  case choosePrevious, chooseNext, chooseFirst, chooseLast, choose
}

/// How a question is answered.
public enum AnswerCommand: Sendable, Hashable {
  case yes, no, saveFirst, discard
  /// One of a numbered list (a journal to restore), from 0.
  case pick(Int)
}

extension KeyMap where Command == FieldCommand {
  static func erasing(order: Int? = nil) -> [KeyRow<FieldCommand>] {
    [
      KeyRow([.backspace, .delete], .erase, label: "Backspace", help: ["erase a character"], group: .modal),
      KeyRow(
        [.control("u")], .eraseAll, label: "Ctrl-U", help: ["erase everything typed"], group: .modal,
        hint: order.map { always("Ctrl-U", "erase", order: $0) }),
    ]
  }

  /// The in-place editor: Enter commits, Esc cancels, Tab moves to the next field of the row.
  public static let editor = KeyMap(
    [
      KeyRow(
        [.enter], .commit, label: "Enter", help: ["commit"], group: .modal, hint: always("Enter", "commit", order: 0)),
      KeyRow(
        [.escape], .cancel, label: "Esc", help: ["cancel"], group: .modal, hint: always("Esc", "cancel", order: 1)),
      KeyRow(
        [.tab, .down], .nextField, label: "Tab ↓", help: ["the next field of the row"], group: .modal,
        hint: KeyRow.Hint(key: "Tab", order: 2) { state in
          guard let editor = state.editor, editor.fields.count > 1 else { return nil }
          return editor.fields[(editor.index + 1) % editor.fields.count].label(in: state.history.current)
        }),
      KeyRow([.backTab, .up], .previousField, label: "Shift-Tab ↑", help: ["the previous field"], group: .modal),
    ] + erasing())

  /// The add form.
  public static let form = KeyMap(
    [
      KeyRow([.enter], .commit, label: "Enter", help: ["add"], group: .modal, hint: always("Enter", "add", order: 0)),
      KeyRow(
        [.tab, .down], .nextField, label: "Tab ↓", help: ["next field"], group: .modal,
        hint: always("Tab", "next field", order: 1)),
      KeyRow([.backTab, .up], .previousField, label: "Shift-Tab ↑", help: ["previous field"], group: .modal),
      KeyRow(
        [.escape], .cancel, label: "Esc", help: ["cancel"], group: .modal, hint: always("Esc", "cancel", order: 2)),
    ] + erasing())

  /// The save-as and open prompt.
  public static let pathPrompt = KeyMap(
    [
      KeyRow([.enter], .commit, label: "Enter", help: ["ok"], group: .modal, hint: always("Enter", "ok", order: 0)),
      KeyRow(
        [.escape], .cancel, label: "Esc", help: ["cancel"], group: .modal, hint: always("Esc", "cancel", order: 1)),
    ] + erasing())

  /// The `/` filter prompt.
  public static let filterPrompt = KeyMap(
    [
      KeyRow(
        [.enter], .commit, label: "Enter", help: ["keep the filter"], group: .modal,
        hint: always("Enter", "keep filter", order: 0)),
      KeyRow(
        [.escape], .cancel, label: "Esc", help: ["clear the filter"], group: .modal,
        hint: always("Esc", "clear", order: 1)),
    ] + erasing(order: 2))
}

extension KeyMap where Command == OverlayCommand {
  /// Help, details and the comparison: boxes to read and scroll.
  public static let reading = KeyMap([
    KeyRow(
      [.escape, .enter, .character("?"), .function(1)], .close, label: "Esc q",
      help: ["close this box; ↑ ↓ scroll it"], group: .details, hint: always("Esc", "close", order: 1)),
    KeyRow(
      [
        .init(key: .down, command: .scrollDown), .init(key: .character("j"), command: .scrollDown),
        .init(key: .up, command: .scrollUp), .init(key: .character("k"), command: .scrollUp),
      ], label: "↑ ↓  k j", help: ["scroll"], group: .modal, hint: always("↑↓", "scroll", order: 0)),
    KeyRow(
      [
        .init(key: .pageDown, command: .pageDown), .init(key: .character(" "), command: .pageDown),
        .init(key: .pageUp, command: .pageUp), .init(key: .home, command: .top),
        .init(key: .character("g"), command: .top), .init(key: .end, command: .bottom),
        .init(key: .character("G"), command: .bottom),
      ], label: "PgUp PgDn Space Home g End G", help: ["a page down / up, to the top / the end"], group: .modal),
    KeyRow([.control("l")], .redraw, label: "Ctrl-L", help: ["redraw the whole screen"], group: .modal),
    // q closes too; the details box names it on the bar, since q quits everywhere else.
    KeyRow(
      [.character("q")], .close, label: "q", help: ["close"], group: .modal,
      hint: when("q", "close", order: 2) {
        if case .details = $0.overlay { return true }
        return false
      }),
  ])

  /// A list to choose from; `edits`: choosing changes the scenario (refused in read-only).
  static func choosing(enter: String, closing: Key, edits: Bool = false) -> KeyMap {
    KeyMap([
      KeyRow(
        [
          .init(key: .up, command: .choosePrevious), .init(key: .character("k"), command: .choosePrevious),
          .init(key: .down, command: .chooseNext), .init(key: .character("j"), command: .chooseNext),
          .init(key: .home, command: .chooseFirst), .init(key: .end, command: .chooseLast),
        ], label: "↑ ↓  k j  Home End", help: ["choose"], group: .modal, hint: always("↑↓", "choose", order: 0)),
      KeyRow(
        [.enter], .choose, label: "Enter", help: [enter], group: .modal, edits: edits,
        hint: always("Enter", enter, order: 1)),
      KeyRow(
        [.escape, .character("q"), closing], .close, label: "Esc q", help: ["close"], group: .modal,
        hint: always("Esc", "close", order: 2)),
    ])
  }

  /// The edit history (`H`): Enter jumps to the chosen point.
  public static let history = choosing(enter: "jump there", closing: .character("H"))
  /// Goal seek (`g`): Enter applies the chosen answer.
  public static let goalSeek = choosing(enter: "apply", closing: .character("g"), edits: true)
}

extension KeyMap where Command == AnswerCommand {
  static let no = KeyRow<AnswerCommand>.Binding(key: .escape, command: .no)

  static func yesNo(yes: String, no: String) -> KeyMap {
    KeyMap([
      KeyRow(
        [.character("y"), .character("Y")], .yes, label: "y", help: [yes], group: .modal,
        hint: always("y", yes, order: 0)),
      KeyRow(
        [.character("n"), .character("N"), .escape], .no, label: "n Esc", help: [no], group: .modal,
        hint: always("n", no, order: 2)),
    ])
  }

  /// The answers a question takes, which depend on what it asks.
  public static func answers(_ kind: Confirmation.Kind) -> KeyMap {
    switch kind {
    case .quit:
      var map = yesNo(yes: "quit", no: "stay")
      map.rows.append(
        KeyRow(
          [.character("w")], .saveFirst, label: "w", help: ["save, quit"], group: .modal,
          hint: always("w", "save, quit", order: 1)))
      return map
    case .overwrite: return yesNo(yes: "overwrite", no: "don't")
    case .restore(let offers) where offers.count == 1:
      var map = yesNo(yes: "restore", no: "keep for later")
      map.rows[0].bindings.append(.init(key: .enter, command: .yes))
      map.rows.append(discarding("discard"))
      return map
    case .restore(let offers):
      let count = min(9, offers.count)
      return KeyMap([
        KeyRow(
          (1...max(1, count)).map { .init(key: .character(Character(String($0))), command: .pick($0 - 1)) },
          label: "1–\(count)", help: ["restore one"], group: .modal, hint: always("1–\(count)", "restore one", order: 0)
        ),
        KeyRow(
          [.character("n"), .character("N"), .escape], .no, label: "n Esc", help: ["keep them for later"],
          group: .modal, hint: always("n", "keep", order: 1)),
        discarding("discard all"),
      ])
    default: return yesNo(yes: "yes", no: "no")
    }
  }

  static func discarding(_ label: String) -> KeyRow<AnswerCommand> {
    KeyRow(
      [.character("d"), .character("D")], .discard, label: "d", help: [label], group: .modal,
      hint: always("d", label, order: 3))
  }
}
