/// Turns a grid into text with ANSI colour escapes, for `forceboard snapshot --color`. The
/// same theme resolution as the terminal backend, without ncurses.
public enum ANSIWriter {
  /// The grid as text with SGR colour codes at `depth`.
  public static func render(_ grid: Grid, theme: Theme, depth: ColorDepth) -> String {
    var out = ""
    for row in 0..<grid.height {
      var current: Style?
      for column in 0..<grid.width {
        let cell = grid[column, row]
        if cell.isContinuation { continue }
        if cell.style != current {
          out += sgr(theme.resolve(cell.style), depth: depth)
          current = cell.style
        }
        out.append(cell.character)
      }
      out += "\u{1B}[0m\n"
    }
    return out
  }

  /// The escape that sets a theme entry's attributes and colours, from a clean slate.
  public static func sgr(_ entry: Theme.Entry, depth: ColorDepth) -> String {
    let look = parameters(entry, depth: depth)
    let codes = ["0"] + look.attributes + (look.foreground ?? []) + (look.background ?? [])
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }

  /// A theme entry's SGR parameters in parts: the attributes (1 bold, 4 underline, 7 reverse),
  /// and the foreground's and background's (nil where the entry leaves a colour to the
  /// terminal). A terminal backend sends only what changes from one look to the next.
  public static func parameters(_ entry: Theme.Entry, depth: ColorDepth) -> (
    attributes: [String], foreground: [String]?, background: [String]?
  ) {
    var attributes: [String] = []
    if entry.bold { attributes.append("1") }
    if entry.underline { attributes.append("4") }
    if entry.reverse { attributes.append("7") }
    let colors = entry.colors(at: depth)
    return (
      attributes, colors.foreground.map { color($0, foreground: true) },
      colors.background.map { color($0, foreground: false) }
    )
  }

  static func color(_ color: ThemeColor, foreground: Bool) -> [String] {
    switch color {
    case .terminalDefault: return [foreground ? "39" : "49"]
    case .index(let i) where i < 8: return [String((foreground ? 30 : 40) + Int(i))]
    case .index(let i) where i < 16: return [String((foreground ? 90 : 100) + Int(i) - 8)]
    case .index(let i): return [foreground ? "38" : "48", "5", String(i)]
    case .rgb(let r, let g, let b): return [foreground ? "38" : "48", "2", String(r), String(g), String(b)]
    }
  }
}
