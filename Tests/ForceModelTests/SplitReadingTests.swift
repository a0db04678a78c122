import Testing

@testable import ForceModel

/// A long funding list is read in two halves on two threads: what is read, and every problem
/// found with its place and in its order, are the same as reading it on one.
@Suite struct SplitReadingTests {
  /// Reads `text` with the lines split from `splitAt` on: the scenario, or the problems.
  func read(_ text: String, splitAt: Int) throws -> (scenario: Scenario?, problems: [String]) {
    let bytes = Array(text.utf8)
    let document = try ScenarioText.document(bytes: bytes, file: "s.json")
    let decoder = ScenarioDecoder(file: "s.json", document: document)
    decoder.linesSplitAt = splitAt
    let scenario = decoder.decode(document.root)
    return (scenario, decoder.diagnostics.map(\.description))
  }

  @Test func aValidFileReadsToTheSameScenarioEitherWay() throws {
    let scenario = Scenario.synthetic(contributors: 12, fundingLines: 301, seed: 11)
    let text = ScenarioFile.encode(scenario, as: .json)
    let split = try read(text, splitAt: 2)
    #expect(split.problems.isEmpty)
    #expect(split.scenario == scenario)
    #expect(try read(text, splitAt: .max).scenario == scenario)
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
    let split = try read(text, splitAt: 2)
    let whole = try read(text, splitAt: .max)
    #expect(split.scenario == nil && whole.scenario == nil)
    #expect(split.problems.count >= 12)
    #expect(split.problems == whole.problems)
  }
}
