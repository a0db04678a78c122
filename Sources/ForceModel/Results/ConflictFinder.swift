/// Finds statements in a scenario that cannot all be true.
///
/// Two figures conflict when they describe the same moment and the ranges their qualifiers admit
/// do not overlap: "about 800" and "about 1,000" conflict, "700+" and "about 1,000" do not, and
/// a total from June 2024 does not conflict with one from March 2025 (that is history).
enum ConflictFinder {
  /// True when two dates may name the same moment: equal as far as the less precise one goes.
  static func coincide(_ a: AsOf?, _ b: AsOf?) -> Bool {
    guard let a, let b else { return true }
    guard a.year == b.year else { return false }
    guard let am = a.month, let bm = b.month else { return true }
    guard am == bm else { return false }
    guard let ad = a.day, let bd = b.day else { return true }
    return ad == bd
  }

  /// Every conflict in a scenario, rule by rule, in a stable order.
  static func find(in scenario: Scenario, deployedTotal: Int, unconverted: [Int]) -> [Conflict] {
    reportedTotals(scenario) + sumOfCountries(scenario, deployedTotal: deployedTotal) + fundingParts(scenario)
      + missingExchangeRates(scenario, unconverted: unconverted) + declared(scenario)
  }

  /// Two reported totals for the same moment whose ranges do not overlap.
  static func reportedTotals(_ scenario: Scenario) -> [Conflict] {
    var conflicts: [Conflict] = []
    let reported = scenario.strength.reported
    for i in reported.indices {
      for j in reported.indices where j > i {
        let a = reported[i].deployed
        let b = reported[j].deployed
        if coincide(a.asOf, b.asOf) && !a.interval.overlaps(b.interval) {
          conflicts.append(
            Conflict(
              id: "reported-\(i)-\(j)", kind: .reportedTotals,
              summary:
                "Reported totals disagree: \(describe(a)) (\(reported[i].label)) vs \(describe(b)) (\(reported[j].label))",
              sources: unique(a.sources + b.sources), reported: [i, j]))
        }
      }
    }
    return conflicts
  }

  /// The sum of the country rows outside a latest reported total. The rows describe the
  /// present, so older totals are history, not contradictions.
  static func sumOfCountries(_ scenario: Scenario, deployedTotal: Int) -> [Conflict] {
    guard !scenario.contributors.isEmpty else { return [] }
    let reported = scenario.strength.reported
    let latest = reported.compactMap(\.deployed.asOf).max()
    return reported.enumerated().compactMap { i, total in
      guard coincide(total.deployed.asOf, latest), !total.deployed.interval.contains(Double(deployedTotal)) else {
        return nil
      }
      return Conflict(
        id: "sum-\(i)", kind: .sumOfCountries,
        summary:
          "Sum of countries \(Format.count(deployedTotal)) is outside the reported \(describe(total.deployed)) (\(total.label))",
        sources: total.deployed.sources, reported: [i])
    }
  }

  /// A stated funding total whose parts add up to something else (0.5 % tolerance).
  static func fundingParts(_ scenario: Scenario) -> [Conflict] {
    guard !scenario.fundingTotals.isEmpty else { return [] }
    var conflicts: [Conflict] = []
    var lineIndex: [String: Int] = [:]
    for (index, line) in scenario.funding.enumerated() { lineIndex[line.id] = index }
    for total in scenario.fundingTotals {
      var sum = 0.0
      var partSources: [String] = []
      var convertible = true
      for part in total.parts {
        guard let index = lineIndex[part] else { continue }
        let line = scenario.funding[index]
        partSources += line.sources
        guard let usd = line.statedAmount(scenario.assumptions) else {
          convertible = false
          continue
        }
        sum += usd
      }
      guard convertible, let rate = scenario.assumptions.usdPerUnit(total.currency) else { continue }
      let stated = Amount(total.amount.value * rate, total.amount.qualifier)
      let tolerance = max(1, abs(stated.value) * 0.005)
      let range = stated.interval
      if sum < range.lowerBound - tolerance || sum > range.upperBound + tolerance {
        conflicts.append(
          Conflict(
            id: "funding-\(total.id)", kind: .fundingParts,
            summary:
              "\(total.label): parts add up to \(Format.money(sum)), stated total \(Format.amount(stated, currency: "USD"))",
            sources: unique(total.amount.sources + partSources)))
      }
    }
    return conflicts
  }

  /// Counted funding lines in a currency with no exchange rate: one conflict per currency.
  static func missingExchangeRates(_ scenario: Scenario, unconverted: [Int]) -> [Conflict] {
    var missing: [String: (lines: Int, sources: [String])] = [:]
    var missingOrder: [String] = []
    for index in unconverted {
      let line = scenario.funding[index]
      let code =
        ([line.currency] + line.flows.compactMap(\.currency)).first { scenario.assumptions.usdPerUnit($0) == nil }
        ?? line.currency
      if missing[code] == nil {
        missingOrder.append(code)
        missing[code] = (0, [])
      }
      missing[code]?.lines += 1
      if let first = line.sources.first, missing[code]?.sources.contains(first) == false {
        missing[code]?.sources.append(first)
      }
    }
    return missingOrder.compactMap { currency in
      guard let entry = missing[currency] else { return nil }
      return Conflict(
        id: "rate-\(currency)", kind: .missingExchangeRate,
        summary:
          "No exchange rate for \(currency): \(Format.count(entry.lines)) funding line\(entry.lines == 1 ? "" : "s") left out of USD totals",
        sources: Array(entry.sources.prefix(8)))
    }
  }

  /// Conflicts the scenario's author recorded, as they are.
  static func declared(_ scenario: Scenario) -> [Conflict] {
    scenario.conflicts.map { declared in
      Conflict(
        id: "declared-\(declared.id)", kind: .declared,
        summary: "\(declared.id) \(declared.topic): \(declared.claims.map(\.value).joined(separator: " vs "))",
        sources: unique(declared.claims.flatMap(\.sources)))
    }
  }

  static func describe(_ figure: HeadCount) -> String {
    var text = Format.headCount(figure)
    if let asOf = figure.asOf { text += " as of \(asOf)" }
    return text
  }

  static func unique(_ ids: [String]) -> [String] {
    var seen = Set<String>()
    return ids.filter { seen.insert($0).inserted }
  }
}
