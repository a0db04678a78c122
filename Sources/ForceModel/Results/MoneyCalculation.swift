import Dispatch

/// The money half of recalculation: every line's ledger on the day, the totals, the burn rate,
/// the runway as a date, and the gap to the end of the mandate in force.
///
/// It runs on every keystroke over up to 100,000 lines. The pass over the lines is `MoneyTally`
/// (each line's compact flow entries read in place, channel totals in fixed slots, donors
/// grouped by `DonorTable`), split across two threads for many lines; what follows works on
/// its sums.
enum MoneyCalculation {
  /// Spending reported within this many days of the newest day spending is known to sets the
  /// burn rate (three months). The window ends where the data ends, not at the as-of date: a
  /// burn measured in February is still the best figure in July, and the runway projected from
  /// it stays put as the cursor moves (it is marked stale instead).
  static let burnWindowDays = 91

  static func run(_ scenario: Scenario, deployedTotal: Int) -> FundingResults {
    run(scenario, deployedTotal: deployedTotal, tally: nil).results
  }

  /// The money results, with the pass over the lines they came from; `given` is a pass over the
  /// same lines, on the same day, to use instead of a new one (a bounded scenario whose lines
  /// did not move).
  static func run(_ scenario: Scenario, deployedTotal: Int, tally given: MoneyTally?) -> (
    results: FundingResults, tally: MoneyTally
  ) {
    let assumptions = scenario.assumptions
    let day = scenario.mission.asOf?.lastDay
    let limit = day ?? .distantFuture
    let period = day.flatMap { scenario.mission.period(on: $0) }
    let lastEnded = day.flatMap { d in
      scenario.mission.periods.filter { $0.endDay <= d }.max { $0.endDay < $1.endDay }
    }
    // With no mandate in force after one has ended, money is counted from its end: what it
    // committed and never received lapsed with it, and its cash stayed with it.
    let periodStart = period?.startDay ?? lastEnded?.endDay
    let context = Self.context(scenario, period: period, limit: limit, periodStart: periodStart)
    let tally = given ?? Self.tally(scenario.funding, context)
    let cash = tally.cash
    let inKind = tally.inKind
    let reportedThrough = tally.reportedThrough
    let (burnPerDay, burnLines) = tally.burn
    let (byDonor, byChannel) = Self.breakdowns(tally)

    let perOfficer = assumptions.costPerOfficerYear.value
    let fixed = assumptions.fixedYearlyCost.value
    let monthly = (perOfficer * Double(deployedTotal) + fixed) / 12
    // Only reported spending burns a pot's cash: the cost of the force is a result of its own
    // (an assumption), never set against one pot's cash.
    let burn =
      burnLines > 0
      ? BurnRate(perMonth: burnPerDay * Day.daysPerMonth, basis: .reported(lines: burnLines))
      : BurnRate(perMonth: 0, basis: .unknown)

    let horizon = Double(max(0, assumptions.horizonMonths.value))
    // The requirement at each strength runs over the whole period in force, else the horizon.
    let requirementMonths = period?.months ?? horizon
    var (end, monthsLeft) = Self.end(on: day, period: period, horizon: horizon)
    // In a mandate period the gap is FTS's unmet requirement: the whole period's requirement
    // less the period's funding, which time passing cannot turn into a surplus. With no
    // period in force it is the horizon's cost less cash in hand and commitments outstanding.
    let covering =
      period == nil ? cash.inHand + cash.commitmentOutstanding + inKind.commitmentOutstanding : tally.funding
    let requirements = Self.requirements(
      scenario, deployedTotal: deployedTotal, months: requirementMonths, covering: covering)

    var mandate: MandateStatus?
    if let period, let day {
      let (requirement, basis) = self.requirement(of: period, scenario, deployedTotal: deployedTotal, on: day)
      mandate = MandateStatus(
        period: period, monthsLeft: monthsLeft, requirement: requirement, basis: basis,
        gap: requirement - tally.funding, covered: tally.funding, lapsed: tally.lapsed, leftBehind: tally.leftBehind)
    }

    // The runway counts from the day spending is known to (the burn is reported, or unknown).
    var runwayStart = day
    if let through = reportedThrough, let d = day { runwayStart = min(through, d) }
    // With no mandate in force the horizon runs from where the data stops too, so "funded
    // through" does not slide with the cursor.
    if period == nil, let start = runwayStart { end = start.adding(months: horizon) }
    let cashOnly = runway(from: runwayStart, balance: cash.inHand, burn: burn.perMonth, arrivals: [], end: end)
    let withCommitments = runway(
      from: runwayStart, balance: cash.inHand, burn: burn.perMonth, arrivals: tally.dated.sorted { $0.day < $1.day },
      end: end)

    var results = FundingResults(
      day: day, unconvertedIndices: tally.unconvertedIndices, byDonor: byDonor, byChannel: byChannel, cash: cash,
      inKind: inKind, funding: tally.funding,
      knownTo: tally.newestFlow > Int.min ? Day(number: tally.newestFlow) : nil, ceilings: tally.ceilings,
      linesWithoutSpending: tally.withoutSpending,
      spendingReportedThrough: reportedThrough, burn: burn, runwayCashOnly: cashOnly,
      runwayWithCommitments: withCommitments, datedCommitments: tally.datedTotal,
      undatedCommitments: max(0, cash.commitmentOutstanding - tally.datedTotal), mandate: mandate,
      lastPeriodEnded: mandate == nil ? lastEnded : nil, requirements: requirements,
      monthlyCostAtDeployed: monthly, monthsLeft: monthsLeft, requirementMonths: requirementMonths)
    results.staleMoneyDays = assumptions.staleness.moneyDays
    results.cashLastKnownBefore = tally.lastKnownBefore
    if day != nil { results.knownLines = tally.knownLines }
    return (results, tally)
  }

