import Testing

@testable import ForceModel

/// A long funding list is read in two halves on two threads, and a JSON one a batch of lines at a
/// time, each parsed alone (deferred): what is read, and every problem found with its place and
/// in its order, are the same as reading the whole tape on one thread.
@Suite struct SplitReadingTests {
  /// Reads `text` with the lines split from `splitAt` on: the scenario, or the problems.
  func read(_ text: String, splitAt: Int, defers: Bool = false) throws -> (scenario: Scenario?, problems: [String]) {
    let bytes = Array(text.utf8)
    let document = try ScenarioText.document(bytes: bytes, file: "s.json", defersFunding: defers)
    let decoder = ScenarioDecoder(file: "s.json", document: document)
    decoder.linesSplitAt = splitAt
    let scenario = decoder.decode(document.root)
    return (scenario, decoder.diagnostics.map(\.description))
  }

  @Test func aValidFileReadsToTheSameScenarioEitherWay() throws {
    let scenario = Scenario.synthetic(contributors: 12, fundingLines: 301, seed: 11)
    let text = ScenarioFile.encode(scenario, as: .json)
    for defers in [false, true] {
      let split = try read(text, splitAt: 2, defers: defers)
      #expect(split.problems.isEmpty)
      #expect(split.scenario == scenario)
      #expect(try read(text, splitAt: .max, defers: defers).scenario == scenario)
    }
  }

  @Test func problemsInBothHalvesAreReportedInTheFilesOrderEitherWay() throws {
    let scenario = Scenario.synthetic(contributors: 12, fundingLines: 300, seed: 5)
    var lines = ScenarioFile.encode(scenario, as: .json).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    // A misspelt stage (a flow not read), a source nobody lists, a line with no donor, a
    // repeated line id and an unknown currency: early, in the middle and late in the list.
    let stages = lines.indices.filter { lines[$0].contains("\"stage\": \"pledge\"") }
    let sources = lines.indices.filter { lines[$0].contains("\"sources\": [\"SYN-") }
    let donors = lines.indices.filter { lines[$0].contains("\"donor\": ") }
    let ids = lines.indices.filter { lines[$0].contains("\"id\": \"line-") }
    try #require(stages.count > 200 && sources.count > 200 && donors.count > 200 && ids.count > 200)
    for index in [stages[3], stages[150], stages[290]] {
      lines[index] = lines[index].replacing("\"pledge\"", with: "\"pledgd\"")
    }
    for index in [sources[10], sources[sources.count - 5]] {
      lines[index] = lines[index].replacing("\"SYN-", with: "\"NOPE-")
    }
    for index in [donors[20], donors[260]] { lines[index] = lines[index].replacing("\"donor\"", with: "\"doner\"") }
    lines[ids[280]] = lines[ids[7]]
    let spent = lines.indices.filter { lines[$0].contains("\"stage\": \"spent\"") }
    let currencies = lines.indices.filter { lines[$0].contains("\"currency\": \"") }
    try #require(spent.count > 200 && currencies.count > 200)
    lines[spent[5] + 1] = "\"amount\": 999999999999,"
    lines[spent[240] + 1] = "\"amount\": 999999999999,"
    lines[currencies[250]] = "\"currency\": \"GBX\","
    let text = lines.joined(separator: "\n")
    let whole = try read(text, splitAt: .max)
    #expect(whole.scenario == nil)
    #expect(whole.problems.count >= 12)
    for (splitAt, defers) in [(2, false), (2, true), (Int.max, true)] {
      let other = try read(text, splitAt: splitAt, defers: defers)
      #expect(other.scenario == nil)
      #expect(other.problems == whole.problems)
    }
  }

