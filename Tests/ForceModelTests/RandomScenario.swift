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
    // Flows that pass `validate`: dated in order from the pledge, never more spent than received.
    func flows() -> [Flow] {
      var month = Int(random.next() % 24)
      var day = 1
      // One precision a line: a flow "of March" is known on the 31st, after one of the 7th.
      let dayPrecision = chance(50)
      func next() -> AsOf {
        let step = Int(random.next() % 3)
        month += step
        if step > 0 { day = 1 }
        // Days never go back within a month: each flow is on or after the one before.
        day = min(28, day + Int(random.next() % 10))
        return AsOf(year: 2023 + month / 12, month: month % 12 + 1, day: dayPrecision ? day : nil)
      }
      func money(_ upper: Double) -> Amount {
        let value = (Double(random.next() % 1_000_000) / 1_000_000 * upper).rounded()
        return Amount(
          value, pick(Qualifier.allCases), sources: sources(), asOf: next(), note: chance(20) ? text() : nil)
      }
      var out: [Flow] = []
      if chance(70) { out.append(Flow(.pledge, money(500_000_000), toDate: chance(30))) }
      if chance(70) { out.append(Flow(.commitment, money(400_000_000), due: chance(30) ? next() : nil)) }
      if chance(70) {
        let received = money(300_000_000)
        let currency: String? = chance(10) ? "USD" : nil
        out.append(Flow(.received, received, currency: currency))
        if chance(60) {
          var spent = money(received.value)
          spent.derivation = chance(30) ? text() : nil
          out.append(Flow(.spent, spent, since: chance(50) ? received.asOf : nil, currency: currency))
        }
        if chance(20) { out.append(Flow(.frozen, money(received.value), from: chance(50) ? .received : nil)) }
      }
      if chance(10) { out.append(Flow(.cancelled, money(10_000_000), from: .commitment)) }
      return out
    }
    let funding = (0..<Int(random.next() % 20)).map { index in
      FundingLine(
        id: "line-\(index)", donor: pick(["United States", "Canada", text()]), channel: pick(FundingChannel.allCases),
        form: pick(FundingForm.allCases), currency: pick(currencies), purpose: chance(50) ? text() : nil,
        flows: flows(), ceiling: chance(15) ? amount() : nil, counted: chance(90))
    }
    let periods =
      chance(60)
      ? [
        MandatePeriod(
          id: "p1", decision: text(), force: chance(50) ? text() : nil, decided: date(),
          start: AsOf(year: 2023, month: 10, day: 2), end: AsOf(year: 2024, month: 10, day: 2), sources: sources()),
        MandatePeriod(
          id: "p2", decision: text(), start: AsOf(year: 2024, month: 10, day: 2), end: AsOf(year: 2025, month: 10),
          budget: chance(50) ? amount() : nil, sources: sources(), note: chance(50) ? text() : nil),
      ] : []
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

    var scenario = Scenario(
      mission: Mission(
        name: text(), shortName: text(), leadNation: contributors.first?.country ?? "Nobody",
        authorization: chance(50)
          ? Authorization(decision: text(), date: date(), sources: sources(), note: chance(50) ? text() : nil) : nil,
        started: date(), ends: date(), asOf: date(), partnerGroup: chance(50) ? [text(), text()] : [],
        banner: chance(20) ? text() : nil, notes: chance(50) ? [Note(text(), asOf: date(), sources: sources())] : [],
        periods: periods),
      strength: Strength(
        planned: chance(80) ? count(5_000) : nil, authorized: chance(30) ? count(6_000) : nil,
        target: chance(60) ? count(10_000) : nil,
        reported: (0..<Int(random.next() % 3)).map { _ in ReportedTotal(label: text(), deployed: count(3_000)) }),
      contributors: contributors, funding: funding, fundingTotals: totals,
      assumptions: Assumptions(
        costPerOfficerYear: amount(), fixedYearlyCost: chance(50) ? amount() : Amount(0),
        horizonMonths: HeadCount(Int(random.next() % 36) + 1), exchangeRates: rates),
      sources: sourceIDs.map {
        Source(
          id: $0, title: text(), publisher: chance(50) ? text() : nil, published: chance(50) ? "2025" : nil,
          address: chance(50) ? "https://example.org/\($0)" : nil)
      },
      conflicts: chance(30)
        ? [
          DeclaredConflict(
            id: "C1", topic: text(), claims: [.init(value: text(), sources: sources())],
            assessment: chance(50) ? text() : nil,
            figure: contributors.isEmpty || chance(50) ? nil : .pledged(country: contributors[0].country))
        ]
        : [])
    if chance(30) {
      scenario.assumptions.ranges = RangeSpread(
        about: Double(random.next() % 50) / 100, atLeast: Double(random.next() % 300) / 100, stated: true)
    }
    if scenario.mission.asOf != nil, chance(50) {
      scenario.plans = (0..<Int(random.next() % 3) + 1).map { number in
        var events: [PlannedEvent] = []
        for index in 0..<Int(random.next() % 5) {
          let date = AsOf(
            year: 2025 + Int(random.next() % 3), month: Int(random.next() % 12) + 1, day: chance(70) ? 15 : nil)
          func dated<V>(_ figure: Figure<V>) -> Figure<V> {
            var figure = figure
            figure.asOf = date
            return figure
          }
          var change = PlannedEvent.Change.arrival(country: text(), dated(count(2_000)))
          switch random.next() % 5 {
          case 0 where !contributors.isEmpty: change = .departure(country: contributors[0].country, dated(count(500)))
          case 1: change = .level(pick([.planned, .authorized, .target]), dated(count(8_000)))
          case 2 where !funding.isEmpty:
            change = .flow(line: funding[0].id, pick([.commitment, .received, .spent]), dated(amount()))
          case 3 where !periods.isEmpty:
            change =
              chance(50)
              ? .budget(period: "p1", dated(amount()))
              : .renewal(period: "p2", until: AsOf(year: 2026, month: 10, day: 2), dated(amount()))
          default: break
          }
          events.append(PlannedEvent(id: "e\(index)", date: date, change: change))
        }
        return Plan(name: number == 0 ? "base" : text() + " \(number)", note: chance(50) ? text() : nil, events: events)
      }
    }
    return scenario
  }
}
