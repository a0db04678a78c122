import Testing

@testable import ForceModel

/// The tape both syntaxes read into: the same values from YAML and JSON, positions worked out
/// only when asked for and exactly where a reader looks, duplicates found in small and large
/// mappings, and YAML's aliases repeating whole subtrees.
@Suite struct DocumentTapeTests {
  func json(_ text: String) throws -> Document { try JSONDocumentParser.parse(Array(text.utf8), file: "t.json") }
  func yaml(_ text: String) throws -> Document { try YAMLDocumentParser.parse(Array(text.utf8), file: "t.yaml") }

  @Test func theSameScenarioReadsToTheSameValuesFromBothSyntaxes() throws {
    let scenario = Scenario.synthetic(contributors: 30, fundingLines: 200, seed: 7)
    let fromJSON = try json(ScenarioFile.encode(scenario, as: .json))
    let fromYAML = try yaml(ScenarioFile.encode(scenario, as: .yaml))
    #expect(DocumentWriter.json(fromJSON.tree) == DocumentWriter.json(fromYAML.tree))
    #expect(
      try ScenarioFile.decode(bytes: Array(ScenarioFile.encode(scenario, as: .json).utf8), file: "s.json") == scenario)
  }

  @Test func aPositionIsWhereTheValueStartsEvenWithEscapesAndWideCharacters() throws {
    let document = try json("{\n  \"é\": \"a\\tb\",\n  \"k\": [1, null, \"x\"]\n}")
    let entries = document.entries(document.root)
    #expect(document.mark(entries[0].key) == Mark(line: 2, column: 3))
    #expect(document.mark(entries[0].value) == Mark(line: 2, column: 8))
    #expect(document.string(entries[0].value) == "a\tb")
    var items: [Document.Node] = []
    document.forEachChild(entries[1].value) { items.append($0) }
    #expect(
      items.map(document.mark) == [Mark(line: 3, column: 9), Mark(line: 3, column: 12), Mark(line: 3, column: 18)])
    #expect(items.map(document.kind) == [.scalar, .null, .quoted])
  }

  @Test func aValidJSONFileKeepsNoPositionsAndFindsEachAgainWhenAsked() throws {
    let text = ScenarioFile.encode(Scenario.synthetic(contributors: 20, fundingLines: 100, seed: 3), as: .json)
    let bytes = Array(text.utf8)
    let lean = try json(text)
    #expect(!lean.keepsPositions && lean.positions.isEmpty)
    let offsets = JSONDocumentParser.positions(of: bytes)
    #expect(offsets.count == lean.count)
    for index in stride(from: 0, to: lean.count, by: 7) {
      let node = Document.Node(index: index)
      let offset = Int(offsets[index])
      #expect(lean.offset(node) == offset)
      #expect(lean.mark(node) == ScenarioText.mark(ofByte: offset, in: bytes))
      // Each node's offset is where its value starts: a quote, a bracket, a digit, a letter.
      #expect("\"{[-0123456789tfn".utf8.contains(bytes[offset]))
    }
  }

  @Test func aDuplicateKeyIsFoundInSmallAndLargeMappings() {
    for count in [3, 40] {
      let keys = (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
      let text = "{\(keys), \"k1\": 9}"
      #expect {
        try json(text)
      } throws: { error in
        (error as? ScenarioDiagnostic)?.message == "duplicate key 'k1' (first at line 1)"
      }
      let yamlKeys = (0..<count).map { "k\($0): \($0)" }.joined(separator: "\n")
      #expect {
        try yaml(yamlKeys + "\nk1: 9\n")
      } throws: { error in
        let diagnostic = error as? ScenarioDiagnostic
        return diagnostic?.message == "duplicate key 'k1' (first at line 2)" && diagnostic?.mark.line == count + 1
      }
    }
  }

  @Test func anAliasRepeatsAWholeMappingAtItsOwnPlace() throws {
    let document = try yaml("a: &x {b: [1, 2], c: d}\ne: *x\nf: 3\n")
    let entries = document.entries(document.root)
    #expect(entries.map { document.string($0.key) } == ["a", "e", "f"])
    #expect(
      DocumentWriter.json(document.tree(entries[0].value)) == DocumentWriter.json(document.tree(entries[1].value)))
    #expect(document.mark(entries[1].value) == Mark(line: 2, column: 4))
    #expect(document.string(entries[2].value) == "3")
  }

  @Test func datesAreReadFromBytesAsStrictlyAsBefore() {
    #expect(AsOf("2025") == AsOf(year: 2025))
    #expect(AsOf("2025-03") == AsOf(year: 2025, month: 3))
    #expect(AsOf("2024-02-29") == AsOf(year: 2024, month: 2, day: 29))
    for bad in ["2025-02-29", "2025-13", "2025-3", "25-03-01", "2025-03-01x", "", "1899", "2025/03/01"] {
      #expect(AsOf(bad) == nil, "\(bad)")
    }
    var date = AsOf(year: 2025, month: 3, day: 12)
    date.day = nil
    date.month = 11
    #expect(date.description == "2025-11" && date < AsOf(year: 2025, month: 12))
  }
}
