import Testing

@testable import ForceModel

/// A JSON file's funding lines of the plain shape are read straight from the bytes
/// (`FundingLineReader`); anything else is read the general way. Either way, what is read, and
/// every problem with its place and in its order, is what the general way alone reads.
@Suite struct PlainLineReadingTests {
  /// A scenario whose funding list is `lines`, one JSON object each.
  static func text(_ lines: [String]) -> String {
    """
    {
      "schema": 2,
      "mission": {"name": "M", "lead_nation": "Kenya", "as_of": "2025-06",
        "periods": [{"id": "p1", "decision": "R", "start": "2024-10-02", "end": "2025-10-02"}]},
      "contributors": [{"country": "Kenya", "deployed": 10}],
      "assumptions": {"cost_per_officer_year": 1000, "exchange_rates": {"EUR": 1.1}},
      "sources": [{"id": "A", "title": "a"}, {"id": "B", "title": "b"}],
      "funding": [
    \(lines.joined(separator: ",\n"))
      ]
    }
    """
  }

  /// Lines the reader reads itself: every key it knows, in several spellings of space.
  static let plain = [
    #"{"id": "l1", "donor": "A donor whose name is longer than fifteen bytes", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 100, "date": "2025-01-02", "sources": ["A"]}]}"#,
    #"{"id":"l2","donor":"A donor whose name is longer than fifteen bytes","channel":"trust_fund","form":"in_kind","currency":"EUR","purpose":"Ünïcode — purpose","ceiling":500,"counted":false,"period":"p1","flows":[]}"#,
    "{\t\"id\" : \"l3\" ,\r\n \"donor\": \"D\", \"channel\": \"assessed\", \"flows\": [\n"
      + #"{"stage": "pledge", "amount": 1000, "qualifier": "about", "date": "2024-11", "sources": ["A", "B"], "note": "n", "derived": "d"},"#
      + #"{"stage": "commitment", "amount": 900, "date": "2024-12-01", "due": "2025-02", "sources": []},"#
      + #"{"stage": "received", "amount": 800, "currency": "EUR", "to_date": true, "date": "2025-01-01", "sources": ["B"]},"#
      + #"{"stage": "spent", "amount": 100, "date": "2025-02-01", "since": "2025-01-01", "qualifier": "at_least"},"#
      + #"{"stage": "frozen", "amount": 50, "from": "received", "date": "2025-03-01", "qualifier": "upTo"}"#
      + "\n] }",
  ]

  /// Lines the reader leaves to the general way: each has something it does not read itself.
  static let general = [
    #"{"id": "g1", "donor": "Do\"nor", "channel": "bilateral", "flows": []}"#,
    #"{"id": "g2", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 100.5}]}"#,
    #"{"id": "g3", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1e3}]}"#,
    #"{"id": "g4", "donor": "D", "channel": "bilateral", "ceiling": {"value": 5, "sources": ["A"]}, "flows": []}"#,
    #"{"id": "g5", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1, "date": 2025}]}"#,
  ]

  /// Lines the general way reports a problem in, each a different one.
  static let wrong = [
    #"{"id": "w1", "donor": "D", "channel": "bilateral", "colour": "red", "flows": []}"#,
    #"{"id": "w2", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1, "note": 7}]}"#,
    #"{"id": "w3", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1, "sources": ["Z"]}]}"#,
    #"{"id": "w4", "donor": "D", "channel": "bilateral", "currency": "XXX", "flows": []}"#,
    #"{"id": "w5", "donor": "D", "channel": "bilateral", "period": "p9", "flows": []}"#,
    #"{"id": "w6", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1, "from": "received"}]}"#,
    #"{"id": "w7", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 1, "since": "2025"}]}"#,
    #"{"id": "w8", "donor": "D", "channel": "bilateral", "flows": [{"stage": "received", "amount": 1, "due": "2025"}]}"#,
    #"{"id": "w9", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledgd", "amount": 1}]}"#,
    #"{"id": "w10", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": "100"}]}"#,
    #"{"id": "w11", "donor": "D", "channel": "bilateral", "flows": [{"stage": "received", "amount": 1, "to_date": "yes"}]}"#,
    #"{"id": "w12", "channel": "bilateral", "flows": []}"#,
    #"{"id": "w13", "donor": "D", "channel": "bilateral", "purpose": null, "flows": []}"#,
    #"{"id": "w14", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 10000000000000000}]}"#,
    #"{"id": "w15", "donor": "D", "channel": "bilateral", "flows": [{"stage": "received", "amount": 5, "date": "2025-01"}, {"stage": "spent", "amount": 9, "date": "2025-02"}]}"#,
    #"{"id": "w16", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": 5, "date": "2025-03-01"}, {"stage": "received", "amount": 1, "date": "2025-01-01"}]}"#,
    #"{"id": "w17", "donor": "D", "channel": "on_foot", "flows": [{"stage": "pledge", "amount": 1, "qualifier": "roughly"}]}"#,
    #"{"id": "w18", "donor": "D", "channel": "bilateral", "flows": [{"stage": "pledge", "amount": -1}]}"#,
  ]