  @Test func aDeferredListKeepsOnlyWhereEachLineStarts() throws {
    let text = ScenarioFile.encode(Scenario.synthetic(contributors: 5, fundingLines: 40, seed: 2), as: .json)
    let whole = try ScenarioText.document(bytes: Array(text.utf8), file: "s.json")
    let deferred = try ScenarioText.document(bytes: Array(text.utf8), file: "s.json", defersFunding: true)
    // The tape holds everything but the lines' nodes.
    let wholeList = try #require(whole.entries(whole.root).first { whole.string($0.key) == "funding" }?.value)
    #expect(deferred.count == whole.count - (whole.end(wholeList) - wholeList.index - 1))
    let funding = deferred.entries(deferred.root).first { deferred.string($0.key) == "funding" }?.value
    let list = try #require(funding)
    let offsets = try #require(deferred.deferredElements(list))
    #expect(offsets.count == 40 && deferred.childCount(list) == 40)
    // Each offset is where a line's mapping opens.
    #expect(offsets.allSatisfy { Array(text.utf8)[Int($0)] == UInt8(ascii: "{") })
  }

  /// The problem reading `bytes` reports: a deferred list's lines are stepped over and parsed
  /// by their reader, yet the first problem is the one a whole parse finds.
  func problem(_ bytes: [UInt8], defers: Bool) -> String {
    do {
      if defers {
        _ = try ScenarioFile.decode(bytes: bytes, file: "s.json")
      } else {
        _ = try ScenarioText.document(bytes: bytes, file: "s.json")
      }
      return "none"
    } catch {
      return error.diagnostics.map(\.description).joined(separator: "\n")
    }
  }

  @Test func aLineThatIsNotJSONIsReportedWhereAWholeParseFindsIt() throws {
    let text = ScenarioFile.encode(Scenario.synthetic(contributors: 5, fundingLines: 40, seed: 2), as: .json)
    let deferred = try ScenarioText.document(bytes: Array(text.utf8), file: "s.json", defersFunding: true)
    let list = try #require(deferred.entries(deferred.root).first { deferred.string($0.key) == "funding" }?.value)
    let offsets = try #require(deferred.deferredElements(list)).map { Int($0) }
    let bytes = Array(text.utf8)
    /// The text with `insert` written just inside line `line` (after its opening brace).
    func broken(_ line: Int, _ insert: String, after: Int = 1) -> [UInt8] {
      Array(bytes[..<(offsets[line] + after)]) + Array(insert.utf8) + Array(bytes[(offsets[line] + after)...])
    }
    let cases: [(bytes: [UInt8], says: String)] = [
      (broken(30, "\"id\" 1,"), "expected ':' after the key"),
      (broken(3, "\"id\": \"again\","), "duplicate key"),
      (broken(12, "\"x\": [1, 2,"), "expected"),
      (broken(20, "\"x\": \"tab\there\","), "string"),
      (broken(39, "\"x\": 12x,"), "expected"),
      (broken(25, "\"x\": \"a ] } [ { \\\" b\", \"y\": 1}, {"), "none"),
      // A line closed early: the rest of it reads as text between lines.
      (broken(8, "}"), "expected"),
      // Two problems: the first in the text is the one named.
      (broken(5, "\"x\": tru,") + Array("\n}".utf8), "unknown word"),
    ]
    for (broken, says) in cases {
      let whole = problem(broken, defers: false)
      let stepped = problem(broken, defers: true)
      if says == "none" {
        #expect(whole == "none")
        #expect(!stepped.contains("s.json:") || stepped.contains("unknown key"))
      } else {
        #expect(whole.contains(says), "\(whole)")
        #expect(stepped == whole)
      }
    }
  }

  @Test func aLineStepsOverWhatLooksLikeStructureInsideItsStrings() throws {
    var scenario = Scenario.synthetic(contributors: 4, fundingLines: 30, seed: 3)
    scenario.funding[10].donor = "Donor \"A\" [with] {brackets}, \\ and a ]"
    scenario.funding[11].donor = String(repeating: "\\", count: 9) + "\""
    let text = ScenarioFile.encode(scenario, as: .json)
    #expect(try ScenarioFile.decode(bytes: Array(text.utf8), file: "s.json") == scenario)
  }
}
