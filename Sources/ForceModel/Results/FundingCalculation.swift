/// The money half of recalculation: conversion, grouping, money in hand, requirements, runway.
///
/// It runs on every keystroke over up to 100,000 lines, so the loop reads the lines in place
/// (no copies), keeps channel and status totals in fixed slots rather than dictionaries, and
/// groups donors through `DonorTable`, which hashes a donor's bytes once.
enum FundingCalculation {
  static func run(_ scenario: Scenario, deployedTotal: Int) -> FundingResults {
    let assumptions = scenario.assumptions
    let inHandStatuses = FundingStatus.allCases.map { assumptions.inHand.contains($0) && $0 != .ceiling }
    var lineUSD = [Double?](repeating: nil, count: scenario.funding.count)
    var listed = 0.0
    var largest = 0.0
    var inHand = 0.0
    var ceilings = 0.0
    var unconverted = 0
    var channelTotals = [Double](repeating: 0, count: FundingChannel.allCases.count)
    var channelSeen = [Bool](repeating: false, count: FundingChannel.allCases.count)
    var statusTotals = [Double](repeating: 0, count: FundingStatus.allCases.count)
    var statusSeen = [Bool](repeating: false, count: FundingStatus.allCases.count)
    var donors = DonorTable()
    var rates = RateCache(assumptions)

    scenario.funding.withUnsafeBufferPointer { lines in
      for index in lines.indices {
        guard lines[index].counted else { continue }
        guard let rate = rates.usdPerUnit(lines[index].currency) else {
          unconverted += 1
          continue
        }
        let usd = lines[index].amount.value * rate
        lineUSD[index] = usd
        listed += usd
        largest = max(largest, usd)
        let channel = lines[index].channel.ordinal
        channelTotals[channel] += usd
        channelSeen[channel] = true
        let status = lines[index].status
        statusTotals[status.ordinal] += usd
        statusSeen[status.ordinal] = true
        if status == .ceiling { ceilings += usd }
        if inHandStatuses[status.ordinal] { inHand += usd }
        donors.add(lines[index].donor, usd)
      }
    }
    var byChannel: [FundingChannel: Double] = [:]
    for (i, channel) in FundingChannel.allCases.enumerated() where channelSeen[i] {
      byChannel[channel] = channelTotals[i]
    }
    var byStatus: [FundingStatus: Double] = [:]
    for (i, status) in FundingStatus.allCases.enumerated() where statusSeen[i] { byStatus[status] = statusTotals[i] }
    var byDonor = donors.totals
    byDonor.sort { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name }

    let horizonYears = Double(max(0, assumptions.horizonMonths.value)) / 12
    let perOfficer = assumptions.costPerOfficerYear.value
    let fixed = assumptions.fixedYearlyCost.value
    let withCeilings = inHand + ceilings
    var requirements: [Requirement] = []
    for level in StrengthLevel.allCases {
      let strength: Int
      if level == .deployed {
        strength = deployedTotal
      } else if let figure = scenario.strength.figure(level) {
        strength = figure.value
      } else {
        continue
      }
      let required = (perOfficer * Double(strength) + fixed) * horizonYears
      requirements.append(
        Requirement(
          level: level, strength: strength, required: required, gap: required - inHand,
          gapWithCeilings: required - withCeilings))
    }

    let monthly = (perOfficer * Double(deployedTotal) + fixed) / 12
    return FundingResults(
      lineUSD: lineUSD,
      listed: listed,
      largestLine: largest,
      byDonor: byDonor,
      byChannel: byChannel,
      byStatus: byStatus,
      inHand: inHand,
      inHandWithCeilings: withCeilings,
      unconvertedLines: unconverted,
      requirements: requirements,
      monthlyCostAtDeployed: monthly,
      runwayMonths: monthly > 0 ? max(0, inHand) / monthly : nil)
  }
}

extension FundingChannel {
  var ordinal: Int {
    switch self {
    case .bilateral: 0
    case .trustFund: 1
    case .inKind: 2
    case .assessed: 3
    }
  }
}

extension FundingStatus {
  var ordinal: Int {
    switch self {
    case .pledged: 0
    case .committed: 1
    case .ceiling: 2
    case .disbursed: 3
    }
  }
}

/// The exchange rates a recalculation has used so far: a scenario has a handful of currencies,
/// and a linear scan over them beats hashing the code on every one of 100,000 lines.
struct RateCache {
  private let assumptions: Assumptions
  private var codes: [String] = ["USD"]
  private var rates: [Double?] = [1]

  init(_ assumptions: Assumptions) { self.assumptions = assumptions }

  mutating func usdPerUnit(_ currency: String) -> Double? {
    for index in codes.indices where codes[index] == currency { return rates[index] }
    let rate = assumptions.usdPerUnit(currency)
    codes.append(currency)
    rates.append(rate)
    return rate
  }
}