  /// A line that is not JSON (a key written twice): the reader gives up on it, and the file is
  /// parsed again whole to report it (`SplitReadingTests`).
  static let notJSON = #"{"id": "n1", "donor": "D", "id": "n1b", "channel": "bilateral", "flows": []}"#

  /// `lines` with each id renamed, so that a list can hold them twice.
  static func renamed(_ lines: [String]) -> [String] {
    lines.map { $0.replacing(#/("id"\s*:\s*")/#) { $0.output.1 + "again-" } }
  }

  /// The scenario and the problems reading `text` finds, its lines read the plain way or not.
  func read(_ text: String, plain: Bool, splitAt: Int = .max) throws -> (scenario: Scenario?, problems: [String]) {
    let document = try ScenarioText.document(bytes: Array(text.utf8), file: "s.json", defersFunding: true)
    let decoder = ScenarioDecoder(file: "s.json", document: document)
    decoder.readsPlainLines = plain
    decoder.linesSplitAt = splitAt
    let scenario = decoder.decode(document.root)
    return (scenario, decoder.diagnostics.map(\.description))
  }

  @Test func aFileOfEveryShapeReadsAsTheGeneralWayReadsIt() throws {
    let text = Self.text(Self.plain + Self.general + Self.renamed(Self.plain))
    let general = try read(text, plain: false)
    #expect(general.problems == [])
    let scenario = try #require(general.scenario)
    #expect(scenario.funding.count == 2 * Self.plain.count + Self.general.count)
    for splitAt in [2, Int.max] {
      let plain = try read(text, plain: true, splitAt: splitAt)
      #expect(plain.problems == [])
      #expect(plain.scenario == scenario)
    }
    // What the plain lines hold, read back.
    let l3 = try #require(scenario.funding.first { $0.id == "l3" })
    #expect(l3.flows.map(\.stage) == [.pledge, .commitment, .received, .spent, .frozen])
    #expect(l3.flows[0].amount.sources == ["A", "B"] && l3.flows[0].amount.qualifier == .about)
    #expect(l3.flows[2].currency == "EUR" && l3.flows[2].toDate)
    #expect(l3.flows[4].from == .received)
    let l2 = try #require(scenario.funding.first { $0.id == "l2" })
    #expect(l2.purpose == "Ünïcode — purpose" && l2.period == "p1" && !l2.counted && l2.ceiling?.value == 500)
  }

  @Test func everyProblemIsReportedAsTheGeneralWayReportsIt() throws {
    let text = Self.text(Self.plain + Self.wrong + Self.general + Self.renamed(Self.wrong))
    let general = try read(text, plain: false)
    #expect(general.scenario == nil)
    #expect(general.problems.count >= 2 * Self.wrong.count)
    for splitAt in [2, Int.max] {
      let plain = try read(text, plain: true, splitAt: splitAt)
      #expect(plain.scenario == nil)
      #expect(plain.problems == general.problems)
    }
  }

  @Test func theReaderReadsThePlainShapeAndGivesUpOnAnythingElse() throws {
    let lines = Self.plain + Self.general + Self.wrong + [Self.notJSON]
    let text = Self.text(lines)
    let document = try ScenarioText.document(bytes: Array(text.utf8), file: "s.json", defersFunding: true)
    let list = try #require(document.entries(document.root).first { document.string($0.key) == "funding" }?.value)
    let offsets = try #require(document.deferredElements(list)).map { Int($0) }
    let decoder = ScenarioDecoder(file: "s.json", document: document)
    decoder.citable = ["A", "B"]
    let read: [Bool] = document.file.withUnsafeBufferPointer { bytes in
      var reader = FundingLineReader(bytes: bytes, decoder: decoder)
      return offsets.map { reader.read(at: $0) != nil }
    }
    // The flow checks (w15, w16) and the period (w5) are made of what the reader read.
    let readByIt: Set = ["w5", "w15", "w16"]
    let expected =
      Self.plain.map { _ in true } + Self.general.map { _ in false }
      + Self.wrong.indices.map { readByIt.contains("w\($0 + 1)") } + [false]
    #expect(read == expected)
  }
}
