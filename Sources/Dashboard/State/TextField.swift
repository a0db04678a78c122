/// A line of text being typed: the one model behind the editor, the add form's fields, the
/// file and date prompt and the filter, so Backspace, Ctrl-U and typing behave alike in each.
public struct TextField: Sendable, Hashable {
  /// What has been typed.
  public private(set) var text: String
  /// True until the user types or erases: the first character typed replaces the old value,
  /// as in a spreadsheet; Backspace edits it instead.
  public private(set) var replacesOnType: Bool

  /// A field holding `text`; `replacesOnType` when it shows an old value to be typed over.
  public init(_ text: String = "", replacesOnType: Bool = false) {
    self.text = text
    self.replacesOnType = replacesOnType
  }

  /// Applies a key that edits text — erase, erase all, or a character typed — and says whether
  /// it was one; commit, cancel and moving between fields are left to the caller.
  public mutating func apply(_ command: FieldCommand?, _ key: Key) -> Bool {
    switch command {
    case .erase:
      if !text.isEmpty { text.removeLast() }
    case .eraseAll:
      text = ""
    case nil:
      guard case .character(let c) = key else { return false }
      if replacesOnType { text = "" }
      text.append(c)
    case .commit, .cancel, .nextField, .previousField:
      return false
    }
    replacesOnType = false
    return true
  }
}