  /// What the pass over the lines needs to know of the period in force.
  static func context(_ scenario: Scenario, period: MandatePeriod?, limit: Day, periodStart: Day?)
    -> MoneyTally.Context
  {
    MoneyTally.Context(
      limit: limit, periodStart: periodStart, carryCash: period?.carryOver?.cash ?? false,
      carryCommitments: period?.carryOver?.commitments ?? false,
      sameForce: period.map { now in
        let before = scenario.mission.periods.last { $0.startDay < now.startDay }
        return before != nil && before?.force == now.force
      } ?? false,
      periodID: period?.id,
      laterPeriods: Set(
        scenario.mission.periods.filter { $0.startDay > (period?.startDay ?? limit) }.map(\.id)),
      assumptions: scenario.assumptions)
  }

  /// Funding by donor, largest first, and by channel, for the channels seen.
  static func breakdowns(_ tally: MoneyTally) -> ([GroupTotal], [FundingChannel: Double]) {
    var byChannel: [FundingChannel: Double] = [:]
    for (i, channel) in FundingChannel.allCases.enumerated() where tally.channelSeen[i] {
      byChannel[channel] = tally.channelTotals[i]
    }
    var byDonor = tally.donors.totals
    byDonor.sort { $0.usd != $1.usd ? $0.usd > $1.usd : $0.name < $1.name }
    return (byDonor, byChannel)
  }

  /// The end that matters — the mandate in force, else the horizon from the day — and the
  /// months left to it.
  static func end(on day: Day?, period: MandatePeriod?, horizon: Double) -> (end: Day?, monthsLeft: Double) {
    guard let day else { return (nil, horizon) }
    guard let period else { return (day.adding(months: horizon), horizon) }
    return (period.endDay, max(0, day.months(to: period.endDay)))
  }

  /// One tally over the lines, or two on two threads when there are many: the lines are
  /// independent, and 100,000 of them were 12 ms on one core.
  static func tally(_ funding: [FundingLine], _ context: MoneyTally.Context) -> MoneyTally {
    var tally = MoneyTally()
    funding.withUnsafeBufferPointer { lines in
      let count = lines.count
      guard count >= MoneyTally.splitAt else {
        tally.add(lines, 0..<count, context)
        return
      }
      let half = count / 2
      var parts = [MoneyTally(), MoneyTally()]
      parts.withUnsafeMutableBufferPointer { slots in
        let box = UnsafeSendable((lines, slots))
        DispatchQueue.concurrentPerform(iterations: 2) { part in
          let (lines, slots) = box.value
          slots[part].add(lines, part == 0 ? 0..<half : half..<count, context)
        }
      }
      tally = parts[0]
      tally.merge(parts[1])
    }
    return tally
  }

  /// What the force costs over `months` at each strength level the scenario states (and at
  /// deployed), and the gap to what `covering` pays.
  static func requirements(_ scenario: Scenario, deployedTotal: Int, months requirementMonths: Double, covering: Double)
    -> [Requirement]
  {
    let perOfficer = scenario.assumptions.costPerOfficerYear.value
    let fixed = scenario.assumptions.fixedYearlyCost.value
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
      let required = (perOfficer * Double(strength) + fixed) * requirementMonths / 12
      requirements.append(Requirement(level: level, strength: strength, required: required, gap: required - covering))
    }

    return requirements
  }

  /// What a whole period costs: its stated budget, else the cost per officer-year at the
  /// reference strength (+ fixed cost) over its months, an assumption.
  /// A budget dated after `day` is not known on it: until then the requirement is derived.
  static func requirement(
    of period: MandatePeriod, _ scenario: Scenario, deployedTotal: Int, on day: Day? = nil
  ) -> (Double, MandateStatus.Basis) {
    if let budget = period.budget, (budget.asOf?.lastDay ?? .distantPast) <= (day ?? .distantFuture) {
      return (budget.value, .budget)
    }
    let assumptions = scenario.assumptions
    let (level, strength) = referenceStrength(scenario, deployedTotal: deployedTotal)
    let perOfficer = assumptions.costPerOfficerYear.value
    let yearly = perOfficer * Double(strength) + assumptions.fixedYearlyCost.value
    return (
      yearly * max(period.months, 1e-9) / 12, .derived(strength: strength, level: level, perOfficerYear: perOfficer)
    )
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
    if let index = TextLookup.index(of: currency, in: codes) { return rates[index] }
    let rate = assumptions.usdPerUnit(currency)
    codes.append(currency)
    rates.append(rate)
    return rate
  }
}
