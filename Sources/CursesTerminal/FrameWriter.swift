import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// Turns a grid into the bytes that put it on the terminal, sending only the cells that differ
/// from the frame before it: a cursor move (CUP), a look (SGR) when it changes, the characters.
///
/// ncurses drew a frame through three copies of the screen (its window, the next screen and the
/// current one) and formatted every change of colour through `tparm`: a whole redraw after a
/// resize spent 4.6 M instructions there, more than the rendering. Here each style's SGR is
/// made once per theme and a frame is one pass over the cells into one buffer, written at once.
/// ncurses still reads the keys and the mouse and keeps the terminal's modes (`CursesScreen`).
/// Pure: the caller writes the bytes.
public struct FrameWriter {
  /// What the writer needs to know of the terminal.
  public struct Terminal: Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int
    /// The colours used for looks (as `snapshot --color` writes them).
    public var depth: ColorDepth
    /// Writing the bottom-right cell scrolls the screen (terminfo `am` without `xenl`): that
    /// cell is then left alone.
    public var scrollsAtLastCell: Bool
    /// The terminal repeats the character before as ECMA-48's REP (`CSI n b`) says: terminfo
    /// gives it `rep` (xterm). A run of one ASCII character then goes out as it and a count.
    public var repeats = false
    /// The terminal draws an emoji ZWJ sequence (👩‍👩‍👧) as one glyph in two cells, so such a
    /// cluster can be written whole; elsewhere only its first character and marks are.
    public var joinsEmojiSequences: Bool
    /// How many cells the terminal's locale gives a scalar (`wcwidth`).
    public var cellsOf: @Sendable (UInt32) -> Int

