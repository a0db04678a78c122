/// How a cell looks, in theme terms: a role and text attributes. Panels never name a colour.
public struct Style: Sendable, Hashable {
  @usableFromInline var role: ThemeRole
  /// Bold.
  public var bold: Bool
  /// Underlined.
  public var underline: Bool
  /// Foreground and background swapped.
  public var reverse: Bool

  /// A look by theme role.
  @inlinable public init(
    _ role: ThemeRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  /// A small number unique to the style (its role's place among the roles, and the three
  /// attributes), below `Style.numbers`: a terminal backend keeps each style's escape codes in
  /// an array by it, where a dictionary hashed the role's name for every lookup.
  @inlinable public var number: Int {
    // A role is an enum of no payloads: one byte holding its case's place in declaration order
    // (the test `everyStyleHasANumberOfItsOwn` holds this to `allCases`).
    let place = withUnsafeBytes(of: role) { Int($0[0]) }
    return place << 3 | (bold ? 4 : 0) | (underline ? 2 : 0) | (reverse ? 1 : 0)
  }

  /// How many style numbers there are.
  public static let numbers = ThemeRole.allCases.count << 3

  /// The ordinary look: the theme's normal text.
  public static let normal = Style()
}
