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
  var tmux: String?
  var termProgram: String?

  static var current: Environment {
    func value(_ name: String) -> String? {
      guard let raw = getenv(name) else { return nil }
      return String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
    }
    return Environment(
      noColor: (value("NO_COLOR") ?? "").isEmpty == false, colorTerm: value("COLORTERM"), term: value("TERM"),
      configHome: value("XDG_CONFIG_HOME"), stateHome: value("XDG_STATE_HOME"), home: value("HOME"),
      tmux: value("TMUX"), termProgram: value("TERM_PROGRAM"))
  }

  /// True for terminals known to draw an emoji ZWJ sequence (👩‍👩‍👧) as one glyph in two
  /// cells: tmux (3.3 and later; checked here), kitty, WezTerm, foot, ghostty, iTerm2 and VS
  /// Code's terminal. Others (xterm, the Linux console) draw each part on its own and would
  /// push the rest of the line along, so they get the sequence's first emoji only.
  var joinsEmojiSequences: Bool {
    if let tmux, !tmux.isEmpty { return true }
    let programs = ["WezTerm", "iTerm.app", "vscode", "ghostty", "kitty"]
    if let termProgram, programs.contains(termProgram) { return true }
    let terms = ["xterm-kitty", "xterm-ghostty", "foot", "foot-extra", "wezterm"]
    return terms.contains(term ?? "")
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
