import ForceModel
import Foundation
import Testing

@testable import Dashboard

@Suite struct GridTests {
  @Test func wideCharactersTakeTwoCellsAndCombiningMarksNone() {
    #expect(TextWidth.of("Kenya") == 5)
    #expect(TextWidth.of("ケニア") == 6)
    #expect(TextWidth.of("🇰🇪") == 2)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("👩‍👩‍👧") == 2)
    #expect(TextWidth.of("★◆▼✓") == 4)
  }

  @Test func truncationEndsWithAnEllipsisAndNeverSplitsACharacter() {
    #expect(TextWidth.truncate("Multinational", to: 6) == "Multi…")
    #expect(TextWidth.truncate("ケニアケニア", to: 6) == "ケニ…")
    #expect(TextWidth.of(TextWidth.truncate("ケニアケニア", to: 6)) == 5)
    #expect(TextWidth.truncate("short", to: 10) == "short")
    #expect(TextWidth.fit("ab", to: 4, alignRight: true) == "  ab")
  }

  @Test func aWideCharacterThatDoesNotFitIsNotDrawnInHalf() {
    var grid = Grid(width: 5, height: 1)
    let used = grid.put("abケニ", x: 0, y: 0)
    #expect(used == 4)
    #expect(grid.line(0) == "abケ ")
    var tight = Grid(width: 3, height: 1)
    tight.put("aケ", x: 1, y: 0, limit: 1)
    #expect(tight.line(0) == " a ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(width: 4, height: 1)
    grid.put("ケニ", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)
    #expect(grid.line(0) == " xニ")
  }

  @Test func bordersBarsAndLatinTextTakeOneCellPerScalarAndStillMindWideCharacters() {
    #expect(TextWidth.of("Japón ─│█▏▶▲≤€…") == 15)
    #expect(TextWidth.simple("Japón ─│█▏▶▲≤€…")?.cells == 15)
    #expect(TextWidth.simple("Japón ─│█▏▶▲≤€…")?.ascii == false)
    #expect(TextWidth.simple("Kenya 1,000")?.ascii == true)
    #expect(TextWidth.simple("e\u{301}") == nil, "a combining mark takes the full rules")
    #expect(TextWidth.simple("ケ") == nil)
    // Bars written over both halves of two wide characters: no half is left behind.
    var grid = Grid(width: 6, height: 1)
    grid.put("ケニア", x: 0, y: 0)
    grid.put("██", x: 1, y: 0)
    #expect(grid.line(0) == " ██ ア")
    // Padding is blank cells: a cut and padded field is exactly its width, left or right.
    var table = Grid(width: 8, height: 2)
    table.put("xxxxxxxx", x: 0, y: 0)
    table.put(fitting: "Japón", x: 1, y: 0, width: 7)
    table.put(fitting: "ケニアケニア", x: 0, y: 1, width: 8, alignRight: true)
    #expect(table.line(0) == "xJapón  ")
    #expect(table.line(1) == " ケニア…")
    // Cells compare their characters' bits first, and their text when the bits differ.
    #expect(Cell("\u{E9}") == Cell("e\u{301}"), "the same text written two ways")
    #expect(Cell("a") != Cell("b"))
    #expect(Cell("a") != Cell("a", style: Style(.dim)))
  }

  @Test func controlCharactersFromDataNeverReachTheGrid() {
    var grid = Grid(width: 20, height: 1)
    grid.put("a\u{1B}[2Jb\u{07}", x: 0, y: 0)
    #expect(grid.line(0).hasPrefix("a\u{FFFD}[2Jb\u{FFFD}"))
    #expect(!grid.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test func boxesKeepTheirBordersWhenTheTitleIsTooLong() {
    var grid = Grid(width: 12, height: 3)
    grid.box(grid.bounds, title: "A very long panel title", style: Style(), titleStyle: Style())
    #expect(grid.line(0).hasPrefix("┌─"))
    #expect(grid.line(0).hasSuffix("┐"))
    #expect(grid.line(0).contains("…"))
    #expect(grid.line(2) == "└──────────┘")
  }

  @Test func barsAndSparklines() {
    #expect(Glyphs.bar(0.5, width: 4).filled == "██")
    #expect(Glyphs.bar(0.5, width: 4).empty == "░░")
    #expect(Glyphs.bar(1, width: 3).filled == "███")
    #expect(Glyphs.bar(0.0625, width: 2).filled == "▏")
    #expect(Glyphs.bar(.nan, width: 2).filled == "")
    #expect(Glyphs.sparkline([0, 50, 100]) == "▁▅█")
  }

