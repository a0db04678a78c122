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
    var codes = ["0"]
    if entry.bold { codes.append("1") }
    if entry.underline { codes.append("4") }
    if entry.reverse { codes.append("7") }
    let colors = entry.colors(at: depth)
    if let fg = colors.foreground { codes.append(contentsOf: color(fg, foreground: true)) }
    if let bg = colors.background { codes.append(contentsOf: color(bg, foreground: false)) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
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
