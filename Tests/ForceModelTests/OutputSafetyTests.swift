import Testing

@testable import ForceModel

/// No byte of data can act on a terminal from a report or a diff: controls and bidi overrides
/// become `�` (JSON keeps them, escaped), and a huge name is cut in tables, not padded to.
@Suite struct OutputSafetyTests {
  /// Kenya renamed to a hostile name: an ESC sequence, a right-to-left override, 10,000 more
  /// characters, and a family emoji at the cut.
  static let hostileName = "Ke\u{1B}]2;x\u{07}nya \u{202E}gnp.exe" + String(repeating: "w", count: 10_000) + "👩‍👩‍👧"

  static var hostileScenario: Scenario {
    var scenario = Scenario.haitiMSS
    scenario.contributors[0].country = hostileName
    return scenario
  }

  static func unsafeScalars(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter { $0 != 0x0A && $0 != 0x09 && TextSanitizer.isUnsafe($0) }
  }

  @Test(arguments: ReportFormat.allCases)
  func noReportFormatCarriesAControlOrABidiOverride(_ format: ReportFormat) {
    let scenario = Self.hostileScenario
    let text = format.render(Report(scenario: scenario, results: recalculate(scenario)))
    #expect(Self.unsafeScalars(in: text).isEmpty, "\(format)")
    #expect(TextSanitizer.cleanLines(text) == text)
  }

  @Test func jsonKeepsTheNameWholeButEscaped() throws {
    let scenario = Self.hostileScenario
    let text = ReportFormat.json.render(Report(scenario: scenario, results: recalculate(scenario)))
    #expect(text.contains(#"Ke\u001B]2;x\u0007nya \u202Egnp.exe"#))
  }

  @Test func theTextReportCutsALongNameInsteadOfPaddingToIt() {
    let scenario = Self.hostileScenario
    let text = ReportFormat.text.render(Report(scenario: scenario, results: recalculate(scenario)))
    let table = text.split(separator: "\n").filter {
      $0.contains("Pledged  Deployed") || $0.contains("  1,000     700+")
    }
    #expect(!table.isEmpty)
    for line in table { #expect(TextWidth.of(String(line)) < 200, "\(line.prefix(80))…") }
    #expect(text.contains("Ke�]2;x�nya �gnp.exewwwww"))
  }

  @Test func theDiffIsSanitisedToo() {
    let text = ScenarioDiff(baseline: .haitiMSS, changed: Self.hostileScenario).renderText(
      baselineName: "a\u{202E}b.yaml", changedName: "c\u{1B}[2J.yaml")
    #expect(Self.unsafeScalars(in: text).isEmpty)
    #expect(text.contains("a�b.yaml") && text.contains("c�[2J.yaml"))
  }

  /// Cutting text never splits a grapheme cluster: a family emoji at the limit stays whole or
  /// goes whole.
  @Test func cuttingNeverSplitsAnEmojiSequence() {
    let family = "👩‍👩‍👧"
    for limit in 1...6 {
      let cut = TextSanitizer.clean("abc" + family + "def", limit: limit)
      #expect(!cut.unicodeScalars.contains { $0.value == 0x200D } || cut.contains(family), "limit \(limit): \(cut)")
    }
    #expect(TextSanitizer.clean("ab" + family + "cd", limit: 4) == "ab" + family + "…")
  }

  @Test func multiLineTextKeepsItsLinesAndLosesItsEscapes() {
    #expect(TextSanitizer.cleanLines("one\ttwo\nthree\u{1B}[31m\u{9B}\u{2066}x\r") == "one\ttwo\nthree�[31m��x ")
    let plain = "plain text, ünïcode, 👩‍👩‍👧\n"
    #expect(TextSanitizer.cleanLines(plain) == plain)
  }
}
