/// The built-in themes, embedded so that an installed binary needs no `Themes/` folder.
/// Generated from `Themes/*.toml`; a test checks that the two stay the same.
public enum BuiltInThemes {
  /// The theme files' text, in the order `t` cycles through them.
  public static let sources: [(name: String, text: String)] = [
    (
      "default",
      #"""
      # ForceBoard theme: the default, for a dark terminal.
      name = "default"
      description = "Dark terminal, 256 colours"

      [normal]
      fg = "default"
      bg = "default"

      [dim]
      fg = 245

      [header]
      fg = "bright_white"
      bg = 24
      bold = true

      [title]
      fg = 250

      [title_focused]
      fg = "bright_cyan"
      bold = true

      [border]
      fg = 240

      [border_focused]
      fg = "cyan"

      [column_header]
      fg = 250
      underline = true

      [selected]
      fg = "black"
      bg = "cyan"

      [selected_unfocused]
      fg = "default"
      bg = 238

      [ok]
      fg = "green"

      [warning]
      fg = "yellow"

      [shortfall]
      fg = "bright_red"
      bold = true

      [conflict]
      fg = "magenta"
      bold = true

      [assumption]
      fg = 180

      [bar]
      fg = 39

      [bar_empty]
      fg = 238

      [status_bar]
      fg = 252
      bg = 236

      [key]
      fg = "black"
      bg = 250

      [message]
      fg = "bright_yellow"
      bg = 236

      [banner]
      fg = "black"
      bg = "yellow"
      bold = true

      [overlay]
      fg = "default"
      bg = 235
      """#
    ),
    (
      "light",
      #"""
      # ForceBoard theme for a light terminal background.
      name = "light"
      description = "Light terminal background"

      [normal]
      fg = "default"
      bg = "default"

      [dim]
      fg = 243

      [header]
      fg = "white"
      bg = 25
      bold = true

      [title]
      fg = 238

      [title_focused]
      fg = 25
      bold = true

      [border]
      fg = 250

      [border_focused]
      fg = 25

      [column_header]
      fg = 238
      underline = true

      [selected]
      fg = "white"
      bg = 25

      [selected_unfocused]
      fg = "default"
      bg = 253

      [ok]
      fg = 28

      [warning]
      fg = 130

      [shortfall]
      fg = 160
      bold = true

      [conflict]
      fg = 127
      bold = true

      [assumption]
      fg = 94

      [bar]
      fg = 32

      [bar_empty]
      fg = 252

      [status_bar]
      fg = 235
      bg = 253

      [key]
      fg = "white"
      bg = 240

      [message]
      fg = 88
      bg = 253

      [banner]
      fg = "black"
      bg = 220
      bold = true

      [overlay]
      fg = "default"
      bg = 255
      """#
    ),
    (
      "high-contrast",
      #"""
      # ForceBoard theme for a wall screen read from across a room: pure colours, bold text.
      name = "high-contrast"
      description = "Wall screen: black background, bright bold colours"

      [normal]
      fg = "bright_white"
      bg = "black"

      [dim]
      fg = "white"
      bg = "black"

      [header]
      fg = "black"
      bg = "bright_white"
      bold = true

      [title]
      fg = "bright_white"
      bg = "black"
      bold = true

      [title_focused]
      fg = "black"
      bg = "bright_yellow"
      bold = true

      [border]
      fg = "white"
      bg = "black"

      [border_focused]
      fg = "bright_yellow"
      bg = "black"

      [column_header]
      fg = "bright_white"
      bg = "black"
      bold = true
      underline = true

      [selected]
      fg = "black"
      bg = "bright_yellow"
      bold = true

      [selected_unfocused]
      fg = "black"
      bg = "white"

      [ok]
      fg = "bright_green"
      bg = "black"
      bold = true

      [warning]
      fg = "bright_yellow"
      bg = "black"
      bold = true

      [shortfall]
      fg = "bright_red"
      bg = "black"
      bold = true

      [conflict]
      fg = "bright_magenta"
      bg = "black"
      bold = true

      [assumption]
      fg = "bright_cyan"
      bg = "black"

      [bar]
      fg = "bright_cyan"
      bg = "black"

      [bar_empty]
      fg = "white"
      bg = "black"

      [status_bar]
      fg = "black"
      bg = "bright_white"

      [key]
      fg = "bright_white"
      bg = "blue"
      bold = true

      [message]
      fg = "black"
      bg = "bright_yellow"

      [banner]
      fg = "black"
      bg = "bright_yellow"
      bold = true

      [overlay]
      fg = "bright_white"
      bg = "black"
      """#
    ),
    (
      "colorblind",
      #"""
      # ForceBoard theme that never pairs red with green: blue for good, orange for short.
      # (Okabe-Ito palette; every state also carries a glyph or a word.)
      name = "colorblind"
      description = "No red/green pairing: blue means fine, orange means short"

      [normal]
      fg = "default"
      bg = "default"

      [dim]
      fg = 245

      [header]
      fg = "white"
      bg = "#0072b2"
      bold = true

      [title]
      fg = 250

      [title_focused]
      fg = "#56b4e9"
      bold = true

      [border]
      fg = 240

      [border_focused]
      fg = "#56b4e9"

      [column_header]
      fg = 250
      underline = true

      [selected]
      fg = "black"
      bg = "#56b4e9"

      [selected_unfocused]
      fg = "default"
      bg = 238

      [ok]
      fg = "#0072b2"
      bold = true

      [warning]
      fg = "#f0e442"

      [shortfall]
      fg = "#e69f00"
      bold = true

      [conflict]
      fg = "#cc79a7"
      bold = true

      [assumption]
      fg = "#f0e442"

      [bar]
      fg = "#56b4e9"

      [bar_empty]
      fg = 238

      [status_bar]
      fg = 252
      bg = 236

      [key]
      fg = "black"
      bg = 250

      [message]
      fg = "#f0e442"
      bg = 236

      [banner]
      fg = "black"
      bg = "#e69f00"
      bold = true

      [overlay]
      fg = "default"
      bg = 235
      """#
    ),
    (
      "mono",
      #"""
      # ForceBoard theme without colour: attributes only. Used for NO_COLOR and monochrome terminals.
      name = "mono"
      description = "No colour: bold, underline and reverse only"

      [normal]

      [dim]

      [header]
      reverse = true
      bold = true

      [title]

      [title_focused]
      bold = true
      underline = true

      [border]

      [border_focused]
      bold = true

      [column_header]
      underline = true

      [selected]
      reverse = true

      [selected_unfocused]
      underline = true

      [ok]

      [warning]
      bold = true

      [shortfall]
      bold = true

      [conflict]
      bold = true

      [assumption]
      underline = true

      [bar]
      bold = true

      [bar_empty]

      [status_bar]
      reverse = true

      [key]
      bold = true

      [message]
      bold = true

      [banner]
      reverse = true
      bold = true

      [overlay]
      """#
    ),
  ]

  /// The parsed built-in themes.
  public static let all: [Theme] = sources.compactMap {
    try? ThemeParser.parse($0.text, file: "Themes/\($0.name).toml")
  }

  /// The theme with this name, if it is built in.
  public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

  public static var standard: Theme { all.first ?? Theme(name: "plain", entries: [:]) }
  public static var mono: Theme { named("mono") ?? standard }
}
