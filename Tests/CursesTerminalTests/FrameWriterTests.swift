import Testing

@testable import CursesTerminal
@testable import Dashboard

/// The frame writer's bytes, played into a model of a terminal: after every frame of a long run
/// of random changes the screen shows exactly the grid, in the looks the theme gives its styles.
@Suite struct FrameWriterTests {
  /// The terminal's width of a scalar as glibc counts it, for the few scalars these tests use.
  static func cells(_ value: UInt32) -> Int {
    switch value {
    case 0x301, 0x200D, 0xFE0F: 0
    case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: 2
    default: 1
    }
  }

  static func terminal(
    _ width: Int, _ height: Int, joins: Bool = false, scrolls: Bool = false, repeats: Bool = false
  ) -> FrameWriter.Terminal {
    FrameWriter.Terminal(
      width: width, height: height, depth: .c256, scrollsAtLastCell: scrolls, repeats: repeats,
      joinsEmojiSequences: joins, cellsOf: cells)
  }

  static let theme = BuiltInThemes.standard
  static let styles: [Style] = [
    .normal, Style(.border), Style(.title, bold: true), Style(.selected, reverse: true),
    Style(.warning, underline: true),
    Style(.dim),
  ]
  static let texts = ["a", "b", " ", "─", "é", "e\u{301}", "中", "🇭🇹", "👩‍👧", "x"]

