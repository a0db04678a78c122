/// Large made-up scenarios for tests and benchmarks, the same every time for the same seed.
///
/// Every name says it is synthetic, so such a file can never be mistaken for real data.
extension Scenario {
  /// A made-up scenario of `contributors` countries and `fundingLines` lines, the same for the same seed.
  public static func synthetic(contributors: Int, fundingLines: Int, seed: UInt64 = 2025) -> Scenario {
    var random = SplitMix64(seed: seed)
    let sourceCount = 20
    let sources = (1...sourceCount).map {
      Source(id: "SYN-\($0)", title: "Synthetic source \($0)", publisher: "ForceBoard generator", published: "2025")
    }
    func sourceIDs() -> [String] { ["SYN-\(Int(random.next() % UInt64(sourceCount)) + 1)"] }
    func date() -> AsOf {
      AsOf(year: 2024 + Int(random.next() % 2), month: Int(random.next() % 12) + 1, day: Int(random.next() % 28) + 1)
    }

    var rows: [Contributor] = []
    rows.reserveCapacity(contributors)
    for index in 0..<contributors {
      let deployed = Int(random.next() % 400)
      let pledged = deployed + Int(random.next() % 300)
      let qualifier: Qualifier = random.next() % 5 == 0 ? .about : .exact
      rows.append(
        Contributor(
          country: "Synthetic country \(index + 1)", iso: Self.syntheticISO(index),
          role: index == 0 ? .lead : .contributor, partnerGroup: index % 7 == 0,
          pledged: HeadCount(pledged, .exact, sources: sourceIDs(), asOf: date()),
          deployed: HeadCount(deployed, qualifier, sources: sourceIDs(), asOf: date()),
          history: [
            Deployment(deployed: HeadCount(deployed / 2, sources: sourceIDs(), asOf: date()), event: "first group")
          ]))
    }

    let currencies = ["USD", "USD", "USD", "CAD", "EUR", "GBP"]
    let donorCount = max(1, min(200, fundingLines / 10))
    var lines: [FundingLine] = []
    lines.reserveCapacity(fundingLines)
    // Four flows a line, in order: pledged, committed a month later, received a month after
    // that, and part of it spent, so every synthetic file passes `validate`.
    for index in 0..<fundingLines {
      let month = Int(random.next() % 18)
      func day(_ offset: Int) -> AsOf {
        let m = month + offset
        return AsOf(year: 2024 + m / 12, month: m % 12 + 1, day: Int(random.next() % 28) + 1)
      }
      let pledged = Double(100_000 + random.next() % 50_000_000)
      let committed = (pledged * Double(50 + random.next() % 51) / 100).rounded()
      let received = (committed * Double(random.next() % 101) / 100).rounded()
      let spent = (received * Double(random.next() % 101) / 100).rounded()
      let from = day(0)
      lines.append(
        FundingLine(
          id: "line-\(index + 1)", donor: "Synthetic donor \(Int(random.next() % UInt64(donorCount)) + 1)",
          channel: FundingChannel.allCases[Int(random.next() % 3)], form: random.next() % 5 == 0 ? .inKind : .cash,
          currency: currencies[Int(random.next() % UInt64(currencies.count))],
          flows: [
            Flow(.pledge, Amount(pledged, sources: sourceIDs(), asOf: from)),
            Flow(.commitment, Amount(committed, sources: sourceIDs(), asOf: day(1))),
            Flow(.received, Amount(received, sources: sourceIDs(), asOf: day(2))),
            Flow(.spent, Amount(spent, sources: sourceIDs(), asOf: day(3)), since: day(2)),
          ]))
    }

    return syntheticScenario(contributors: rows, funding: lines, sources: sources)
  }

  /// The mission, strengths and assumptions around the generated rows and lines.
  static func syntheticScenario(contributors rows: [Contributor], funding lines: [FundingLine], sources: [Source])
    -> Scenario
  {
    let total = rows.reduce(0) { $0 + $1.deployed.value }
    let contributors = rows.count
    let fundingLines = lines.count
    return Scenario(
      mission: Mission(
        name: "Synthetic mission (\(contributors) contributors, \(fundingLines) funding lines)", shortName: "SYN",
        leadNation: rows.first?.country ?? "none", asOf: AsOf(year: 2025, month: 6),
        periods: [
          MandatePeriod(
            id: "syn-1", decision: "Synthetic mandate", start: AsOf(year: 2024, month: 10, day: 2),
            end: AsOf(year: 2025, month: 10, day: 2), sources: ["SYN-6"])
        ]),
      strength: Strength(
        planned: HeadCount(total * 2, sources: ["SYN-1"]), target: HeadCount(total * 4, sources: ["SYN-2"]),
        reported: [ReportedTotal(label: "synthetic report", deployed: HeadCount(total, .about, sources: ["SYN-3"]))]),
      contributors: rows, funding: lines,
      assumptions: Assumptions(
        costPerOfficerYear: Amount(240_000, .about, sources: ["SYN-4"]), fixedYearlyCost: Amount(10_000_000),
        horizonMonths: HeadCount(12),
        exchangeRates: [
          "CAD": Amount(0.74, sources: ["SYN-5"]), "EUR": Amount(1.08, sources: ["SYN-5"]),
          "GBP": Amount(1.27, sources: ["SYN-5"]),
        ]),
      sources: sources)
  }

  /// AAA, AAB, … : unique three-letter codes for up to 17,576 synthetic countries.
  static func syntheticISO(_ index: Int) -> String {
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    let n = index % (26 * 26 * 26)
    return String([letters[n / 676], letters[(n / 26) % 26], letters[n % 26]])
  }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
