import ForceModel

/// The in-place editor `e` opens: which input, the text typed so far, and what is wrong with it.
public struct EditorState: Sendable, Hashable {
  /// The fields Tab moves between, and the one being edited.
  public var fields: [EditField]
  public var index = 0
  public var text: String
  /// True until the user types or erases: the first character typed replaces the old value,
  /// as in a spreadsheet; Backspace edits it instead.
  public var fresh = true
  /// Why the text cannot be committed as it stands; nil when it can.
  public var problem: String?

  public var field: EditField { fields[min(max(0, index), fields.count - 1)] }
}
