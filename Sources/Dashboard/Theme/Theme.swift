/// A table of role → look: colours and attributes for every `ThemeRole`.
public struct Theme: Sendable, Hashable {
  /// The look of one role.
  public struct Entry: Sendable, Hashable {
    /// Text colour.
    public var foreground: ThemeColor
    /// Background colour.
    public var background: ThemeColor
    /// Bold.
    public var bold: Bool
    /// Underlined.
    public var underline: Bool
    /// Reversed.
    public var reverse: Bool

    /// A role's look.
    public init(
      foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, bold: Bool = false,
      underline: Bool = false, reverse: Bool = false
    ) {
      self.foreground = foreground
      self.background = background
      self.bold = bold
      self.underline = underline
      self.reverse = reverse
    }
  }

  /// The name `t` shows and `--theme` takes.
  public var name: String
  /// What the theme is for, in one line, as its file says.
  public var description: String
  /// Where `t` puts it among the themes, as its file says (`order = 1`); themes without one
  /// follow, by name.
  public var order: Int?
  var entries: [ThemeRole: Entry]

  /// A theme of `entries`; roles it leaves out fall back to `normal`.
  public init(name: String, description: String = "", order: Int? = nil, entries: [ThemeRole: Entry]) {
    self.name = name
    self.description = description
    self.order = order
    self.entries = entries
  }

  /// The look of a role; a role the theme leaves out looks like `normal`.
  public func entry(_ role: ThemeRole) -> Entry { entries[role] ?? entries[.normal] ?? Entry() }

  /// The look of a cell style: its role's look plus the style's own attributes.
  public func resolve(_ style: Style) -> Entry {
    var entry = entry(style.role)
    entry.bold = entry.bold || style.bold
    entry.underline = entry.underline || style.underline
    entry.reverse = entry.reverse != style.reverse
    return entry
  }
}
