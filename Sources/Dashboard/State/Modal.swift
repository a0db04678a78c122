import ForceModel

/// What is open on top of the panels: one thing at a time, or nothing.
///
/// Keys go to whatever is open (`reduce` asks this one value), the status line shows its prompt
/// and answer keys, and the box drawn over the panels is its box; nothing has to agree on an
/// order of precedence between separate optionals.
public enum Modal: Sendable, Hashable {
  case none
  /// The in-place editor (`e`, Enter on an input, `A`).
  case editor(EditorState)
  /// The add form (`a`).
  case form(AddForm)
  /// A question that must be answered before something is lost or overwritten.
  case confirmation(Confirmation)
  /// The file-name prompt of save-as and open.
  case pathPrompt(PathPrompt)
  /// The `/` filter being typed.
  case filterPrompt(String)
  /// A box over the panels: help, details, compare, history, goal seek.
  case overlay(Overlay)
}

extension AppState {
  /// The editor, when it is what is open.
  public var editor: EditorState? {
    if case .editor(let editor) = modal { return editor }
    return nil
  }

  /// The add form, when it is what is open.
  public var form: AddForm? {
    if case .form(let form) = modal { return form }
    return nil
  }

  /// The question being asked, if any.
  public var confirmation: Confirmation? {
    if case .confirmation(let confirmation) = modal { return confirmation }
    return nil
  }

  /// The save-as or open prompt, when it is what is open.
  public var pathPrompt: PathPrompt? {
    if case .pathPrompt(let prompt) = modal { return prompt }
    return nil
  }

  /// The filter being typed, while the `/` prompt is open.
  public var filterPrompt: String? {
    if case .filterPrompt(let text) = modal { return text }
    return nil
  }

  /// The box over the panels, if one is open.
  public var overlay: Overlay? {
    if case .overlay(let overlay) = modal { return overlay }
    return nil
  }
}