  @Test func everyFrameOfARandomRunShowsItsGrid() {
    var random = SplitMix(seed: 2026)
    for run in 0..<40 {
      let width = 3 + random.next(12)
      let height = 2 + random.next(5)
      var writer = FrameWriter(
        terminal: Self.terminal(width, height, joins: run % 2 == 1, scrolls: run % 3 == 0, repeats: run % 4 < 2))
      var screen = ScreenModel(width: width, height: height)
      var grid = Grid(width: width, height: height)
      for _ in 0..<25 {
        for _ in 0..<(1 + random.next(8)) {
          let text = String(repeating: Self.texts[random.next(Self.texts.count)], count: 1 + random.next(7))
          grid.put(
            text, x: random.next(width), y: random.next(height), style: Self.styles[random.next(Self.styles.count)])
        }
        screen.play(writer.frame(grid, theme: Self.theme))
        expectShows(screen, grid, joins: run % 2 == 1, leavingTheLastCell: run % 3 == 0)
        if run % 3 == 0 { #expect(!screen.wroteTheLastCell) }
      }
    }
  }

  /// A frame of many times the writer's buffer (a 200×60 screen of changing looks, a cell of
  /// a thousand marks) comes out whole: the buffer is handed on each time it fills, and a
  /// cluster too long for one cell's room is written scalar by scalar.
  @Test func aFrameLargerThanTheWritersBufferComesOutWhole() {
    var random = SplitMix(seed: 60)
    let (width, height) = (200, 60)
    var writer = FrameWriter(terminal: Self.terminal(width, height))
    var screen = ScreenModel(width: width, height: height)
    var grid = Grid(width: width, height: height)
    for y in 0..<height {
      var x = 0
      while x < width {
        let text = Self.texts[random.next(Self.texts.count)]
        x += max(1, grid.put(text, x: x, y: y, style: Self.styles[random.next(Self.styles.count)]))
      }
    }
    grid.put("e" + String(repeating: "\u{301}", count: 1_000), x: 7, y: 30, style: Style(.title, bold: true))
    let bytes = writer.frame(grid, theme: Self.theme)
    #expect(bytes.count > 4 * FrameWriter.sinkBytes)
    screen.play(bytes)
    expectShows(screen, grid, joins: false)
  }

  @Test func anUnchangedFrameSendsNothingAndAChangedCellOnlyItself() {
    var writer = FrameWriter(terminal: Self.terminal(10, 3))
    var screen = ScreenModel(width: 10, height: 3)
    var grid = Grid(width: 10, height: 3)
    grid.put("hello", x: 0, y: 0)
    let first = writer.frame(grid, theme: Self.theme)
    #expect(first.starts(with: Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)))
    screen.play(first)
    #expect(writer.frame(grid, theme: Self.theme).isEmpty)
    grid.put("J", x: 0, y: 0)
    let change = writer.frame(grid, theme: Self.theme)
    // A move to the cell, its look, the letter.
    #expect(String(decoding: change, as: UTF8.self).hasPrefix("\u{1B}[1;1H"))
    #expect(String(decoding: change, as: UTF8.self).hasSuffix("mJ"))
    #expect(change.count <= 20)
    screen.play(change)
    expectShows(screen, grid, joins: false)
  }

  @Test func aForgottenScreenAndANewThemeAreDrawnWhole() {
    var writer = FrameWriter(terminal: Self.terminal(6, 2))
    var grid = Grid(width: 6, height: 2)
    grid.put("ab", x: 0, y: 0)
    _ = writer.frame(grid, theme: Self.theme)
    writer.forget()
    var screen = ScreenModel(width: 6, height: 2)
    screen.play(writer.frame(grid, theme: Self.theme))
    expectShows(screen, grid, joins: false)
    let light = BuiltInThemes.all.first { $0 != Self.theme } ?? Self.theme
    #expect(writer.frame(grid, theme: light).starts(with: Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)))
    screen = ScreenModel(width: 6, height: 2)
    screen.play(writer.wholeAgain())
    #expect(screen.text(row: 0) == "ab    ")
  }

  @Test func aLineOfOneCharacterGoesOutAsTheCharacterAndARepeat() {
    var writer = FrameWriter(terminal: Self.terminal(20, 2, repeats: true))
    var grid = Grid(width: 20, height: 2)
    grid.put(String(repeating: "=", count: 20), x: 0, y: 0, style: Style(.border))
    grid.put(String(repeating: "─", count: 20), x: 0, y: 1, style: Style(.border))
    let text = String(decoding: writer.frame(grid, theme: Self.theme), as: UTF8.self)
    #expect(text.contains("=\u{1B}[19b"))
    // Only ASCII is repeated, as terminfo's `rep` has it (tmux repeats nothing else).
    #expect(text.contains(String(repeating: "─", count: 20)))
    var plain = FrameWriter(terminal: Self.terminal(20, 2))
    #expect(!String(decoding: plain.frame(grid, theme: Self.theme), as: UTF8.self).contains("b"))
  }

  @Test func theBottomRightCellIsLeftAloneWhereWritingItScrolls() {
    var writer = FrameWriter(terminal: Self.terminal(4, 2, scrolls: true))
    var grid = Grid(width: 4, height: 2)
    grid.put("wxyz", x: 0, y: 1)
    var screen = ScreenModel(width: 4, height: 2)
    screen.play(writer.frame(grid, theme: Self.theme))
    #expect(screen.text(row: 1) == "wxy ")
  }

  @Test func aWideCharacterTheLocaleCountsAsOneHasItsSecondCellBlanked() {
    // 中 takes two cells of the grid but one in this "locale".
    var writer = FrameWriter(
      terminal: FrameWriter.Terminal(
        width: 4, height: 1, depth: .c256, scrollsAtLastCell: false, repeats: false, joinsEmojiSequences: false,
        cellsOf: { $0 == 0x4E2D ? 1 : Self.cells($0) }))
    var grid = Grid(width: 4, height: 1)
    grid.put("中z", x: 0, y: 0)
    let bytes = writer.frame(grid, theme: Self.theme)
    #expect(String(decoding: bytes, as: UTF8.self).contains("中 z"))
  }

  /// What an SGR from a clean slate sets.
  static func meaning(_ sgr: String) -> SGRState {
    var state = SGRState()
    state.apply(sgr.dropFirst(2).dropLast().split(separator: ";").map(String.init))
    return state
  }

  private func expectShows(_ screen: ScreenModel, _ grid: Grid, joins: Bool, leavingTheLastCell: Bool = false) {
    for y in 0..<grid.height {
      for x in 0..<grid.width where !grid[x, y].isContinuation {
        if leavingTheLastCell, y == grid.height - 1, x + (grid[x + 1, y].isContinuation ? 1 : 0) >= grid.width - 1 {
          continue
        }
        let cell = grid[x, y]
        var shown = String(cell.character)
        if !joins,
          let cut = shown.unicodeScalars.dropFirst().firstIndex(where: {
            $0.value == 0x200D || Self.cells($0.value) != 0
          })
        {
          shown = String(shown.unicodeScalars[..<cut])
        }
        let look = Self.meaning(ANSIWriter.sgr(Self.theme.resolve(cell.style), depth: .c256))
        #expect(screen.cells[y][x].text == shown, "row \(y) column \(x)")
        // A space shows no foreground and no boldness: only what a blank shows is compared.
        let blank = { (state: SGRState) in (state.background, state.attributes.subtracting(["1"])) }
        if shown == " " {
          #expect(blank(screen.cells[y][x].look) == blank(look), "look at row \(y) column \(x)")
        } else {
          #expect(screen.cells[y][x].look == look, "look at row \(y) column \(x)")
        }
      }
    }
  }
}

/// The attributes and colours a terminal writes in, as SGR sets them.
struct SGRState: Equatable {
  var attributes: Set<String> = []
  var foreground: [String] = []
  var background: [String] = []

