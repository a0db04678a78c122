/// How a cell looks, in theme terms: a role and text attributes. Panels never name a colour.
public struct Style: Sendable, Hashable {
  var role: ThemeRole
  /// Bold.
  public var bold: Bool
  /// Underlined.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool

  /// A look by theme role.
  public init(_ role: ThemeRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  /// The ordinary look: the theme's normal text.
  public static let normal = Style()
}
