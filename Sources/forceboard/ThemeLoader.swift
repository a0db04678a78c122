import ArgumentParser
import Dashboard
import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// Loads the built-in themes and the user's from `$XDG_CONFIG_HOME/forceboard/themes/*.toml`.
/// A bad user theme is skipped with a message naming file, line and key (or why it could not
/// be read); the others still load.
enum ThemeLoader {
  /// What loading found: every usable theme, and the problems with the others.
  struct Loaded {
    var themes: [Theme]
    var problems: [String]
    /// Problems by the name a user would pass to `--theme` (the file name without `.toml`).
    var failed: [String: String]
  }

  /// Largest theme file read: themes are a few kilobytes.
  static let maximumBytes = 1_000_000

  static func load() -> Loaded {
    var loaded = Loaded(themes: BuiltInThemes.all, problems: [], failed: [:])
    guard let folder = Environment.current.configFolder.map({ $0 + "/themes" }) else { return loaded }
    for name in ScenarioStore.fileNames(in: folder) where name.hasSuffix(".toml") {
      let path = folder + "/" + name
      let stem = String(name.dropLast(".toml".count))
      func fail(_ problem: String) {
        loaded.problems.append(problem)
        loaded.failed[stem] = problem
      }
      let bytes: [UInt8]
      do {
        // Opened without blocking and checked to be a file: a FIFO named *.toml must not hang
        // every start.
        bytes = try ScenarioStore.readRegularFile(path, limit: maximumBytes)
      } catch {
        var reason = error.description
        if case .cannotRead(_, let why) = error { reason = why }
        fail("\(path): cannot read the theme file: \(reason) — using the built-in themes instead")
        continue
      }
      do {
        let theme = try ThemeParser.parse(String(decoding: bytes, as: UTF8.self), file: path)
        if let index = loaded.themes.firstIndex(where: { $0.name == theme.name }) {
          loaded.themes[index] = theme
        } else {
          loaded.themes.append(theme)
        }
      } catch {
        fail(error.description + " — using the built-in themes instead")
      }
    }
    return loaded
  }

  /// The theme a user named on the command line. A user theme whose file is bad falls back to
  /// `default` with its problem to show; a name nobody defines is a usage error that lists the
  /// themes there are.
  static func choose(_ name: String, in loaded: Loaded) throws -> (index: Int, problem: String?) {
    if let index = loaded.themes.firstIndex(where: { $0.name == name }) { return (index, nil) }
    if let problem = loaded.failed[name] {
      let fallback = loaded.themes.firstIndex { $0.name == "default" } ?? 0
      return (fallback, "theme '\(TextSanitizer.clean(name, limit: 40))' cannot be used, showing 'default': \(problem)")
    }
    let names = loaded.themes.map(\.name)
    let hint = Suggestion.closest(to: name, in: names).map { " (did you mean '\($0)'?)" } ?? ""
    throw ValidationError(
      "no theme named '\(TextSanitizer.clean(name, limit: 40))'\(hint); themes: \(names.joined(separator: ", "))")
  }
}
