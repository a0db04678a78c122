import Foundation
import ScenarioStore
import Testing

@testable import ForceModel

/// Every kind of bad scenario file is rejected whole, with `file:line:column`, what is wrong and
/// a hint.
@Suite struct BadInputTests {
  static let valid = """
    schema: 1
    mission:
      name: "Test mission"
      lead_nation: "Kenya"
    strength:
      planned: 2500
    contributors:
      - country: "Kenya"
        iso: "KEN"
        deployed: {value: 700, qualifier: at_least, sources: ["A"]}
    funding:
      - id: "f1"
        donor: "United States"
        channel: bilateral
        status: committed
        amount: 150000000
    assumptions:
      cost_per_officer_year: 240000
    sources:
      - id: "A"
        title: "Article"

    """

  /// The diagnostics for `text`; fails the test if the text was accepted.
  func diagnostics(_ text: String, file: String = "bad.yaml") -> [ScenarioDiagnostic] {
    diagnostics(bytes: Array(text.utf8), file: file)
  }

  func diagnostics(bytes: [UInt8], file: String = "bad.yaml") -> [ScenarioDiagnostic] {
    do {
      _ = try ScenarioFile.decode(bytes: bytes, file: file)
      Issue.record("the file was accepted")
      return []
    } catch {
      return error.diagnostics
    }
  }

  func replacing(_ old: String, with new: String) -> String {
    precondition(Self.valid.contains(old))
    return Self.valid.replacingOccurrences(of: old, with: new)
  }

  func expectOne(
    _ text: String, at position: String, _ message: String, hint: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let found = diagnostics(text)
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    guard let first = found.first else { return }
    #expect(first.description.hasPrefix("bad.yaml:\(position): "), "\(first)", sourceLocation: sourceLocation)
    #expect(first.message.contains(message), "\(first)", sourceLocation: sourceLocation)
    if let hint { #expect(first.hint?.contains(hint) == true, "\(first)", sourceLocation: sourceLocation) }
  }

  @Test func theValidFileIsAccepted() throws {
    let scenario = try ScenarioFile.decode(bytes: Array(Self.valid.utf8), file: "ok.yaml")
    #expect(scenario.contributors.first?.deployed == HeadCount(700, .atLeast, sources: ["A"]))
    #expect(recalculate(scenario).shortfall(.planned)?.count == 1_800)
  }

  @Test func yamlSyntaxError() {
    let found = diagnostics(replacing("  name: \"Test mission\"", with: "  name: \"Test mission"))
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("YAML syntax:") == true)
    #expect(found.first?.mark.line ?? 0 >= 3)
  }

  @Test func yamlBadIndentation() {
    let found = diagnostics(replacing("  lead_nation: \"Kenya\"", with: "   lead_nation: \"Kenya\""))
    #expect(found.first?.message.hasPrefix("YAML syntax:") == true)
    #expect(found.first?.mark.line == 4)
  }

  @Test func wrongTypes() {
    expectOne(
      replacing("planned: 2500", with: "planned: \"2500\""), at: "6:12", "expected a number", hint: "without quotes")
    expectOne(replacing("planned: 2500", with: "planned: [1, 2]"), at: "6:12", "expected a number")
    expectOne(
      replacing("  name: \"Test mission\"", with: "  name: {first: 1}"), at: "3:9", "expected text, found a mapping")
    expectOne(
      replacing("    donor: \"United States\"\n", with: "    donor: \"United States\"\n    counted: maybe\n"),
      at: "14:14", "expected true or false")
  }

  /// Earlier figures are earlier: a level's or a pledge's latest figure is the one stated as the
  /// level or the pledge, and history holds what it replaced.
  @Test func anEarlierFigureDatedLaterIsRefused() {
    expectOne(
      replacing(
        "  planned: 2500\n",
        with:
          "  planned: {value: 2500, as_of: \"2024-06\"}\n  history:\n    - {level: planned, figure: {value: 5500, as_of: \"2025-09-30\"}}\n"
      ),
      at: "8:7", "is dated after strength.planned", hint: "the latest figure goes under strength.planned")
    expectOne(
      replacing("  planned: 2500\n", with: "  planned: 2500\n  history:\n    - {level: target, figure: 5000}\n"),
      at: "8:7", "strength.target is not set")
    expectOne(
      replacing(
        "    iso: \"KEN\"\n",
        with:
          "    iso: \"KEN\"\n    pledged: {value: 1000, as_of: \"2023-07-30\"}\n    earlier_pledges: [{value: 800, as_of: \"2024-01\"}]\n"
      ),
      at: "11:23", "a pledge dated after the row's pledged figure")
  }

