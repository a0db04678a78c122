/// The money half of recalculation: conversion, grouping, money in hand, requirements, runway.
enum FundingCalculation {
  static func run(_ scenario: Scenario, deployedTotal: Int) -> FundingResults {
    let assumptions = scenario.assumptions
    let inHandStatuses = assumptions.inHand
    var rateCache: [String: Double?] = ["USD": 1]
    var lineUSD: [Double?] = []
    lineUSD.reserveCapacity(scenario.funding.count)
    var listed = 0.0
    var inHand = 0.0
    var ceilings = 0.0
    var unconverted = 0
    var byChannel: [FundingChannel: Double] = [:]
    var byStatus: [FundingStatus: Double] = [:]
    var donorIndex: [String: Int] = [:]
    var donors: [GroupTotal] = []

    for line in scenario.funding {
      guard line.counted else {
        lineUSD.append(nil)
        continue
      }
      let rate: Double?
      if let cached = rateCache[line.currency] {
        rate = cached
      } else {
        rate = assumptions.usdPerUnit(line.currency)
        rateCache[line.currency] = rate
      }
      guard let rate else {
        unconverted += 1
        lineUSD.append(nil)
        continue
      }
      let usd = line.amount.value * rate
      lineUSD.append(usd)
      listed += usd
      byChannel[line.channel, default: 0] += usd
      byStatus[line.status, default: 0] += usd
      if line.status == .ceiling {
        ceilings += usd
      }
      if inHandStatuses.contains(line.status) && line.status != .ceiling {
        inHand += usd
      }
      if let index = donorIndex[line.donor] {
        donors[index].usd += usd
        donors[index].lines += 1
      } else {
        donorIndex[line.donor] = donors.count
        donors.append(GroupTotal(name: line.donor, usd: usd, lines: 1))
      }
    }
    donors.sort { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name }

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
      byDonor: donors,
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
