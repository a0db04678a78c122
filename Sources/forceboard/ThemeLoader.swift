import ArgumentParser
import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// Loads the built-in themes and the user's from `$XDG_CONFIG_HOME/forceboard/themes/*.toml`.
/// A bad user theme is skipped with a message naming file, line and key; the others still load.
enum ThemeLoader {
  static func load() -> (themes: [Theme], problems: [String]) {
    var themes = BuiltInThemes.all
    var problems: [String] = []
    guard let folder = Environment.current.configFolder.map({ $0 + "/themes" }), let dir = opendir(folder) else {
      return (themes, problems)
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasSuffix(".toml") { names.append(name) }
    }
    for name in names.sorted() {
      let path = folder + "/" + name
      guard let text = readText(path) else {
        problems.append("\(path): cannot read the theme file")
        continue
      }
      do {
        let theme = try ThemeParser.parse(text, file: path)
        if let index = themes.firstIndex(where: { $0.name == theme.name }) {
          themes[index] = theme
        } else {
          themes.append(theme)
        }
      } catch {
        problems.append(error.description + " — using the built-in themes instead")
      }
    }
    return (themes, problems)
  }

  /// The position of the theme a user named on the command line, or a clear error listing them.
  static func index(of name: String, in themes: [Theme]) throws -> Int {
    guard let index = themes.firstIndex(where: { $0.name == name }) else {
      throw ValidationError("no theme named '\(name)'; themes: \(themes.map(\.name).joined(separator: ", "))")
    }
    return index
  }

  static func readText(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > 1_000_000 { return nil }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
