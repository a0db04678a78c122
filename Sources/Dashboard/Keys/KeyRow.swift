/// One row of a key map: keys and what each does, the help line that documents them, and the
/// key bar's hint. The reducer, the help box and the key bar all read the same row, so a key
/// cannot do one thing and be documented as another.
public struct KeyRow<Command: Hashable & Sendable>: Sendable {
  /// A key and the command it runs.
  public struct Binding: Sendable {
    /// The key.
    public var key: Key
    /// The command it runs.
    public var command: Command
  }

  /// The key bar's entry for a row: how the bar writes the key, and the word for what it does
  /// now (nil: not shown now). `order` places it on the bar.
  public struct Hint: Sendable {
    /// The key as the bar shows it.
    public var key: String
    /// Where in the bar, left to right.
    public var order: Int
    var label: @Sendable (AppState) -> String?
  }

  var bindings: [Binding]
  /// How the help box writes the keys: `↑ ↓  k j`.
  public var label: String
  /// The help text: the first line, then continuation lines.
  public var help: [String]
  /// The help section the row belongs to.
  public var group: HelpGroup
  /// Changes the scenario or writes a file: refused with a message in read-only and kiosk.
  public var edits: Bool
  /// Also works on a kiosk, where every other key does nothing.
  public var kiosk: Bool
  /// Edits, but a read-only display of an address may still use it: it saves a local copy.
  public var savesCopy: Bool
  /// The key bar's hint, when the row has one.
  public var hint: Hint?

  /// A row of keys that each run `command`.
  init(
    _ keys: [Key], _ command: Command, label: String, help: [String], group: HelpGroup, edits: Bool = false,
    kiosk: Bool = false, savesCopy: Bool = false, hint: Hint? = nil
  ) {
    self.init(
      keys.map { Binding(key: $0, command: command) }, label: label, help: help, group: group, edits: edits,
      kiosk: kiosk, savesCopy: savesCopy, hint: hint)
  }

  /// A row whose keys run different commands (`s S`: sort, reverse the sort).
  init(
    _ bindings: [Binding], label: String, help: [String], group: HelpGroup, edits: Bool = false, kiosk: Bool = false,
    savesCopy: Bool = false, hint: Hint? = nil
  ) {
    self.bindings = bindings
    self.label = label
    self.help = help
    self.group = group
    self.edits = edits
    self.kiosk = kiosk
    self.savesCopy = savesCopy
    self.hint = hint
  }
}

/// The sections of the help box, in the order it shows them.
public enum HelpGroup: String, Sendable, CaseIterable {
  case panels = "Panels"
  case time = "Time (the scenario as known on a date; editing applies to the latest picture)"
  case moving = "Moving"
  case tables = "Tables (panels 2 and 3)"
  case details = "Details"
  case display = "Display"
  case whatIf = "What-if editing (every result recalculates as you type; the loaded scenario is the baseline)"
  /// Keys of a box or prompt, shown on the key bar while it is open rather than in help.
  case modal = "While a box or prompt is open"
}

/// A hint that always shows the same word.
func always<Command>(_ key: String, _ label: String, order: Int) -> KeyRow<Command>.Hint {
  KeyRow<Command>.Hint(key: key, order: order) { _ in label }
}

/// A hint shown only when `condition` holds.
func when<Command>(
  _ key: String, _ label: String, order: Int, _ condition: @escaping @Sendable (AppState) -> Bool
) -> KeyRow<Command>.Hint {
  KeyRow<Command>.Hint(key: key, order: order) { condition($0) ? label : nil }
}
