import CNcursesw
import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal, through ncurses: presents grids, reads keys and mouse, restores the terminal.
///
/// The only type in ForceBoard that calls ncurses. It keeps the last grid it presented and
/// writes only the cells that changed; ncurses then sends only what differs on screen.
public final class CursesScreen {
  /// Why the dashboard cannot run in this terminal.
  public enum Failure: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case noCursorMovement(String)

    public var description: String {
      switch self {
      case .notATerminal: "standard input and output must be a terminal"
      case .unknownTerminal(let term): "the terminal type '\(term)' is unknown to ncurses"
      case .noCursorMovement(let term): "the terminal type '\(term)' cannot move the cursor"
      }
    }
  }

  /// Columns of the terminal.
  public private(set) var width: Int
  /// Rows of the terminal.
  public private(set) var height: Int
  /// The colours this terminal can show (ncurses stops at 256).
  public let depth: ColorDepth
  private var previous: Grid?
  private var pairs: [PairKey: Int16] = [:]
  /// Each style's attributes and colour pair under the current theme: worked out once, not
  /// for every cell (a whole redraw, as after a resize, resolved 3,000 cells through the
  /// theme's tables).
  private var styles: [Style: (attributes: attr_t, pair: Int16)] = [:]
  private var nextPair: Int16 = 1
  private let maxPairs: Int
  private var theme: Theme?
  private var restored = false
  /// The terminal draws an emoji ZWJ sequence (👩‍👩‍👧) as one glyph in two cells, so such a
  /// cluster can be written whole (see `present`).
  private let joinsEmojiSequences: Bool

  struct PairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  /// Takes over the terminal. Call `restore()` before exiting (also done on signals). Colours
  /// go through ncurses' pairs, so at most 256 of them: `COLORTERM=truecolor` changes nothing
  /// here (`snapshot --color` writes 24-bit colour itself).
  public init(mouse: Bool, term: String, noColor: Bool, joinsEmojiSequences: Bool = false) throws(Failure) {
    self.joinsEmojiSequences = joinsEmojiSequences
    guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
    setlocale(LC_ALL, "")
    TerminalGuard.install()
    var status: Int32 = 0
    if setupterm(nil as UnsafePointer<CChar>?, 1, &status) != fb_ok() { throw .unknownTerminal(term) }
    // No cursor addressing (TERM=dumb): ncurses would start and draw nothing.
    guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else { throw .noCursorMovement(term) }
    guard newterm(nil, fb_stdout(), fb_stdin()) != nil else { throw .unknownTerminal(term) }
    cbreak()
    noecho()
    nonl()
    keypad(fb_stdscr(), true)
    // Home and End as other terminals than the one TERM names send them (tmux and screen send
    // ESC [ 1 ~ and ESC [ 4 ~, some xterm modes ESC [ H and ESC [ F): read as the keys they are,
    // not as Escape, '[' (which moves the as-of date) and two stray characters.
    for (sequence, key) in [
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
      ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
    ] where key_defined(sequence) == 0 {
      define_key(sequence, key)
    }
    intrflush(fb_stdscr(), false)
    set_escdelay(25)
    curs_set(0)
    if has_colors() && !noColor {
      start_color()
      use_default_colors()
      depth = min(ColorDepth(colors: Int(fb_colors()), colorTerm: nil), ColorDepth.c256)
      maxPairs = Int(min(fb_color_pairs(), 32_767))
    } else {
      depth = .mono
      maxPairs = 0
    }
    width = Int(fb_cols())
    height = Int(fb_lines())
    setMouseCapture(mouse)
    // ncurses 6.4 flushes its output at every cursor move until the screen has once been left
    // and come back to (`_nc_mvcur` while `_endwin == ewInitial`): a frame went out in dozens
    // of writes, each waking the terminal. Leaving now, before anything is drawn, makes the
    // first update come back to it, and every frame after goes out in one or two writes
    // (a resize to 100×30: 2.5 → 1.4 ms end to end, beside htop's 1.7).
    endwin()
  }

  deinit { restore() }

  /// Turns mouse reporting on or off (off lets the terminal select and copy text).
  public func setMouseCapture(_ on: Bool) {
    if on {
      let mask =
        fb_button1_clicked() | fb_button1_double_clicked() | fb_button1_pressed() | fb_button1_released()
        | fb_button4_pressed() | fb_button5_pressed()
      mousemask(mask, nil)
      mouseinterval(200)
    } else {
      mousemask(0, nil)
    }
  }

  /// Draws a grid, writing only the cells that changed since the last one.
  public func present(_ grid: Grid, theme: Theme) {
    if self.theme != theme {
      self.theme = theme
      previous = nil
      styles = [:]
    }
    // Neighbouring cells mostly share a style: the last one is looked up without hashing.
    var last: (style: Style, attributes: attr_t, pair: Int16)?
    let full = previous == nil || previous?.width != grid.width || previous?.height != grid.height
    if full { werase(fb_stdscr()) }
    var chars = [wchar_t](repeating: 0, count: 6)
    var sequences: [(y: Int, x: Int, cell: Cell)] = []
    // Only what changed goes to ncurses: after a key, most rows are the same as before.
    let unchanged = full ? [] : (previous?.cells ?? [])
    let cells = grid.cells
    for y in 0..<min(grid.height, height) {
      let row = y * grid.width
      for x in 0..<min(grid.width, width) {
        let cell = cells[row + x]
        if cell.isContinuation { continue }
        if !unchanged.isEmpty, unchanged[row + x] == cell { continue }
        // ncurses holds one spacing character and the zero-width marks after it. A cluster of
        // several spacing characters joined by ZWJ would be cut after its first ZWJ, and that
        // dangling joiner would glue itself to whatever the terminal prints next (a border),
        // moving the rest of the line. So the cell gets the first character and its marks
        // only; the whole cluster is written over it after the update where the terminal
        // joins such sequences.
        var count = 0
        var whole = true
        if let scalar = cell.singleScalar {
          chars[0] = wchar_t(bitPattern: scalar.value)
          count = 1
        } else {
          for scalar in cell.character.unicodeScalars {
            if count > 0, scalar.value == 0x200D || fb_wcwidth(wchar_t(bitPattern: scalar.value)) != 0 || count >= 5 {
              whole = false
              break
            }
            chars[count] = wchar_t(bitPattern: scalar.value)
            count += 1
          }
        }
        chars[count] = 0
        let attrs: attr_t
        let pair: Int16
        if let last, last.style == cell.style {
          (attrs, pair) = (last.attributes, last.pair)
        } else if let known = styles[cell.style] {
          (attrs, pair) = known
          last = (cell.style, attrs, pair)
        } else {
          (attrs, pair) = attributes(for: cell.style, theme: theme)
          styles[cell.style] = (attrs, pair)
          last = (cell.style, attrs, pair)
        }
        // The bottom-right cell scrolls some terminals when written; ncurses handles it as
        // long as scrolling is off, which it is by default.
        let first = chars[0]
        if fb_put_cell(Int32(y), Int32(x), chars, attrs, Int32(pair)) == fb_err(), count > 1 {
          chars[1] = 0
          _ = fb_put_cell(Int32(y), Int32(x), chars, attrs, Int32(pair))
        }
        if !whole, joinsEmojiSequences { sequences.append((y, x, cell)) }
        // The grid gave a wide cluster (a flag, an emoji sequence) two cells; if the terminal's
        // locale counts its first character as one, the second would keep whatever was drawn
        // there before. Blank it, so nothing stale shows and the columns after stay in place.
        if x + 1 < min(grid.width, width), cells[row + x + 1].isContinuation, fb_wcwidth(first) < 2 {
          chars[0] = 0x20
          chars[1] = 0
          _ = fb_put_cell(Int32(y), Int32(x + 1), chars, attrs, Int32(pair))
        }
      }
    }
    wnoutrefresh(fb_stdscr())
    doupdate()
    previous = grid
    if !sequences.isEmpty { writeWhole(sequences, theme: theme) }
  }

  /// Writes emoji sequences whole over the cells ncurses drew with their first character:
  /// cursor saved, moved, the cell's colours set, the cluster, cursor and attributes restored
  /// (DECSC/DECRC), so ncurses' idea of the terminal stays true. The cluster takes the same two
  /// cells in a terminal that joins it; the text is the grid's, sanitised already.
  private func writeWhole(_ sequences: [(y: Int, x: Int, cell: Cell)], theme: Theme) {
    var out = "\u{1B}7"
    for (y, x, cell) in sequences {
      out += "\u{1B}[\(y + 1);\(x + 1)H" + ANSIWriter.sgr(theme.resolve(cell.style), depth: depth)
      out.append(cell.character)
    }
    out += "\u{1B}[0m\u{1B}8"
    fflush(fb_stdout())
    var bytes = out
    bytes.withUTF8 { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(1, base + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Throws away what ncurses thinks is on screen and draws everything again (Ctrl-L).
  public func redrawAll() {
    previous = nil
    clearok(fb_stdscr(), true)
  }

  /// Waits up to `milliseconds` for input; nil on timeout.
  public func readEvent(timeout milliseconds: Int32) -> InputEvent? {
    wtimeout(fb_stdscr(), milliseconds)
    var character: wint_t = 0
    let result = wget_wch(fb_stdscr(), &character)
    if result == fb_err() { return nil }
    if result == fb_key_code_yes() {
      let code = Int32(character)
      if code == fb_key_resize() {
        width = Int(fb_cols())
        height = Int(fb_lines())
        previous = nil
        return .resize(width: width, height: height)
      }
      if code == fb_key_mouse() { return mouseEvent() }
      return InputMapping.key(forCode: code).map(InputEvent.key)
    }
    guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
    return InputMapping.key(forCharacter: scalar).map(InputEvent.key)
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == fb_ok() else { return nil }
    let x = Int(event.x)
    let y = Int(event.y)
    if event.bstate & fb_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
    if event.bstate & fb_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
    if event.bstate & fb_button1_double_clicked() != 0 { return .mouse(MouseEvent(.doubleClick, x: x, y: y)) }
    if event.bstate & (fb_button1_clicked() | fb_button1_pressed()) != 0 {
      return .mouse(MouseEvent(.click, x: x, y: y))
    }
    return nil
  }

  /// Gives the terminal back as it was: cursor, echo, colours, main screen, mouse off.
  public func restore() {
    guard !restored else { return }
    restored = true
    mousemask(0, nil)
    curs_set(1)
    endwin()
    TerminalGuard.restoreModes()
  }

  private func attributes(for style: Style, theme: Theme) -> (attr_t, Int16) {
    let entry = theme.resolve(style)
    var attrs = fb_a_normal()
    if entry.bold { attrs |= fb_a_bold() }
    if entry.underline { attrs |= fb_a_underline() }
    if entry.reverse { attrs |= fb_a_reverse() }
    guard depth != .mono, maxPairs > 0 else { return (attrs, 0) }
    let colors = entry.colors(at: depth)
    let key = PairKey(foreground: curses(colors.foreground), background: curses(colors.background))
    if key.foreground == -1 && key.background == -1 { return (attrs, 0) }
    if let pair = pairs[key] { return (attrs, pair) }
    guard Int(nextPair) < maxPairs else { return (attrs, 0) }
    init_pair(nextPair, Int16(key.foreground), Int16(key.background))
    pairs[key] = nextPair
    nextPair += 1
    return (attrs, nextPair - 1)
  }

  /// An ncurses colour number: -1 for the terminal's default.
  private func curses(_ color: ThemeColor?) -> Int32 {
    switch color {
    case .index(let index): Int32(index)
    default: -1
    }
  }
}
