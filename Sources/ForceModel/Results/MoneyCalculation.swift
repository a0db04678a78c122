/// The money half of recalculation: every line's ledger on the day, the totals, the burn rate,
/// the runway as a date, and the gap to the end of the mandate in force.
///
/// It runs on every keystroke over up to 100,000 lines, so the loop reads the lines in place
/// (no copies), keeps channel totals in fixed slots rather than dictionaries, and groups donors
/// through `DonorTable`, which hashes a donor's bytes once.
enum MoneyCalculation {
  /// Spending reported within this many days of the day sets the burn rate (three months).
  static let burnWindowDays = 91

  static func run(_ scenario: Scenario, deployedTotal: Int) -> FundingResults {
    let assumptions = scenario.assumptions
    let day = scenario.mission.asOf?.lastDay
    let limit = day ?? .distantFuture
    let period = day.flatMap { scenario.mission.period(on: $0) }
    let periodStart = period?.startDay
    var unconvertedIndices: [Int] = []
    var cash = StageTotals()
    var inKind = StageTotals()
    var ceilings = 0.0
    var withoutSpending = 0
    var reportedThrough: Day?
    var burnPerDay = 0.0
    var burnLines = 0
    var carriedIn = 0.0
    var receivedBefore = 0.0
    var dated: [(day: Day, usd: Double)] = []
    var datedTotal = 0.0
    var channelTotals = [Double](repeating: 0, count: FundingChannel.allCases.count)
    var channelSeen = [Bool](repeating: false, count: FundingChannel.allCases.count)
    var donors = DonorTable()
    var rates = RateCache(assumptions)

    scenario.funding.withUnsafeBufferPointer { lines in
      for index in lines.indices {
        guard lines[index].counted else { continue }
        guard let rate = rates.usdPerUnit(lines[index].currency),
          let ledger = LineLedger(
            lines[index].entries, lines[index].flows, on: limit, before: periodStart, lineRate: rate, rates: &rates)
        else {
          unconvertedIndices.append(index)
          continue
        }
        if let ceiling = lines[index].ceiling?.value { ceilings += ceiling * rate }
        let isCash = lines[index].form == .cash
        if isCash { cash.add(ledger) } else { inKind.add(ledger) }
        let funding = ledger.received + ledger.commitmentOutstanding
        let channel = lines[index].channel.ordinal
        channelTotals[channel] += funding
        channelSeen[channel] = true
        donors.add(lines[index].donor, funding)

        // What the period started with: cash in hand then, and everything received before.
        receivedBefore += ledger.receivedBefore
        if isCash { carriedIn += ledger.inHandBefore }
        guard isCash else { continue }
        if ledger.received > 0 && !ledger.spendingReported { withoutSpending += 1 }
        if let through = ledger.spentThrough {
          reportedThrough = max(reportedThrough ?? through, through)
          if let perDay = ledger.spendingPerDay, let day, through.number >= day.number - burnWindowDays {
            burnPerDay += perDay
            burnLines += 1
          }
        }
        if ledger.commitmentOutstanding > 0 {
          // The compact entries say which commitments have a due date; only those full flows
          // are read (reading every full flow was most of this loop's time, in cache misses).
          var left = ledger.commitmentOutstanding
          // Dated commitments arrive on their due day; the compact entries carry it.
          let entries = lines[index].entries
          if entries.isComplete {
            entries.withBuffer { buffer in
              for entry in buffer
              where entry.stage == .commitment && !entry.toDate && entry.due != FlowEntry.none
                && entry.day <= limit.number && left > 0
              {
                let usd = min(left, entry.value * rate)
                left -= usd
                dated.append((Day(number: entry.due), usd))
                datedTotal += usd
              }
            }
          } else {
            for flow in lines[index].flows.indices where left > 0 {
              guard lines[index].flows[flow].stage == .commitment, !lines[index].flows[flow].toDate,
                (lines[index].flows[flow].day ?? .distantPast) <= limit,
                let due = lines[index].flows[flow].due?.lastDay
              else { continue }
              let flowRate = lines[index].flows[flow].currency.flatMap { rates.usdPerUnit($0) } ?? rate
              let usd = min(left, lines[index].flows[flow].amount.value * flowRate)
              left -= usd
              dated.append((due, usd))
              datedTotal += usd
            }
          }
        }
      }
    }
    var byChannel: [FundingChannel: Double] = [:]
    for (i, channel) in FundingChannel.allCases.enumerated() where channelSeen[i] {
      byChannel[channel] = channelTotals[i]
    }
    var byDonor = donors.totals
    byDonor.sort { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name }

    let perOfficer = assumptions.costPerOfficerYear.value
    let fixed = assumptions.fixedYearlyCost.value
    let monthly = (perOfficer * Double(deployedTotal) + fixed) / 12
    let burn =
      burnLines > 0
      ? BurnRate(perMonth: burnPerDay * Day.daysPerMonth, basis: .reported(lines: burnLines))
      : BurnRate(perMonth: monthly, basis: .budgeted)

    // The end that matters: the mandate in force, else the horizon from the day.
    let horizon = Double(max(0, assumptions.horizonMonths.value))
    var monthsLeft = horizon
    var end: Day?
    if let day {
      if let period {
        end = period.endDay
        monthsLeft = max(0, day.months(to: period.endDay))
      } else {
        end = day.adding(months: horizon)
      }
    }
    let covering = cash.inHand + cash.commitmentOutstanding + inKind.commitmentOutstanding
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
      let required = (perOfficer * Double(strength) + fixed) * monthsLeft / 12
      requirements.append(Requirement(level: level, strength: strength, required: required, gap: required - covering))
    }

