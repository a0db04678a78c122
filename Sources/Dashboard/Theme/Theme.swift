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

    /// The entry's colours as a terminal of `depth` shows them (nil at mono). Two colours that
    /// differ are kept apart: where fitting both to a few basic colours would make them one (a
    /// light grey border on a light theme's white at 8 colours), the text takes black or white,
    /// whichever stands out on that background.
    public func colors(at depth: ColorDepth) -> (foreground: ThemeColor?, background: ThemeColor?) {
      let foreground = self.foreground.downgraded(to: depth)
      var background = self.background.downgraded(to: depth)
      // At 8 colours a dark grey background (an unfocused selection, a status line) is black,
      // not white: its text was chosen to read on dark.
      if depth == .c8, case .index(let index) = self.background, index >= 16 {
        let rgb = ThemeColor.rgbOf(index: index)
        let grey = max(rgb.0, rgb.1, rgb.2) - min(rgb.0, rgb.1, rgb.2) < 0x20
        if grey && max(rgb.0, rgb.1, rgb.2) < 0x80 { background = .index(0) }
      }
      guard self.foreground != self.background, foreground == background, case .index(let index)? = background else {
        return (foreground, background)
      }
      let light: Set<UInt8> = [2, 3, 6, 7, 10, 11, 14, 15]
      return (.index(light.contains(index) ? 0 : 7), background)
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
    // A theme that sets its own background sets it everywhere: a role that leaves its colours
    // to the terminal takes `normal`'s instead (a light theme on a dark terminal would
    // otherwise show pale bars with invisible text wherever a role named only a foreground).
    var filled = entries
    if let normal = entries[.normal] {
      for (role, entry) in entries where role != .normal {
        if entry.foreground == .terminalDefault { filled[role]?.foreground = normal.foreground }
        if entry.background == .terminalDefault { filled[role]?.background = normal.background }
      }
    }
    self.entries = filled
  }

  /// The look of a role; a role the theme leaves out looks like `normal`.
  public func entry(_ role: ThemeRole) -> Entry { entries[role] ?? entries[.normal] ?? Entry() }

  /// The look of a cell style: its role's look plus the style's own attributes.
  public func resolve(_ style: Style) -> Entry {
    var entry = entry(style.role)
    entry.bold = entry.bold || style.bold
    entry.underline = entry.underline || style.underline
    entry.reverse = entry.reverse != style.reverse
    // Bold black is drawn dark grey by every terminal that shows bold as bright (xterm's
    // default): on a wall screen's yellow or white that is the lowest contrast of all.
    if entry.bold, (entry.reverse ? entry.background : entry.foreground) == .index(0) { entry.bold = false }
    return entry
  }
}
