/// The key map that goes with what is open over the panels.
///
/// `Modal.keys` is the one place that pairs each modal with its map: the reducer resolves keys
/// through it and the status line writes its key bar from it, so the two cannot disagree.
public enum ModalKeys: Sendable {
  /// Nothing is open: the panels' map.
  case panels(KeyMap<PanelCommand>)
  /// The editor, the add form or a prompt: a text field's map.
  case field(KeyMap<FieldCommand>)
  /// A box over the panels: a reading or choosing map.
  case overlay(KeyMap<OverlayCommand>)
  /// A question: its answers.
  case answers(KeyMap<AnswerCommand>)

  /// The key bar for `state`.
  public func hints(_ state: AppState) -> [(key: String, label: String)] {
    switch self {
    case .panels(let map): map.hints(state)
    case .field(let map): map.hints(state)
    case .overlay(let map): map.hints(state)
    case .answers(let map): map.hints(state)
    }
  }

  /// What `key` does in a text field, when a text field is open.
  func fieldCommand(_ key: Key) -> FieldCommand? {
    guard case .field(let map) = self else { return nil }
    return map.lookup(key)?.command
  }
}

extension Modal {
  /// The key map of what is open.
  public var keys: ModalKeys {
    switch self {
    case .none: .panels(KeyMap.panels)
    case .editor: .field(KeyMap.editor)
    case .form: .field(KeyMap.form)
    case .pathPrompt: .field(KeyMap.pathPrompt)
    case .filterPrompt: .field(KeyMap.filterPrompt)
    case .confirmation(let asked): .answers(KeyMap.answers(asked.kind))
    case .overlay(.history): .overlay(KeyMap.history)
    case .overlay(.goalSeek): .overlay(KeyMap.goalSeek)
    case .overlay: .overlay(KeyMap.reading)
    }
  }
}
