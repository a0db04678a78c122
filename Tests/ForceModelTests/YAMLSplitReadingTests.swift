import Testing

@testable import ForceModel

/// A large YAML file's funding list is cut out and parsed in two halves on two threads
/// (`YAMLFundingSplit`): what is read, and every problem with its line, column and order, is
/// what reading the file whole finds.
@Suite struct YAMLSplitReadingTests {
  /// What reading `text` gives — the scenario, or its problems — split from `splitFrom` bytes.
  func read(_ text: String, splitFrom: Int) -> Result<Scenario, ScenarioFileError> {
    Result { () throws(ScenarioFileError) in
      try ScenarioFile.decode(bytes: Array(text.utf8), file: "s.yaml", splitsYAMLFrom: splitFrom)
    }
  }

  /// Reads `text` split and whole, and expects the same outcome; returns the whole one.
  @discardableResult
  func expectSameEitherWay(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Result<
    Scenario, ScenarioFileError
  > {
    let whole = read(text, splitFrom: .max)
    let split = read(text, splitFrom: 1)
    switch (whole, split) {
    case (.success(let a), .success(let b)): #expect(a == b, sourceLocation: sourceLocation)
    case (.failure(let a), .failure(let b)):
      #expect(a.diagnostics.map(\.description) == b.diagnostics.map(\.description), sourceLocation: sourceLocation)
    default: Issue.record("read whole: \(whole); split: \(split)", sourceLocation: sourceLocation)
    }
    return whole
  }

  static let scenario = Scenario.synthetic(contributors: 6, fundingLines: 120, seed: 4)
  static let text = ScenarioFile.encode(scenario, as: .yaml)
  static var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

  @Test func aValidFileIsSplitAndReadsToTheSameScenario() throws {
    let split = try #require(YAMLFundingSplit(Array(Self.text.utf8), minimumBytes: 1))
    #expect(split.halves.count == 2 && split.rest.count < Self.text.utf8.count)
    // Each half starts on an item's line, numbered as in the file.
    for half in split.halves {
      let line = Self.lines[half.firstLine - 1]
      #expect(line.hasPrefix("  - id: "), "\(line)")
    }
    #expect(try expectSameEitherWay(Self.text).get() == Self.scenario)
  }

  @Test func problemsInBothHalvesAreReportedWhereTheyAreAndInOrder() throws {
    var lines = Self.lines
    let stages = lines.indices.filter { lines[$0].contains("stage: pledge") }
    let donors = lines.indices.filter { lines[$0].hasPrefix("    donor: ") }
    let ids = lines.indices.filter { lines[$0].hasPrefix("  - id: ") }
    try #require(stages.count > 100 && donors.count > 100)
    for index in [stages[3], stages[100]] { lines[index] = lines[index].replacing("pledge", with: "pledgd") }
    for index in [donors[10], donors[110]] { lines[index] = lines[index].replacing("donor:", with: "doner:") }
    lines[ids[115]] = lines[ids[2]]
    let failure = expectSameEitherWay(lines.joined(separator: "\n"))
    guard case .failure(let error) = failure else {
      Issue.record("expected problems")
      return
    }
    #expect(error.diagnostics.count >= 5)
    #expect(error.diagnostics.contains { $0.description.contains("duplicate funding line id") })
  }

  @Test func aHalfThatDoesNotParseIsReadWholeAndReportedAsAWholeReadReportsIt() {
    let lines = Self.lines
    let ids = lines.indices.filter { lines[$0].hasPrefix("  - id: ") }
    func with(_ index: Int, _ line: String) -> String {
      var changed = lines
      changed.insert(line, at: index + 1)
      return changed.joined(separator: "\n")
    }
    let cases = [
      with(ids[90], "    id: \"again\""),
      with(ids[20], "    purpose: \"not closed"),
      with(ids[100], "\tpurpose: tab"),
      with(ids[80], "    purpose: *nowhere"),
      // An anchor in the first half that the second half's alias repeats.
      with(ids[10], "    purpose: &said \"said once\"").replacing(
        "  - id: \"line-100\"", with: "  - id: \"line-100\"\n    purpose: *said"),
    ]
    for text in cases { expectSameEitherWay(text) }
  }

  @Test func listsNotInTheBlockLayoutAreNotSplitAndStillRead() throws {
    let flow = Self.text.replacing(#/funding:\n/#, with: "funding: # a comment\n\n")
    #expect(YAMLFundingSplit(Array(flow.utf8), minimumBytes: 1) != nil, "a comment and a blank line are fine")
    expectSameEitherWay(flow)
    // Items at the key's own indentation split too.
    let flush = Self.lines.map { $0.hasPrefix("  - id: ") ? String($0.dropFirst(2)) : $0 }
    var inList = false
    let flushText = flush.map { line -> String in
      if line == "funding:" { inList = true } else if !line.hasPrefix(" ") && !line.hasPrefix("- ") { inList = false }
      return inList && line.hasPrefix("    ") ? String(line.dropFirst(2)) : line
    }.joined(separator: "\n")
    #expect(YAMLFundingSplit(Array(flushText.utf8), minimumBytes: 1) != nil)
    #expect(try expectSameEitherWay(flushText).get() == Self.scenario)
    // Windows line ends split; a lone carriage return, which libyaml counts as a line end, does not.
    let crlf = Self.text.replacing("\n", with: "\r\n")
    #expect(YAMLFundingSplit(Array(crlf.utf8), minimumBytes: 1) != nil)
    #expect(try expectSameEitherWay(crlf).get() == Self.scenario)
    let loneCR = Self.text.replacing("    donor: \"Synthetic donor 1\"\n", with: "    donor: \"Synthetic donor 1\"\r")
    #expect(YAMLFundingSplit(Array(loneCR.utf8), minimumBytes: 1) == nil)
    expectSameEitherWay(loneCR)
    // A list written in flow style is not split.
    let inline = Self.text.replacing(#/funding:\n(  - .*\n|    .*\n|      .*\n)*/#, with: "funding: []\n")
    #expect(YAMLFundingSplit(Array(inline.utf8), minimumBytes: 1) == nil)
    expectSameEitherWay(inline)
  }

  @Test func aProblemAfterTheListKeepsItsLine() throws {
    let text = Self.text.replacing("assumptions:\n", with: "assumptions:\n  colour: red\n")
    guard case .failure(let error) = expectSameEitherWay(text) else {
      Issue.record("expected a problem")
      return
    }
    let line = try #require(Self.lines.firstIndex(of: "assumptions:")) + 2
    #expect(error.diagnostics.first?.description.contains("s.yaml:\(line):") == true, "\(error)")
  }
}
