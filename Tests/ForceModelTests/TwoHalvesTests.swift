import Testing

@testable import ForceModel

/// Work split over two threads gives what the same work gives on one: the report's funding
/// items, its JSON text, and an array made of parts of any size.
@Suite struct TwoHalvesTests {
  @Test func partsOfAnySizeGiveTheSameArraySplitOrNot() {
    var random = SplitMix64(seed: 42)
    for parts in [0, 1, 2, 3, 17, 500] {
      let counts = (0..<parts).map { _ in Int(random.next() % 4) }
      func make(splitAt: Int) -> [String] {
        TwoHalves.array(parts: parts, splitAt: splitAt, count: { counts[$0] }) { part, add in
          for number in 0..<counts[part] { add("\(part).\(number)") }
        }
      }
      let whole = make(splitAt: .max)
      #expect(whole.count == counts.reduce(0, +))
      #expect(make(splitAt: 2) == whole)
      #expect(whole == counts.indices.flatMap { part in (0..<counts[part]).map { "\(part).\($0)" } })
    }
  }

  @Test func aLongReportIsTheSameWhetherMadeOnOneThreadOrTwo() {
    // 20,000 lines: the funding section's items are made in two halves.
    let scenario = Scenario.synthetic(contributors: 40, fundingLines: TwoHalves.splitAt, seed: 9)
    let results = recalculate(scenario)
    let report = Report(scenario: scenario, results: results)
    let items = report.sections.first { $0.id == "funding" }?.items ?? []
    #expect(items.count > TwoHalves.splitAt)
    // The same items, each line's made on its own, in the file's order.
    let builder = ReportBuilder(scenario: scenario, results: results)
    var one: [Report.Item] = []
    for index in scenario.funding.indices { builder.lineItems(index, day: results.funding.day) { one.append($0) } }
    #expect(items == one)
  }

  @Test func aReportsJSONIsTheSameWrittenOnOneThreadOrTwoInAnyBatches() {
    let scenario = Scenario.synthetic(contributors: 12, fundingLines: 120, seed: 4)
    let report = Report(scenario: scenario, results: recalculate(scenario))
    func render(splitAt: Int, batch: Int) -> String {
      var pieces: [String] = []
      JSONReportWriter.render(report, splitAt: splitAt, batch: batch) {
        pieces.append(String(decoding: $0, as: UTF8.self))
      }
      #expect(!pieces.isEmpty && pieces.allSatisfy { !$0.isEmpty || pieces.count == 1 })
      return pieces.joined()
    }
    let whole = render(splitAt: .max, batch: 1)
    #expect(whole == JSONReportWriter.render(report))
    for batch in [1, 7, 1024] { #expect(render(splitAt: 2, batch: batch) == whole) }
  }
}