    /// A terminal as the writer sees it.
    public init(
      width: Int, height: Int, depth: ColorDepth, scrollsAtLastCell: Bool, repeats: Bool = false,
      joinsEmojiSequences: Bool, cellsOf: @escaping @Sendable (UInt32) -> Int
    ) {
      self.width = width
      self.height = height
      self.depth = depth
      self.scrollsAtLastCell = scrollsAtLastCell
      self.repeats = repeats
      self.joinsEmojiSequences = joinsEmojiSequences
      self.cellsOf = cellsOf
    }
  }

  /// The terminal written to; its size changes with the window.
  public var terminal: Terminal
  private var previous: Grid?
  private var theme: Theme?
  /// Each style's look under the current theme, as a place in `lookList`, by the style's
  /// number; -1 where not made yet. (A dictionary by style hashed the role's name at every
  /// lookup: half of a whole frame's time.)
  private var looks = [Int](repeating: -1, count: Style.numbers)
  /// Scalars' widths by their lowest byte, as the terminal last gave them (0: none yet).
  private var widths = [(scalar: UInt32, cells: Int)](repeating: (0, 0), count: 256)
  /// The looks made so far; the first is the terminal's plain look.
  private var lookList = [Look.plain]
  /// The bytes of the frame being made; the room is kept from frame to frame.
  private var bytes: [UInt8] = []

  /// A writer that has drawn nothing yet: its first frame clears the screen.
  public init(terminal: Terminal) {
    self.terminal = terminal
    bytes.reserveCapacity(16_384)
  }

  /// Forgets what is on screen: the next frame clears it and draws every cell (after a resize,
  /// Ctrl-L, or when something else may have written to the terminal).
  public mutating func forget() { previous = nil }

  /// The bytes that draw the last frame whole again, on a screen someone else cleared (after a
  /// suspend); empty before the first frame.
  mutating func wholeAgain() -> [UInt8] {
    guard let previous, let theme else { return [] }
    forget()
    return frame(previous, theme: theme)
  }

  /// The bytes that turn the last frame on screen into `grid`; empty when nothing differs.
  public mutating func frame(_ grid: Grid, theme: Theme) -> [UInt8] {
    if self.theme != theme {
      self.theme = theme
      looks = [Int](repeating: -1, count: Style.numbers)
      lookList = [Look.plain]
      previous = nil
    }
    bytes.removeAll(keepingCapacity: true)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.sinkBytes) { buffer in
      guard let base = buffer.baseAddress else { return }
      var out = ByteSink(base: base, capacity: buffer.count)
      write(grid, &out)
      out.drain { bytes.append(contentsOf: $0) }
    }
    previous = grid
    return bytes
  }

  /// The most bytes one cell's drawing takes but for a cluster's scalars after the first: a
  /// CUP, a whole SGR (24-bit foreground and background and every attribute), four bytes of
  /// UTF-8, a blank, a REP.
  static let cellBytes = 160
  /// The frame is made in a buffer of this many bytes, handed on each time it fills.
  static let sinkBytes = 8_192
  private static let clear = Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)

  /// Hands the bytes so far on when fewer than `bytes` more fit.
  @inline(__always) private mutating func room(_ bytes: Int, _ out: inout ByteSink) {
    if !out.fits(bytes) { out.drain { self.bytes.append(contentsOf: $0) } }
  }

  /// The frame's bytes into `out`: against the frame before when it is of the same size, else
  /// the whole of it on a cleared screen.
  private mutating func write(_ grid: Grid, _ out: inout ByteSink) {
    var pen = Pen()
    let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0.cells : nil }
    let full = old == nil
    if full {
      // From the plain look, home and clear: the cells in that look that show a space are done.
      out.append(Self.clear)
      pen = Pen(y: 0, x: 0, look: 0, cleared: true)
    }
    let rows = min(grid.height, terminal.height)
    let columns = min(grid.width, terminal.width)
    // Both frames' cells read in place: most cells are the same bits as before, found so at once.
    (old ?? []).withUnsafeBufferPointer { before in
      grid.cells.withUnsafeBufferPointer { cells in
        for y in 0..<rows {
          let row = y * grid.width
          // A row of the very same bits as before (most rows, after a key) is passed whole.
          if !full, let was = before.baseAddress, let now = cells.baseAddress,
            memcmp(was + row, now + row, columns * MemoryLayout<Cell>.stride) == 0
          {
            continue
          }
          var x = 0
          while x < columns {
            defer { x += 1 }
            let cell = cells[row + x]
            if cell.isContinuation { continue }
            if !full {
              if before[row + x].isIdentical(to: cell) || before[row + x] == cell { continue }
            } else if cell.isSpace, lookList[look(cell.style)].isPlain {
              continue
            }
            let wide = x + 1 < columns && cells[row + x + 1].isContinuation
            if terminal.scrollsAtLastCell, y == terminal.height - 1, x + (wide ? 1 : 0) >= terminal.width - 1 {
              continue
            }
            // Room for the most one cell can take: a move, a whole look, four bytes and a blank,
            // then a repeat.
            room(Self.cellBytes, &out)
            draw(cell, y: y, x: x, wide: wide, pen: &pen, &out)
            // A run of the same ASCII cell: the character once, then REP. Only ASCII, as terminfo's
            // `rep` (`%p1%c`) and ncurses have it: tmux with TERM=xterm repeats nothing else.
            guard terminal.repeats, pen.x == x + 1, let scalar = cell.singleScalar, scalar.value < 0x7F else {
              continue
            }
            var run = 0
            while x + 1 + run < columns, cells[row + x + 1 + run].isIdentical(to: cell) { run += 1 }
            if terminal.scrollsAtLastCell, y == terminal.height - 1, x + run == terminal.width - 1 { run -= 1 }
            guard run >= 4 else { continue }
            out.append(0x1B)
            out.append(UInt8(ascii: "["))
            out.append(number: run)
            out.append(UInt8(ascii: "b"))
            x += run
            pen.x = x + 1 < terminal.width ? x + 1 : -1
          }
        }
      }
    }
  }

  /// Where the terminal's cursor is and which look it writes in, as far as this frame knows
  /// (-1: not known).
  private struct Pen {
    var y = -1
    var x = -1
    var look = -1
    /// The number of the style last drawn (`Style.number`): the next cell mostly shares it.
    var style = -1
    /// The frame began by clearing the screen: every cell it passes over is a plain blank.
    var cleared = false
  }

  private mutating func draw(_ cell: Cell, y: Int, x: Int, wide: Bool, pen: inout Pen, _ out: inout ByteSink) {
    if pen.y != y || pen.x != x { move(to: y, x, pen: pen, &out) }
    let style = cell.style.number
    if style != pen.style {
      let look = look(cell.style)
      if pen.look != look {
        appendChange(from: pen.look, to: look, &out)
        pen.look = look
      }
      pen.style = style
    }
    pen.y = y
    if let scalar = cell.singleScalar {
      if scalar.value < 0x80 {
        out.append(UInt8(truncatingIfNeeded: scalar.value))
        pen.x = x + 1
      } else {
        out.append(scalar)
        let cells = cellsOf(scalar.value)
        // A wide character the locale counts as one: blank its second cell, so nothing stale
        // shows there and the columns after stay in place.
        if wide, cells < 2 { out.append(0x20) }
        pen.x = wide ? x + 2 : (cells == 1 ? x + 1 : -1)
      }
    } else {
      appendCluster(cell.character, wide: wide, &out)
      // How far a cluster moves the cursor is the terminal's own business: the next cell moves.
      pen.x = -1
    }
    // Past the last column the cursor waits to wrap: the next cell moves it.
    if pen.x >= terminal.width { pen.x = -1 }
  }

  /// A cluster of several scalars: its first character and the marks after it, which every
  /// terminal puts in its cells; the whole of it only where the terminal joins emoji sequences
  /// (elsewhere the characters after a ZWJ would each take cells of their own and move the rest
  /// of the line).
  private mutating func appendCluster(_ character: Character, wide: Bool, _ out: inout ByteSink) {
    var first: UInt32?
    for scalar in character.unicodeScalars {
      if first != nil, !terminal.joinsEmojiSequences,
        scalar.value == 0x200D || cellsOf(scalar.value) != 0
      {
        break
      }
      if first == nil { first = scalar.value }
      // A cluster's length has no bound (marks upon marks): room is made scalar by scalar.
      room(5, &out)
      out.append(scalar)
    }
    if wide, !terminal.joinsEmojiSequences, let first, cellsOf(first) < 2 { out.append(0x20) }
  }

  /// The terminal's width of a scalar, remembered: a frame asks for the same few (a border's
  /// lines and corners, a bar's blocks) thousands of times, and each was a call into the C
  /// library's tables.
  private mutating func cellsOf(_ value: UInt32) -> Int {
    let slot = Int(value & 0xFF)
    if widths[slot].scalar == value { return widths[slot].cells }
    let cells = terminal.cellsOf(value)
    widths[slot] = (value, cells)
    return cells
  }

  /// The place of the style's look in `lookList`, made once per theme.
  @inline(__always) private mutating func look(_ style: Style) -> Int {
    let known = looks[style.number]
    return known >= 0 ? known : makeLook(style)
  }

  /// A style's look, made and kept.
  private mutating func makeLook(_ style: Style) -> Int {
    let key = style.number
    let parameters = theme.map { ANSIWriter.parameters($0.resolve(style), depth: terminal.depth) }
    let made = Look(
      attributes: parameters?.attributes ?? [], foreground: parameters?.foreground ?? [],
      background: parameters?.background ?? [])
    looks[key] = lookList.firstIndex(of: made) ?? lookList.count
    if looks[key] == lookList.count { lookList.append(made) }
    return looks[key]
  }

  /// The SGR from one look to the next: only what differs, or from a clean slate when an
  /// attribute goes (or the look before is not known).
  private mutating func appendChange(from: Int, to: Int, _ out: inout ByteSink) {
    guard from >= 0, lookList[from].attributes & ~lookList[to].attributes == 0 else {
      out.append(lookList[to].whole)
      return
    }
    let added = lookList[to].attributes & ~lookList[from].attributes
    var first = true
    for (bit, code) in Look.attributeCodes where added & bit != 0 {
      startParameter(&first, &out)
      out.append(code)
    }
    appendColor(from: lookList[from].foreground, to: lookList[to].foreground, terminals: "39", &first, &out)
    appendColor(from: lookList[from].background, to: lookList[to].background, terminals: "49", &first, &out)
    if !first { out.append(UInt8(ascii: "m")) }
  }

  /// A colour's SGR parameter when it changes: the colour, or the terminal's own (39 or 49).
  private func appendColor(
    from: [UInt8], to: [UInt8], terminals: StaticString, _ first: inout Bool, _ out: inout ByteSink
  ) {
    guard from != to else { return }
    startParameter(&first, &out)
    if to.isEmpty {
      terminals.withUTF8Buffer { for byte in $0 { out.append(byte) } }
    } else {
      out.append(to)
    }
  }

  /// CSI before the first parameter of an SGR, a semicolon before the others.
  private func startParameter(_ first: inout Bool, _ out: inout ByteSink) {
    if first {
      out.append(0x1B)
      out.append(UInt8(ascii: "["))
      first = false
    } else {
      out.append(UInt8(ascii: ";"))
    }
  }

  /// The cursor to a cell, in the fewest bytes: spaces over a cleared row's blanks, a move
  /// forward on the same row, a carriage return and line feed to the next row's start, or CUP.
  private func move(to y: Int, _ x: Int, pen: Pen, _ out: inout ByteSink) {
    if pen.y == y, pen.x >= 0, x > pen.x {
      let gap = x - pen.x
      if pen.cleared, gap <= 4, pen.look >= 0, lookList[pen.look].blankLooksPlain {
        for _ in 0..<gap { out.append(0x20) }
      } else {
        out.append(0x1B)
        out.append(UInt8(ascii: "["))
        out.append(number: gap)
        out.append(UInt8(ascii: "C"))
      }
    } else if pen.y >= 0, y == pen.y + 1, x == 0 {
      out.append(0x0D)
      out.append(0x0A)
    } else {
      out.append(0x1B)
      out.append(UInt8(ascii: "["))
      out.append(number: y + 1)
      out.append(UInt8(ascii: ";"))
      out.append(number: x + 1)
      out.append(UInt8(ascii: "H"))
    }
  }
}