  @Test func thousandsSeparatorsGetAHint() {
    expectOne(replacing("planned: 2500", with: "planned: 2,500"), at: "6:12", "expected a number", hint: "not 1,200")
  }

  @Test func unknownKeyWithDidYouMean() {
    let misspelt = diagnostics(replacing("  name: \"Test mission\"", with: "  nmae: \"Test mission\""))
    #expect(
      misspelt.map(\.description) == [
        "bad.yaml:3:3: unknown key 'nmae' in mission (hint: did you mean 'name'?)",
        "bad.yaml:3:3: mission is missing 'name' (hint: add 'name:' here)",
      ])
    let found = diagnostics(
      replacing("  lead_nation: \"Kenya\"", with: "  lead_nation: \"Kenya\"\n  lead_nations: \"x\""))
    #expect(found.count == 1)
    #expect(
      found.first?.description
        == "bad.yaml:5:3: unknown key 'lead_nations' in mission (hint: did you mean 'lead_nation'?)")
    expectOne(
      replacing("    status: committed", with: "    status: pledgd"), at: "15:13", "unknown value 'pledgd'",
      hint: "did you mean 'pledged'?")
  }

  @Test func negativeHeadCount() {
    expectOne(replacing("planned: 2500", with: "planned: -3"), at: "6:12", "negative head count -3", hint: "0 or more")
  }

  @Test func fractionalHeadCount() {
    expectOne(
      replacing("planned: 2500", with: "planned: 2500.5"), at: "6:12", "fractional head count",
      hint: "no fraction of an officer")
    expectOne(replacing("{value: 700,", with: "{value: 700.25,"), at: "10:23", "fractional head count")
  }

  @Test func wholeNumbersWrittenAsDecimalsAreAccepted() throws {
    let scenario = try ScenarioFile.decode(
      bytes: Array(replacing("planned: 2500", with: "planned: 2.5e3").utf8), file: "ok.yaml")
    #expect(scenario.strength.planned?.value == 2_500)
  }

  @Test func overflow() {
    expectOne(replacing("amount: 150000000", with: "amount: 1e400"), at: "16:13", "overflows")
    expectOne(replacing("amount: 150000000", with: "amount: 2000000000000000"), at: "16:13", "overflows")
    expectOne(replacing("planned: 2500", with: "planned: 99999999999999999999999"), at: "6:12", "overflows")
    expectOne(replacing("planned: 2500", with: "planned: 20000000"), at: "6:12", "overflows")
  }

  @Test func notANumberAndInfinity() {
    expectOne(replacing("amount: 150000000", with: "amount: .nan"), at: "16:13", "NaN or infinity")
    expectOne(replacing("amount: 150000000", with: "amount: .inf"), at: "16:13", "NaN or infinity")
    expectOne(replacing("amount: 150000000", with: "amount: -.inf"), at: "16:13", "NaN or infinity")
  }

  @Test func negativeAmount() {
    expectOne(
      replacing("amount: 150000000", with: "amount: -13300000"), at: "16:13", "negative amount", hint: "own line")
  }

  @Test func duplicateCountries() {
    let text = replacing("funding:", with: "  - country: \"kenya\"\n    deployed: 5\nfunding:")
    expectOne(text, at: "11:5", "duplicate country 'kenya' (first at line 8)")
  }

  @Test func duplicateKeys() {
    let found = diagnostics(replacing("  lead_nation: \"Kenya\"", with: "  lead_nation: \"Kenya\"\n  name: \"Again\""))
    #expect(found.count == 1)
    #expect(found.first?.message.contains("duplicate key") == true)
  }

  @Test func sourceThatResolvesNowhere() {
    expectOne(
      replacing("sources: [\"A\"]", with: "sources: [\"B\"]"), at: "10:59", "source 'B' is not in the sources list",
      hint: "add it under 'sources'")
    expectOne(
      replacing("sources: [\"A\"]", with: "sources: [\"a\"]"), at: "10:59", "source 'a'", hint: "did you mean 'A'?")
  }

  @Test func unknownCurrency() {
    expectOne(
      replacing("    amount: 150000000", with: "    amount: 150000000\n    currency: USS"), at: "17:15",
      "unknown currency 'USS'", hint: "did you mean 'USD'?")
  }

  @Test func unsupportedSchemaVersion() {
    expectOne(
      replacing("schema: 1", with: "schema: 3"), at: "1:9", "unsupported schema version 3", hint: "reads schemas 1 to 2"
    )
    expectOne(replacing("schema: 1\n", with: ""), at: "1:1", "missing 'schema'")
  }

  /// A schema 2 file with periods and flows, every part valid.
  static let validFlows = """
    schema: 2
    mission:
      name: "Test mission"
      lead_nation: "Kenya"
      as_of: "2025-03"
      periods:
        - {id: "p1", decision: "Resolution 1", start: "2023-10-02", end: "2024-10-02"}
        - {id: "p2", decision: "Resolution 2", start: "2024-10-02", end: "2025-10-02"}
    funding:
      - id: "tf"
        donor: "Trust fund"
        channel: trust_fund
        currency: CAD
        flows:
          - {stage: pledge, amount: 100, date: "2024-02"}
          - {stage: received, amount: 50, date: "2024-04"}
          - {stage: spent, amount: 20, date: "2025-01", since: "2024-06"}
    assumptions:
      cost_per_officer_year: 240000
      exchange_rates: {CAD: 0.74}
    sources: []

    """

  func replacingInFlows(_ old: String, with new: String) -> String {
    precondition(Self.validFlows.contains(old))
    return Self.validFlows.replacingOccurrences(of: old, with: new)
  }

  func expectOneInFlows(
    _ text: String, at position: String, _ message: String, hint: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let found = diagnostics(text)
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    guard let first = found.first else { return }
    #expect(first.description.hasPrefix("bad.yaml:\(position): "), "\(first)", sourceLocation: sourceLocation)
    #expect(first.message.contains(message), "\(first)", sourceLocation: sourceLocation)
    if let hint { #expect(first.hint?.contains(hint) == true, "\(first)", sourceLocation: sourceLocation) }
  }

  @Test func theValidFlowsFileIsAccepted() throws {
    let scenario = try ScenarioFile.decode(bytes: Array(Self.validFlows.utf8), file: "ok.yaml")
    #expect(scenario.mission.periods.map(\.id) == ["p1", "p2"])
    #expect(scenario.funding.first?.flows.count == 3)
  }

  @Test func aFlowDatedBeforeItsLinesPledge() {
    expectOneInFlows(
      replacingInFlows(
        #"{stage: received, amount: 50, date: "2024-04"}"#, with: #"{stage: received, amount: 50, date: "2023-12"}"#),
      at: "16:9", "received dated 2023-12 is before the line's pledge (2024-02)", hint: "check the date")
  }

  @Test func moreSpentThanReceived() {
    expectOneInFlows(
      replacingInFlows("{stage: spent, amount: 20,", with: "{stage: spent, amount: 70,"), at: "17:9",
      "spent C$70 by 2025-01 is more than the C$50 received by then", hint: "money is received before it is spent")
  }

  @Test func aStageInAnUnknownCurrency() {
    expectOneInFlows(
      replacingInFlows(
        #"{stage: received, amount: 50, date: "2024-04"}"#,
        with: #"{stage: received, amount: 50, currency: USDD, date: "2024-04"}"#),
      at: "16:49", "unknown currency 'USDD'", hint: "did you mean 'USD'?")
  }

  @Test func anUnknownStageGetsADidYouMean() {
    expectOneInFlows(
      replacingInFlows("{stage: pledge,", with: "{stage: pledged,"), at: "15:17", "unknown value 'pledged'",
      hint: "did you mean 'pledge'?")
  }

  @Test func overlappingPeriods() {
    expectOneInFlows(
      replacingInFlows(#"start: "2024-10-02", end: "2025-10-02""#, with: #"start: "2024-06-01", end: "2025-10-02""#),
      at: "8:7", "period 'p2' (2024-06-01 to 2025-10-02) overlaps 'p1' (2023-10-02 to 2024-10-02)",
      hint: "a later force is its own period")
  }

  @Test func aSchema2FileWithASchema1StatusIsToldWhatChanged() {
    expectOneInFlows(
      replacingInFlows("cost_per_officer_year: 240000", with: "cost_per_officer_year: 240000\n  in_hand: [committed]"),
      at: "20:12", "assumptions.in_hand was schema 1's list", hint: "cash in hand is now received − spent − frozen")
  }

  @Test func invalidUTF8() {
    var bytes = Array(Self.valid.utf8)
    let at = bytes.firstIndex(of: UInt8(ascii: "T"))!
    bytes[at] = 0xFF
    let found = diagnostics(bytes: bytes)
    #expect(found.map(\.description) == ["bad.yaml:3:10: invalid UTF-8 (byte 0xFF) (hint: save the file as UTF-8)"])
    let overlong: [UInt8] = Array("schema: 1\n# ".utf8) + [0xC0, 0xAF]
    #expect(diagnostics(bytes: overlong).first?.description.hasPrefix("bad.yaml:2:3: invalid UTF-8") == true)
  }

  @Test func emptyFile() {
    expectOne("", at: "1:1", "the file is empty", hint: "schema: 1")
    expectOne("  \n\n", at: "1:1", "the file is empty")
  }

  @Test func oversizedFile() throws {
    let path = try TemporaryFolder().path + "/huge.yaml"
    let fd = open(path, O_CREAT | O_WRONLY, 0o644)
    #expect(ftruncate(fd, off_t(ScenarioText.maximumBytes + 1)) == 0)
    close(fd)
    do {
      _ = try ScenarioStore.load(path)
      Issue.record("an oversized file was accepted")
    } catch {
      #expect(error.description.contains("over the limit of \(Format.count(ScenarioText.maximumBytes))"))
      #expect(error.description.hasPrefix(path + ":1:1:"))
    }
  }

  @Test func badDatesCodesAndLists() {
    expectOne(
      replacing("sources: [\"A\"]}", with: "sources: [\"A\"], as_of: \"March 2025\"}"), at: "10:72", "expected a date",
      hint: "2025-03")
    expectOne(replacing("iso: \"KEN\"", with: "iso: \"KE\""), at: "9:10", "not an ISO 3166 alpha-3")
    expectOne(
      replacing("contributors:\n", with: "contributors: 5\n").replacingOccurrences(
        of:
          "  - country: \"Kenya\"\n    iso: \"KEN\"\n    deployed: {value: 700, qualifier: at_least, sources: [\"A\"]}\n",
        with: ""), at: "7:15", "expected a list")
  }

  @Test func yamlAliasesAreResolved() throws {
    let text = replacing("  planned: 2500", with: "  planned: &p 2500\n  target: *p")
    let scenario = try ScenarioFile.decode(bytes: Array(text.utf8), file: "ok.yaml")
    #expect(scenario.strength.target?.value == 2_500)
  }

  @Test func yamlAnchorsWorkOnWholeMappingsAndAnUnknownAliasIsNamed() throws {
    let text = replacing(
      "    deployed: {value: 700, qualifier: at_least, sources: [\"A\"]}",
      with: "    deployed: &k {value: 700, qualifier: at_least, sources: [\"A\"]}\n    pledged: *k")
    let scenario = try ScenarioFile.decode(bytes: Array(text.utf8), file: "ok.yaml")
    #expect(scenario.contributors.first?.pledged == scenario.contributors.first?.deployed)
    expectOne(
      replacing("  planned: 2500", with: "  planned: *nowhere"), at: "6:12", "the alias '*nowhere' names no anchor")
  }

  @Test func yamlAliasesThatMultiplyIntoBillionsAreRefused() {
    var text = "schema: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    let found = diagnostics(text)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("aliases repeat more than") == true, "\(found)")
  }

  @Test func yamlWithASecondDocumentIsRefusedAtItsStart() {
    expectOne(Self.valid + "---\nschema: 1\n", at: "22:1", "a second YAML document", hint: "remove the second '---'")
  }

  @Test func yamlTabsAndPositionsCountCharacters() {
    // Columns count characters: 'é' is two bytes and one column.
    expectOne(replacing("  name: \"Test mission\"", with: "  name: \"Tést\" x"), at: "3:16", "YAML syntax:")
    let tab = diagnostics(replacing("  lead_nation: \"Kenya\"", with: "\tlead_nation: \"Kenya\""))
    #expect(tab.first?.mark.line == 4)
    #expect(tab.first?.hint?.contains("not tabs") == true)
  }

  @Test func yamlTaggedStringsAndAByteOrderMarkAreUnderstood() throws {
    let tagged = replacing("planned: 2500", with: "planned: !!str 2500")
    expectOne(tagged, at: "6:12", "expected a number", hint: "without quotes")
    let withMark = [0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8)
    #expect(try ScenarioFile.decode(bytes: withMark, file: "ok.yaml").strength.planned?.value == 2_500)
  }

  @Test func yamlNestedTenThousandDeepIsAnErrorNotACrash() {
    let deep =
      "schema: 1\nmission: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
    expectOne(deep, at: "2:521", "nesting is deeper than 512 levels")
  }

  @Test func everyProblemIsListedInOneRun() {
    let text = replacing("planned: 2500", with: "planned: -1").replacingOccurrences(
      of: "status: committed", with: "status: nope"
    )
    .replacingOccurrences(of: "sources: [\"A\"]", with: "sources: [\"Z\"]")
    let found = diagnostics(text)
    #expect(found.count == 3)
    #expect(found.map(\.mark.line) == [6, 15, 10])
  }
}

@Suite struct JSONInputTests {
  func diagnostics(_ text: String) -> [ScenarioDiagnostic] {
    do {
      _ = try ScenarioFile.decode(bytes: Array(text.utf8), file: "bad.json")
      return []
    } catch {
      return error.diagnostics
    }
  }

  @Test func jsonSyntaxErrorsHaveAPosition() {
    #expect(
      diagnostics("{\n  \"schema\": 1,\n  \"mission\": {,\n}").first?.description.hasPrefix(
        "bad.json:3:15: expected a key") == true)
    #expect(diagnostics("{\"schema\": 1,}").first?.description.hasPrefix("bad.json:1:14: expected a key") == true)
    #expect(diagnostics("{\"schema\": tru}").first?.message.contains("expected 'true'") == true)
    #expect(diagnostics("{\"a\": \"x\ny\"}").first?.message.contains("past the end of the line") == true)
    #expect(diagnostics("{\"a\": 1} 2").first?.message.contains("after the end") == true)
    #expect(
      diagnostics("{\"a\": 1, \"a\": 2}").first?.description.hasPrefix("bad.json:1:10: duplicate key 'a'") == true)
    #expect(diagnostics("{\"schema\": 01.}").first?.message.contains("digits after the decimal point") == true)
    #expect(diagnostics("{\"é\": \"ü\", \"schema\": [}").first?.description.hasPrefix("bad.json:1:23:") == true)
  }

  @Test func jsonTypeErrorsHaveAPosition() {
    let text =
      "{\n  \"schema\": \"1\",\n  \"mission\": {\"name\": \"x\", \"lead_nation\": \"y\"},\n  \"assumptions\": {\"cost_per_officer_year\": 1}\n}"
    #expect(
      diagnostics(text).map(\.description) == [
        "bad.json:2:13: schema: expected a number for the schema version, found the text \"1\" (hint: write the number without quotes)"
      ])
  }

  @Test func jsonEscapesAndUnicode() throws {
    let text =
      #"{"schema": 1, "mission": {"name": "Caf\u00e9 \ud83c\uddf0\ud83c\uddea \"q\"", "lead_nation": "Kenya"}, "assumptions": {"cost_per_officer_year": 1}}"#
    let scenario = try ScenarioFile.decode(bytes: Array(text.utf8), file: "ok.json")
    #expect(scenario.mission.name == "Café 🇰🇪 \"q\"")
    #expect(diagnostics(#"{"a": "\ud800"}"#).first?.message.contains("surrogate") == true)
    #expect(diagnostics(String(repeating: "[", count: 1000)).first?.message.contains("deeper") == true)
  }
}