    var mandate: MandateStatus?
    if let period, let day {
      let months = max(period.months, 1e-9)
      let requirement: Double
      let basis: MandateStatus.Basis
      if let budget = period.budget {
        requirement = budget.value
        basis = .budget
      } else {
        let (level, strength) = referenceStrength(scenario, deployedTotal: deployedTotal)
        requirement = (perOfficer * Double(strength) + fixed) * months / 12
        basis = .derived(strength: strength, level: level)
      }
      let remaining = requirement * max(0, day.months(to: period.endDay)) / months
      let receivedInPeriod = cash.received + inKind.received - receivedBefore
      mandate = MandateStatus(
        period: period, monthsLeft: monthsLeft, requirement: requirement, remaining: remaining, basis: basis,
        gap: remaining - covering,
        covered: carriedIn + max(0, receivedInPeriod) + cash.commitmentOutstanding + inKind.commitmentOutstanding)
    }
    let lastEnded = day.flatMap { d in scenario.mission.periods.filter { $0.endDay <= d }.max { $0.endDay < $1.endDay }
    }

    // The runway counts from the day spending is known to, when the burn rate is reported.
    var runwayStart = day
    if case .reported = burn.basis, let through = reportedThrough, let d = day { runwayStart = min(through, d) }
    let cashOnly = runway(from: runwayStart, balance: cash.inHand, burn: burn.perMonth, arrivals: [], end: end)
    let withCommitments = runway(
      from: runwayStart, balance: cash.inHand, burn: burn.perMonth, arrivals: dated.sorted { $0.day < $1.day },
      end: end)

    return FundingResults(
      day: day, unconvertedIndices: unconvertedIndices, byDonor: byDonor, byChannel: byChannel, cash: cash,
      inKind: inKind, ceilings: ceilings, linesWithoutSpending: withoutSpending,
      spendingReportedThrough: reportedThrough, burn: burn, runwayCashOnly: cashOnly,
      runwayWithCommitments: withCommitments, datedCommitments: datedTotal,
      undatedCommitments: max(0, cash.commitmentOutstanding - datedTotal), mandate: mandate,
      lastPeriodEnded: mandate == nil ? lastEnded : nil, requirements: requirements,
      monthlyCostAtDeployed: monthly, monthsLeft: monthsLeft)
  }

  /// The strength a period's requirement is derived from: planned, else authorized, else deployed.
  static func referenceStrength(_ scenario: Scenario, deployedTotal: Int) -> (StrengthLevel, Int) {
    if let planned = scenario.strength.planned { return (.planned, planned.value) }
    if let authorized = scenario.strength.authorized { return (.authorized, authorized.value) }
    return (.deployed, deployedTotal)
  }

  /// The day a balance spent at `burn` a month, topped up by `arrivals` on their days, first
  /// reaches zero; or that it lasts to `end`.
  static func runway(
    from start: Day?, balance: Double, burn: Double, arrivals: [(day: Day, usd: Double)], end: Day?
  ) -> RunwayEnd {
    guard let start else { return .undated }
    guard burn > 0 else { return .noSpending }
    let perDay = burn / Day.daysPerMonth
    var money = max(0, balance)
    var now = start
    // A commitment already due and not yet received is counted as arriving at the start: it
    // is owed now. Later ones arrive on their day, if the money has not run out before.
    for arrival in arrivals where arrival.day <= start { money += arrival.usd }
    for arrival in arrivals where arrival.day > start {
      let runsOut = now.number + Int((money / perDay).rounded(.down))
      if runsOut < arrival.day.number { return finish(Day(number: runsOut), end) }
      money -= perDay * Double(arrival.day.number - now.number)
      money += arrival.usd
      now = arrival.day
    }
    let days = min(1e8, (money / perDay).rounded(.down))
    return finish(now.adding(days: Int(days)), end)
  }

  static func finish(_ runsOut: Day, _ end: Day?) -> RunwayEnd {
    if let end, runsOut >= end { return .lasts(through: end) }
    return .runsOut(runsOut)
  }
}

extension FundingChannel {
  var ordinal: Int {
    switch self {
    case .bilateral: 0
    case .trustFund: 1
    case .assessed: 2
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
