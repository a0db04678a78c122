/// The terminal the dashboard draws on: its size, the theme and whether the mouse is captured.
public struct ScreenState: Sendable {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int
  /// The themes `t` cycles through (never empty).
  public var themes: [Theme]
  /// The theme in use, an index into `themes`.
  public var themeIndex = 0
  /// Whether clicks and the wheel go to the dashboard (`M` lets the terminal select text).
  public var mouseCapture = true
  /// Whether the focused panel fills the screen (`z`), its columns and text whole.
  public var zoomed = false

  /// A screen of `width` × `height` offering `themes` (the standard one when none is given).
  public init(width: Int, height: Int, themes: [Theme]) {
    self.width = width
    self.height = height
    self.themes = themes.isEmpty ? [BuiltInThemes.standard] : themes
  }

  /// The theme in use.
  public var theme: Theme { themes[min(max(0, themeIndex), themes.count - 1)] }

  /// Moves to the next theme, round.
  mutating func nextTheme() { themeIndex = (themeIndex + 1) % themes.count }
}
