@testable import ForceModel

/// Valid scenarios of random shape and content, for property tests. Strings include quotes,
/// backslashes, line breaks, non-Latin text and emoji, to stress the writers.
enum RandomScenario {
  static let awkwardTexts = [
    "plain", "with \"quotes\"", "back\\slash", "line\nbreak", "tab\there", "Café", "Кения", "ケニア", "🇰🇪 flag",
    "null", "true", "123", "- dash", "# hash", "key: value", " padded ", "", "{brace}", "[bracket]", "a'b",
  ]

  static func make(seed: UInt64) -> Scenario {
    var random = SplitMix64(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
    func text() -> String { pick(awkwardTexts) + (chance(50) ? " \(random.next() % 1000)" : "") }
    let sourceIDs = (0..<Int(random.next() % 5 + 1)).map { "S\($0)" }
    func sources() -> [String] {
      chance(30) ? [] : Array(Set((0..<Int(random.next() % 3 + 1)).map { _ in pick(sourceIDs) })).sorted()
    }
    func date() -> AsOf? {
      switch random.next() % 4 {
      case 0: nil
      case 1: AsOf(year: 2020 + Int(random.next() % 8))
      case 2: AsOf(year: 2024, month: Int(random.next() % 12) + 1)
      default: AsOf(year: 2025, month: Int(random.next() % 12) + 1, day: Int(random.next() % 28) + 1)
      }
    }
    func count(_ upper: UInt64) -> HeadCount {
      HeadCount(
        Int(random.next() % upper), pick(Qualifier.allCases), sources: sources(), asOf: date(),
        note: chance(20) ? text() : nil)
    }
    func amount() -> Amount {
      let whole = Double(random.next() % 1_000_000_000)
      let cents = chance(30) ? Double(random.next() % 100) / 100 : 0
      return Amount(
        whole + cents, pick(Qualifier.allCases), sources: sources(), asOf: date(), note: chance(20) ? text() : nil)
    }

    let contributors = (0..<Int(random.next() % 12)).map { index in
      Contributor(
        country: "Country \(index) \(text())", iso: chance(70) ? Scenario.syntheticISO(index) : nil,
        role: index == 0 ? .lead : (chance(10) ? .unattributed : .contributor), partnerGroup: chance(50),
        pledged: chance(70) ? count(3_000) : nil, deployed: count(2_000),
        history: (0..<Int(random.next() % 3)).map { _ in
          Deployment(deployed: count(2_000), event: chance(50) ? text() : nil)
        })
    }
    let currencies = ["USD", "USD", "CAD", "EUR", "GBP", "JPY"]
    let funding = (0..<Int(random.next() % 20)).map { index in
      FundingLine(
        id: "line-\(index)", donor: pick(["United States", "Canada", text()]), channel: pick(FundingChannel.allCases),
        status: pick(FundingStatus.allCases), amount: amount(), currency: pick(currencies),
        purpose: chance(50) ? text() : nil,
        counted: chance(90))
    }
    var rates: [String: Amount] = [:]
    for code in ["CAD", "EUR", "GBP"] where chance(70) {
      rates[code] = Amount(Double(random.next() % 2_000 + 1) / 1_000, .exact, sources: sources(), asOf: date())
    }
    let totals =
      funding.count >= 2 && chance(50)
      ? [
        FundingTotal(
          id: "total", label: text(), amount: amount(), currency: "USD", parts: [funding[0].id, funding[1].id])
      ] : []

    return Scenario(
      mission: Mission(
        name: text(), shortName: text(), leadNation: contributors.first?.country ?? "Nobody",
        authorization: chance(50)
          ? Authorization(decision: text(), date: date(), sources: sources(), note: chance(50) ? text() : nil) : nil,
        started: date(), ends: date(), asOf: date(), partnerGroup: chance(50) ? [text(), text()] : [],
        banner: chance(20) ? text() : nil, notes: chance(50) ? [Note(text(), asOf: date(), sources: sources())] : []),
      strength: Strength(
        planned: chance(80) ? count(5_000) : nil, authorized: chance(30) ? count(6_000) : nil,
        target: chance(60) ? count(10_000) : nil,
        reported: (0..<Int(random.next() % 3)).map { _ in ReportedTotal(label: text(), deployed: count(3_000)) }),
      contributors: contributors, funding: funding, fundingTotals: totals,
      assumptions: Assumptions(
        costPerOfficerYear: amount(), fixedYearlyCost: chance(50) ? amount() : Amount(0),
        horizonMonths: HeadCount(Int(random.next() % 36) + 1), exchangeRates: rates,
        inHand: Set(FundingStatus.allCases.filter { _ in chance(50) })),
      sources: sourceIDs.map {
        Source(
          id: $0, title: text(), publisher: chance(50) ? text() : nil, published: chance(50) ? "2025" : nil,
          address: chance(50) ? "https://example.org/\($0)" : nil)
      },
      conflicts: chance(30)
        ? [
          DeclaredConflict(
            id: "C1", topic: text(), claims: [.init(value: text(), sources: sources())],
            assessment: chance(50) ? text() : nil)
        ]
        : [])
  }
}
