#if canImport(Glibc)
  import Glibc
#endif

/// The environment variables ForceBoard reads, read once at the edge.
struct Environment {
  var noColor: Bool
  var colorTerm: String?
  var term: String?
  var configHome: String?
  var stateHome: String?
  var home: String?

  static var current: Environment {
    func value(_ name: String) -> String? {
      guard let raw = getenv(name) else { return nil }
      return String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
    }
    return Environment(
      noColor: (value("NO_COLOR") ?? "").isEmpty == false, colorTerm: value("COLORTERM"), term: value("TERM"),
      configHome: value("XDG_CONFIG_HOME"), stateHome: value("XDG_STATE_HOME"), home: value("HOME"))
  }

  /// `$XDG_STATE_HOME/forceboard`, or `~/.local/state/forceboard`: where journals live.
  var stateFolder: String? {
    if let stateHome, !stateHome.isEmpty { return stateHome + "/forceboard" }
    return home.map { $0 + "/.local/state/forceboard" }
  }

  /// `$XDG_CONFIG_HOME/forceboard`, or `~/.config/forceboard`.
  var configFolder: String? {
    if let configHome, !configHome.isEmpty { return configHome + "/forceboard" }
    return home.map { $0 + "/.config/forceboard" }
  }
}