  @Test func everyScreenSizeFromTinyToHugeRendersWithoutCrashingOrOverflowing() {
    for (width, height) in [(1, 1), (20, 5), (59, 15), (60, 16), (80, 24), (109, 30), (110, 30), (200, 60), (400, 120)]
    {
      for focus in PanelID.allCases {
        var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: width, height: height)
        state.focus = focus
        let grid = render(state)
        #expect(grid.width == width && grid.height == height)
        for row in 0..<height { #expect(TextWidth.of(grid.line(row)) == width) }
      }
    }
  }
}

@Suite struct ThemeTests {
  @Test func everyBuiltInThemeParsesAndCoversEveryRole() {
    #expect(BuiltInThemes.all.map(\.name) == ["default", "light", "high-contrast", "colorblind", "mono"])
    for theme in BuiltInThemes.all where theme.name != "mono" {
      for role in ThemeRole.allCases { #expect(theme.entries[role] != nil, "\(theme.name) lacks \(role)") }
    }
  }

  @Test func noThemeDrawsBoldBlackWhichTerminalsShowAsGrey() {
    for theme in BuiltInThemes.all {
      for role in ThemeRole.allCases {
        for reverse in [false, true] {
          let entry = theme.resolve(Style(role, bold: true, reverse: reverse))
          let shown = entry.reverse ? entry.background : entry.foreground
          #expect(!(entry.bold && shown == .index(0)), "\(theme.name) \(role) reverse \(reverse)")
        }
      }
    }
  }

  @Test func aThemeThatSetsItsBackgroundSetsItEverywhere() throws {
    for name in ["light", "high-contrast"] {
      let theme = try #require(BuiltInThemes.named(name))
      for role in ThemeRole.allCases {
        #expect(theme.entry(role).background != .terminalDefault, "\(name) \(role)")
        #expect(theme.entry(role).foreground != .terminalDefault, "\(name) \(role)")
      }
    }
  }

  @Test func eightColourTerminalsKeepBordersAndDimText() {
    for theme in BuiltInThemes.all where theme.name != "mono" {
      for role in [ThemeRole.border, .dim, .barEmpty] {
        let colors = theme.entry(role).colors(at: .c8)
        let background = colors.background ?? .terminalDefault
        let foreground = colors.foreground
        #expect(foreground != background, "\(theme.name) \(role) vanishes at 8 colours")
        if background == .terminalDefault || background == .index(0) {
          #expect(foreground != .index(0), "\(theme.name) \(role) is black on black at 8 colours")
        }
      }
    }
  }

  @Test func atEightColoursAGreyIsWhiteOrBlackNeverAHue() {
    #expect(ThemeColor.index(240).downgraded(to: .c8) == .index(7))
    #expect(ThemeColor.index(233).downgraded(to: .c8) == .index(0))
    #expect(ThemeColor.index(160).downgraded(to: .c8) == .index(1), "a red stays red")
  }

  @Test func aThemeFileSaysWhereTCyclesToIt() throws {
    let text = "name = \"night\"\norder = 0\n[normal]\nfg = \"white\"\n"
    #expect(try ThemeParser.parse(text, file: "night.toml").order == 0)
    #expect(try ThemeParser.parse("name = \"x\"\n", file: "x.toml").order == nil)
    #expect(throws: ThemeParser.Problem.self) { try ThemeParser.parse("name = \"x\"\norder = first\n", file: "x.toml") }
  }

  @Test func theEmbeddedThemesAreTheFilesInThemes() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Themes").filter {
      $0.hasSuffix(".toml")
    }
    #expect(Set(BuiltInThemes.sources.map { $0.name + ".toml" }) == Set(files), "every file, and only those")
    for (name, text) in BuiltInThemes.sources {
      let file = try String(contentsOfFile: packageRoot + "/Themes/\(name).toml", encoding: .utf8)
      #expect(
        file.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
        "the build embeds Themes/\(name).toml as it is")
    }
  }

  @Test func theMonoThemeUsesNoColourAndStillMarksTheSelection() throws {
    let mono = try #require(BuiltInThemes.named("mono"))
    for role in ThemeRole.allCases {
      #expect(mono.entry(role).foreground == .terminalDefault)
      #expect(mono.entry(role).background == .terminalDefault)
    }
    #expect(mono.entry(.selected).reverse)
  }

  @Test func theColourblindThemeNeverUsesRedOrGreen() throws {
    let theme = try #require(BuiltInThemes.named("colorblind"))
    let forbidden: Set<ThemeColor> = [.index(1), .index(2), .index(9), .index(10)]
    for role in ThemeRole.allCases {
      #expect(!forbidden.contains(theme.entry(role).foreground))
      #expect(!forbidden.contains(theme.entry(role).background))
    }
    #expect(theme.entry(.ok).foreground != theme.entry(.shortfall).foreground)
  }

  @Test func coloursDowngradeToWhatTheTerminalHas() {
    let orange = ThemeColor.rgb(0xE6, 0x9F, 0x00)
    #expect(orange.downgraded(to: .trueColor) == orange)
    #expect(orange.downgraded(to: .c256) == .index(178))
    #expect(orange.downgraded(to: .c16) == .index(3))
    #expect(orange.downgraded(to: .c8) == .index(3))
    #expect(orange.downgraded(to: .mono) == nil)
    #expect(ThemeColor.index(9).downgraded(to: .c8) == .index(1))
    #expect(ThemeColor.index(39).downgraded(to: .c16) == .index(6))
    #expect(ThemeColor.terminalDefault.downgraded(to: .c8) == .terminalDefault)
    #expect(ColorDepth(colors: 256, colorTerm: "truecolor") == .trueColor)
    #expect(ColorDepth(colors: 8, colorTerm: nil) == .c8)
    #expect(ColorDepth(colors: 0, colorTerm: nil) == .mono)
  }

  @Test func aBadThemeFileNamesTheFileLineAndKey() {
    func problem(_ text: String) -> String {
      do {
        _ = try ThemeParser.parse(text, file: "mine.toml")
        return "accepted"
      } catch {
        return error.description
      }
    }
    #expect(
      problem("name = \"x\"\n[selected]\nfg = \"purple-ish\"")
        == "mine.toml:3: 'fg': 'purple-ish' is not a colour; use a name (red, bright_blue, default), 0-255 or #rrggbb")
    #expect(problem("name = \"x\"\n[selectd]") == "mine.toml:2: 'selectd': unknown role; did you mean 'selected'?")
    #expect(problem("name = \"x\"\n[ok]\nfgg = 1") == "mine.toml:3: 'fgg': unknown key; did you mean 'fg'?")
    #expect(problem("name = \"x\"\n[ok]\nbold = yes") == "mine.toml:3: 'bold': expected true or false")
    #expect(problem("[ok]\nfg = 1") == "mine.toml:1: 'name': the theme has no name; add name = \"…\" at the top")
    #expect(problem("name = \"x\"\n[ok\n") == "mine.toml:2: a section header needs a closing ']'")
  }

  @Test func aThemeFileAcceptsHexColoursAndComments() throws {
    let theme = try ThemeParser.parse(
      "name = \"mine\" # comment\n[bar]\nfg = #56b4e9\nbg = \"#000000\" # black\n", file: "t.toml")
    #expect(theme.entry(.bar).foreground == .rgb(0x56, 0xB4, 0xE9))
    #expect(theme.entry(.bar).background == .rgb(0, 0, 0))
  }

  @Test func ansiSnapshotsCarryTheThemeColours() {
    var grid = Grid(width: 3, height: 1)
    grid.put("ok", x: 0, y: 0, style: Style(.ok))
    let text = ANSIWriter.render(grid, theme: BuiltInThemes.standard, depth: .c256)
    #expect(text.hasPrefix("\u{1B}[0;32;49mok"))
    #expect(text.hasSuffix("\u{1B}[0m\n"))
  }

  @Test func everyStyleHasANumberOfItsOwn() {
    var seen = Set<Int>()
    for (place, role) in ThemeRole.allCases.enumerated() {
      for bold in [false, true] {
        for underline in [false, true] {
          for reverse in [false, true] {
            let number = Style(role, bold: bold, underline: underline, reverse: reverse).number
            #expect(number >> 3 == place, "\(role)")
            #expect(number < Style.numbers)
            seen.insert(number)
          }
        }
      }
    }
    #expect(seen.count == Style.numbers)
  }
}
