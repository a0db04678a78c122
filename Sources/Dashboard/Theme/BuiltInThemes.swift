/// The built-in themes: the files in `Themes/`, embedded by the build (the EmbedData plugin),
/// so that an installed binary needs no `Themes/` folder and the files are the only copy.
public enum BuiltInThemes {
  /// The theme files' text, by file name.
  public static let sources: [(name: String, text: String)] = EmbeddedThemes.files.sorted { $0.name < $1.name }

  /// The parsed built-in themes in the order `t` cycles through them: each file's `order`,
  /// then by name (a test checks that every file parses).
  public static let all: [Theme] = sources.compactMap {
    try? ThemeParser.parse($0.text, file: "Themes/\($0.name).toml")
  }.sorted { a, b in
    a.order != b.order ? (a.order ?? .max) < (b.order ?? .max) : a.name < b.name
  }

  /// The theme with this name, if it is built in.
  public static func named(_ name: String) -> Theme? { all.first { $0.name == name } }

  /// The first built-in theme, the default.
  public static var standard: Theme { all.first ?? Theme(name: "plain", entries: [:]) }
  /// The theme without colour.
  public static var mono: Theme { named("mono") ?? standard }
}
