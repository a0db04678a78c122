import ForceModel

/// The in-place editor `e` opens: which input, the text typed so far, and what is wrong with it.
public struct EditorState: Sendable, Hashable {
  /// The fields Tab moves between, and the one being edited.
  public var fields: [EditField]
  /// The field being edited, an index into `fields`.
  public var index = 0
  /// The value being typed; it starts as the field's current value, typed over.
  public var input: TextField
  /// Why the text cannot be committed as it stands; nil when it can.
  public var problem: String?

  /// An editor over `fields`, on the first, showing `text` to be typed over.
  public init(fields: [EditField], text: String) {
    self.fields = fields
    self.input = TextField(text, replacesOnType: true)
  }

  /// The input being edited.
  public var field: EditField { fields[min(max(0, index), fields.count - 1)] }

  /// What has been typed.
  public var text: String { input.text }
}
