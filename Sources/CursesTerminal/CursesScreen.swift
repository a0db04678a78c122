import CNcursesw
import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal, through ncurses: presents grids, reads keys and mouse, restores the terminal.
///
/// The only type in ForceBoard that calls ncurses. ncurses reads the keys and the mouse, sets
/// the terminal's modes and gives them back; the frames go out through `FrameWriter`, which
/// keeps the last grid presented and sends only the cells that changed, in one write.
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
  /// The colours this terminal can show, as terminfo counts them (at most 256).
  public let depth: ColorDepth
  private var writer: FrameWriter
  private var restored = false
  private var mouse = false
  /// LINES and COLUMNS as they were before ncurses started (nil: not set).
  private let sizeVariables: [String?]
  private static let sizeNames = ["LINES", "COLUMNS"]
  /// What takes the screen again after a suspend, as terminfo spells it for this terminal:
  /// the alternate screen (`smcup`), no cursor (`civis`), keypad mode (`smkx`, which the
  /// shell may have turned off, and without which the arrow keys arrive in another form).
  private let takeBack: [UInt8]

  /// Takes over the terminal. Call `restore()` before exiting (also done on signals). Looks
  /// are written in at most 256 colours, the most terminfo names: `COLORTERM=truecolor`
  /// changes nothing here (`snapshot --color` writes 24-bit colour).
  public init(mouse: Bool, term: String, noColor: Bool, joinsEmojiSequences: Bool = false) throws(Failure) {
    guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
    // The character set only (ncurses decodes keys by it): messages, numbers and dates are the
    // program's own, and each further category is one more locale file mapped at start.
    setlocale(LC_CTYPE, "")
    TerminalGuard.install()
    TerminalGuard.drawOnThisThread()
    TerminalGuard.installSuspend()
    var status: Int32 = 0
    if setupterm(nil as UnsafePointer<CChar>?, 1, &status) != fb_ok() { throw .unknownTerminal(term) }
    // No cursor addressing (TERM=dumb): ncurses would start and draw nothing.
    guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else { throw .noCursorMovement(term) }
    // ncurses' own windows are never drawn into: told the screen is one cell (LINES and COLUMNS
    // override the terminal's size for it, at the start and at every SIGWINCH, which it still
    // reports), it keeps three one-cell windows instead of three copies of the screen (0.4 MB)
    // and resizes none. The size is read from the terminal here; the variables are put back as
    // they were by `restore()`. Nothing in the program starts another process meanwhile.
    let size = Self.terminalSize()
    sizeVariables = Self.sizeNames.map { name in getenv(name).map { String(cString: $0) } }
    setenv("LINES", "1", 1)
    setenv("COLUMNS", "1", 1)
    guard newterm(nil, fb_stdout(), fb_stdin()) != nil else {
      Self.putBack(sizeVariables)
      throw .unknownTerminal(term)
    }
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
    // Looks are written as SGR, not through ncurses' colour pairs: no start_color, and the
    // count is terminfo's own.
    let colors = Int(tigetnum("colors"))
    depth = noColor || colors < 8 ? .mono : min(ColorDepth(colors: colors, colorTerm: nil), ColorDepth.c256)
    width = size.width
    height = size.height
    writer = FrameWriter(
      terminal: FrameWriter.Terminal(
        width: width, height: height, depth: depth,
        scrollsAtLastCell: tigetflag("am") > 0 && tigetflag("xenl") <= 0,
        repeats: !Self.terminfo("rep").isEmpty, joinsEmojiSequences: joinsEmojiSequences,
        cellsOf: { Int(fb_wcwidth(wchar_t(bitPattern: $0))) }))
    takeBack = ["smcup", "civis", "smkx"].flatMap(Self.terminfo)
    setMouseCapture(mouse)
    // ncurses takes the screen (the alternate screen, keypad mode, a cleared page) in its first
    // update; after that it draws nothing: its window is never written to, and once refreshed
    // its reads find nothing to refresh.
    wnoutrefresh(fb_stdscr())
    doupdate()
    TerminalGuard.saveProgramModes()
  }

  /// LINES and COLUMNS as they were (unset where they were not set).
  private static func putBack(_ values: [String?]) {
    for (name, value) in zip(sizeNames, values) {
      if let value { setenv(name, value, 1) } else { unsetenv(name) }
    }
  }

  /// The terminal's size as the kernel has it (80×24 where it says nothing).
  private static func terminalSize() -> (width: Int, height: Int) {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return (80, 24) }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// A terminfo string capability without parameters, its padding (`$<5>`) left out; empty
  /// when the terminal has none.
  private static func terminfo(_ name: String) -> [UInt8] {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
    var bytes: [UInt8] = []
    var padding = false
    var pointer = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
    while pointer.pointee != 0 {
      let byte = pointer.pointee
      if padding {
        if byte == UInt8(ascii: ">") { padding = false }
      } else if byte == UInt8(ascii: "$"), pointer[1] == UInt8(ascii: "<") {
        padding = true
      } else {
        bytes.append(byte)
      }
      pointer += 1
    }
    return bytes
  }

  deinit { restore() }

  /// Turns mouse reporting on or off (off lets the terminal select and copy text).
  public func setMouseCapture(_ on: Bool) {
    mouse = on
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
  ///
  /// A suspend (Ctrl-Z) waits until the frame is out: the terminal is given back between
  /// frames, never in the middle of one, and a frame never lands on the shell's screen after a
  /// suspend the program has not yet noticed.
  public func present(_ grid: Grid, theme: Theme) {
    TerminalGuard.holdingSuspend {
      if TerminalGuard.takeResumed() { takeScreenBack() }
      send(writer.frame(grid, theme: theme))
    }
  }

  /// Writes all of the bytes, waiting while the terminal is slow to take them.
  private func send(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      guard var next = buffer.baseAddress else { return }
      var left = buffer.count
      while left > 0 {
        let written = write(1, next, left)
        if written > 0 {
          next += written
          left -= written
        } else if written < 0, errno == EINTR || errno == EAGAIN {
          var out = pollfd(fd: 1, events: Int16(POLLOUT), revents: 0)
          _ = poll(&out, 1, 100)
        } else {
          return
        }
      }
    }
  }

  /// Forgets what is on screen: the next frame clears it and draws everything (Ctrl-L).
  public func redrawAll() { writer.forget() }

  /// Waits up to `milliseconds` for input; nil on timeout.
  public func readEvent(timeout milliseconds: Int32) -> InputEvent? {
    if TerminalGuard.takeResumed() {
      takeScreenBack()
      return nil
    }
    wtimeout(fb_stdscr(), milliseconds)
    var character: wint_t = 0
    let result = wget_wch(fb_stdscr(), &character)
    if result == fb_err() { return nil }
    if result == fb_key_code_yes() {
      let code = Int32(character)
      if code == fb_key_resize() { return resized() }
      if code == fb_key_mouse() { return mouseEvent() }
      return InputMapping.key(forCode: code).map(InputEvent.key)
    }
    guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
    return InputMapping.key(forCharacter: scalar).map(InputEvent.key)
  }

  /// The terminal's size as the kernel now has it, and a whole frame to come.
  private func resized() -> InputEvent {
    // ncurses marked its (one-cell) window changed: left so, its next read would draw that
    // blank window over the frame.
    untouchwin(fb_stdscr())
    let size = Self.terminalSize()
    width = size.width
    height = size.height
    writer.terminal.width = width
    writer.terminal.height = height
    writer.forget()
    return .resize(width: width, height: height)
  }

  /// After a suspend (Ctrl-Z, then `fg`): ncurses' program modes back, the screen taken again,
  /// the mouse asked for again, and the last frame drawn whole.
  private func takeScreenBack() {
    reset_prog_mode()
    send(takeBack)
    let on = mouse
    setMouseCapture(false)
    setMouseCapture(on)
    send(writer.wholeAgain())
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
    Self.putBack(sizeVariables)
  }
}