  mutating func apply(_ parameters: [String]) {
    var index = 0
    while index < parameters.count {
      let parameter = parameters[index]
      switch parameter {
      case "0": self = SGRState()
      case "1", "4", "7": attributes.insert(parameter)
      case "22": attributes.remove("1")
      case "24": attributes.remove("4")
      case "27": attributes.remove("7")
      case "39": foreground = []
      case "49": background = []
      case "38", "48":
        let count = parameters[index + 1] == "5" ? 3 : 5
        let color = Array(parameters[index..<(index + count)])
        if parameter == "38" { foreground = color } else { background = color }
        index += count - 1
      default:
        guard let code = Int(parameter) else { break }
        if (30...37).contains(code) || (90...97).contains(code) { foreground = [parameter] }
        if (40...47).contains(code) || (100...107).contains(code) { background = [parameter] }
      }
      index += 1
    }
  }
}

/// A terminal as far as the frame writer uses one: CUP, CUF, CR, LF, SGR, ED 2 and printing,
/// with each scalar's width from the test's table.
struct ScreenModel {
  var cells: [[(text: String, look: SGRState)]]
  var y = 0
  var x = 0
  var look = SGRState()
  let width: Int
  /// Something was written into the bottom-right cell (which scrolls some terminals).
  var wroteTheLastCell = false

  init(width: Int, height: Int) {
    self.width = width
    cells = Array(repeating: Array(repeating: (" ", SGRState()), count: width), count: height)
  }

  func text(row: Int) -> String { cells[row].map(\.text).joined() }

  mutating func play(_ bytes: [UInt8]) {
    var index = 0
    // The cell last printed into, until the cursor moves.
    var last: (y: Int, x: Int)?
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}" {
        var end = index + 2
        while end < scalars.count, !(scalars[end].value >= 0x40 && scalars[end].value <= 0x7E) { end += 1 }
        let parameters = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
        switch scalars[end] {
        case "H":
          last = nil
          y = (numbers.first ?? 1) - 1
          x = (numbers.count > 1 ? numbers[1] : 1) - 1
        case "C":
          last = nil
          x += numbers.first ?? 1
        case "b":
          // REP: the character before, again, in the same look.
          if let from = last {
            let repeated = cells[from.y][from.x]
            for _ in 0..<(numbers.first ?? 1) where x < width {
              if y == cells.count - 1, x == width - 1 { wroteTheLastCell = true }
              cells[y][x] = repeated
              last = (y, x)
              x += 1
            }
          }
        case "J":
          for row in cells.indices { cells[row] = Array(repeating: (" ", look), count: width) }
        case "m":
          look.apply(parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init))
        default:
          Issue.record("unexpected sequence \(parameters)\(scalars[end])")
        }
        index = end + 1
        continue
      }
      if scalar == "\r" || scalar == "\n" {
        if scalar == "\r" { x = 0 } else { y += 1 }
        last = nil
        index += 1
        continue
      }
      let cells = FrameWriterTests.cells(scalar.value)
      let regional = (0x1F1E6...0x1F1FF).contains(scalar.value)
      let before = last.map { self.cells[$0.y][$0.x].text.unicodeScalars } ?? "".unicodeScalars
      // A terminal that joins them draws what follows a ZWJ, and a flag's second letter, in
      // the glyph before.
      let joined =
        before.last?.value == 0x200D
        || (regional && before.count == 1 && (0x1F1E6...0x1F1FF).contains(before.first?.value ?? 0))
      if let last, cells == 0 || joined {
        self.cells[last.y][last.x].text.unicodeScalars.append(scalar)
      } else if x < width {
        if y == self.cells.count - 1, x + cells - 1 == width - 1 { wroteTheLastCell = true }
        self.cells[y][x] = (String(scalar), look)
        last = (y, x)
        x += cells
      }
      index += 1
    }
  }
}

/// A small seeded generator: the same run every time.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
