/// The built-in themes: the files in `Themes/`, embedded by the build (the EmbedData plugin),
/// so that an installed binary needs no `Themes/` folder and the files are the only copy.
public enum BuiltInThemes {
  /// The order `t` cycles through the built-in themes; any other file in `Themes/` follows.
  static let cycleOrder = ["default", "light", "high-contrast", "colorblind", "mono"]

  /// The theme files' text, in the order `t` cycles through them.
  public static let sources: [(name: String, text: String)] = EmbeddedThemes.files.sorted { a, b in
    let first = cycleOrder.firstIndex(of: a.name) ?? cycleOrder.count
    let second = cycleOrder.firstIndex(of: b.name) ?? cycleOrder.count
    return first != second ? first < second : a.name < b.name
  }

  /// The parsed built-in themes (a test checks that every file parses).
  public static let all: [Theme] = sources.compactMap {
    try? ThemeParser.parse($0.text, file: "Themes/\($0.name).toml")
  }

  /// The theme with this name, if it is built in.
  public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

  /// The first built-in theme, the default.
  public static var standard: Theme { all.first ?? Theme(name: "plain", entries: [:]) }
  /// The theme without colour.
  public static var mono: Theme { named("mono") ?? standard }
}
