/// Money derived from the funding lines, the mandate periods and the assumptions, all in USD and
/// all as of one day.
public struct FundingResults: Sendable, Equatable {
  /// The day the results are as of: the end of the scenario's date; nil when it has none (every
  /// flow counts, and nothing that needs a date — runway, months left — is worked out).
  public var day: Day?
  /// The lines (by index) a currency of which has no exchange rate: left out of every total.
  /// Each line's own ledger is worked out when it is shown (`ledger(of:in:)`), not stored: a
  /// stored ledger for each of 100,000 lines was 12 MB written on every keystroke.
  public var unconvertedIndices: [Int]
  /// Funding (received plus commitments outstanding) by donor, largest first.
  public var byDonor: [GroupTotal]
  /// Funding by channel.
  public var byChannel: [FundingChannel: Double]
  /// The cash lines' totals.
  public var cash: StageTotals
  /// The in-kind lines' totals: valued, counted toward coverage, never cash in hand.
  public var inKind: StageTotals
  /// Funding (FTS: paid contributions and commitments, never pledges) for the mandate period in
  /// force: cash carried in, received in the period less what was frozen in it, and
  /// commitments outstanding in it; all time when no period is in force.
  public var funding: Double
  /// The newest day of a money flow counted: how far the money results are known.
  public var knownTo: Day?
  /// Every stated ceiling ("up to"): shown beside the gap, never counted.
  public var ceilings: Double
  /// Counted lines that could not be converted to USD.
  public var unconvertedLines: Int { unconvertedIndices.count }
  /// Cash lines with money received and no spending reported: cash in hand is then a bound.
  public var linesWithoutSpending: Int
  /// The latest day spending is reported to, over the cash lines that report any.
  public var spendingReportedThrough: Day?
  /// Spending a month, from what is reported.
  public var burn: BurnRate
  /// When cash in hand runs out at the burn rate.
  public var runwayCashOnly: RunwayEnd
  /// When cash in hand plus dated commitments runs out at the burn rate.
  public var runwayWithCommitments: RunwayEnd
  /// Cash commitments outstanding with a due date, counted in the runway with commitments.
  public var datedCommitments: Double
  /// Cash commitments outstanding with no due date: counted in the gap, not in the runway.
  public var undatedCommitments: Double
  /// The mandate in force and what it still needs; nil when no period is in force.
  public var mandate: MandateStatus?
  /// The period that ended last before the day, when none is in force.
  public var lastPeriodEnded: MandatePeriod?
  /// What the rest of the mandate (or the horizon) costs at each strength, and the gap at each.
  public var requirements: [Requirement]
  /// Yearly cost at the deployed strength divided by twelve.
  public var monthlyCostAtDeployed: Double
  /// Months left in the mandate in force, or the horizon when none is in force.
  public var monthsLeft: Double
  /// Months the requirement at each strength runs for: the whole mandate period in force (its
  /// gap is the period's unmet requirement), or the horizon from the day when none is.
  public var requirementMonths: Double

  /// A line's stage totals in USD on the results' day (a line left out is worked out too); nil
  /// where a currency it uses has no exchange rate.
  public func ledger(of index: Int, in scenario: Scenario) -> LineLedger? {
    guard scenario.funding.indices.contains(index) else { return nil }
    return scenario.funding[index].ledger(on: day, assumptions: scenario.assumptions)
  }

  /// Whether all of a line's money belongs to mandates before the one in force: it had some when
  /// the period started, the period carries none of it over, and nothing of it is the period's own
  /// (no receipt, commitment or cash since). Asked only of the lines on screen.
  public func isEarlierMandates(_ index: Int, in scenario: Scenario) -> Bool {
    guard let period = mandate?.period, period.carryOver?.cash != true, period.carryOver?.commitments != true,
      scenario.funding.indices.contains(index)
    else {
      return false
    }
    let line = scenario.funding[index]
    guard line.period != period.id,
      let ledger = line.ledger(on: day, before: period.startDay, assumptions: scenario.assumptions)
    else { return false }
    let hadSome = ledger.receivedBefore > 0.5 || ledger.lapsedBefore > 0.5 || ledger.pledgeOutstandingBefore > 0.5
    let ownNow =
      ledger.received - ledger.receivedBefore > 0.5 || ledger.commitmentOutstandingInPeriod > 0.5
      || ledger.inHand - ledger.inHandBefore > 0.5
    return hadSome && !ownNow
  }

  /// The requirement at one strength, if the scenario has that strength.
  public func requirement(_ level: StrengthLevel) -> Requirement? {
    requirements.first { $0.level == level }
  }

  /// The newest day cash was reported on, when nothing of the period in force's own cash is
  /// reported (none received, spent or carried in): cash in hand is then unknown, not $0.
  public var cashUnknownSince: Day? {
    guard let since = cashLastKnownBefore, cash.inHand == 0, spendingReportedThrough == nil,
      linesWithoutSpending == 0
    else { return nil }
    return since
  }

  /// Cash in hand is an upper bound, not a figure: some spending is not reported to the day.
  public var inHandIsBound: Bool {
    if linesWithoutSpending > 0 { return true }
    if let through = spendingReportedThrough, let day, through < day { return true }
    return false
  }

  /// The day spending is last known to, when that is older than the money staleness window
  /// (three months unless the scenario says) before the day shown: cash in hand and the runway
  /// are then projections from history.
  public var spendingIsStale: Day? {
    guard let through = spendingReportedThrough, Staleness.isStale(through, on: day, window: staleMoneyDays) else {
      return nil
    }
    return through
  }

  /// The newest day cash was reported on before the period in force (or the end of the last
  /// one, when none is in force), when that cash is not carried into it.
  public var cashLastKnownBefore: Day?

  /// The money staleness window the scenario states (`Staleness.moneyDays`).
  public var staleMoneyDays = Staleness.defaultMoneyDays

  /// The lines (by index, in order) anything of which is known on `day`: the rows the funding
  /// table lists, noted by the pass over the lines that made these results. Nil when not noted
  /// (no day: every line is known, or results made some other way).
  public var knownLines: [Int32]?

  /// The gap to the end of the mandate, or over the horizon when none is in force.
  public var gap: Double { mandate?.gap ?? requirements.first { $0.level == .planned }?.gap ?? 0 }
}

/// A group of lines' totals on the day.
public struct StageTotals: Sendable, Hashable {
  /// Pledged to date (never counted as funding).
  public var pledged = 0.0
  /// Committed to date.
  public var committed = 0.0
  /// Received to date.
  public var received = 0.0
  /// Spent to date.
  public var spent = 0.0
  /// Frozen: received or committed, not usable until released.
  public var frozen = 0.0
  /// Cash in hand carried in from the previous period (a source says so).
  public var carriedIn = 0.0
  /// Received less spent, frozen and refunded.
  public var inHand = 0.0
  /// Committed, not yet received, frozen or cancelled.
  public var commitmentOutstanding = 0.0
  /// Pledged, not yet committed.
  public var pledgeOutstanding = 0.0

  /// Totals of nothing.
  public init() {}

  mutating func add(_ other: StageTotals) {
    pledged += other.pledged
    committed += other.committed
    received += other.received
    spent += other.spent
    frozen += other.frozen
    carriedIn += other.carriedIn
    inHand += other.inHand
    commitmentOutstanding += other.commitmentOutstanding
    pledgeOutstanding += other.pledgeOutstanding
  }

  /// Adds a line's ledger as the period in force sees it (`MoneyTally`): received, spent and
  /// frozen since the period started (to date when no period is in force), what was carried in,
  /// its commitments outstanding and cash in hand in it; pledged and committed to date.
  @inline(__always) mutating func add(_ ledger: LineLedger, view: PeriodView) {
    let since = view.countsFromStart
    pledged += ledger.pledged
    committed += ledger.committed
    received += since ? ledger.received - ledger.receivedBefore : ledger.received
    spent += since ? ledger.spent - ledger.spentBefore : ledger.spent
    frozen += since ? ledger.frozen - ledger.frozenBefore : ledger.frozen
    carriedIn += view.carried
    inHand += view.inHand
    commitmentOutstanding += view.outstanding
    pledgeOutstanding += view.pledgeOutstanding
  }

  /// How one line's ledger is read for the period in force.
  struct PeriodView {
    /// Stages count from the period's start, not from the line's first flow.
    var countsFromStart: Bool
    var carried: Double
    var inHand: Double
    var outstanding: Double
    var pledgeOutstanding: Double
  }
}

/// How fast cash is spent, and what that figure rests on.
public struct BurnRate: Sendable, Hashable {
  /// Where a burn rate comes from.
  public enum Basis: Sendable, Hashable {
    /// Reported spending over the three months up to the newest day spending is known to: the
    /// lines that reported it.
    case reported(lines: Int)
    /// No spending is reported for the period's cash: the burn, and so the runway, is unknown.
    /// The cost of the force (an assumption) is shown as a result of its own, never as a burn.
    case unknown
  }

  /// Spending a month.
  public var perMonth: Double
  /// Where the rate comes from.
  public var basis: Basis
}

/// When money runs out.
public enum RunwayEnd: Sendable, Hashable {
  /// The money lasts to this day and no further.
  case runsOut(Day)
  /// The money lasts past the end of the mandate (or the horizon), the day given.
  case lasts(through: Day)
  /// Nothing is spent: no burn rate to run out at.
  case noSpending
  /// No date to count from (the scenario has no date).
  case undated

  /// The day the money ran out, when it is before `day`: a projection from where the data stops
  /// that has already passed, to be said as such ("ran out ~…"), never as news.
  public func passed(before day: Day?) -> Day? {
    guard case .runsOut(let end) = self, let day, end < day else { return nil }
    return end
  }

  /// The end in words: a date, or that it lasts.
  public var text: String {
    switch self {
    case .runsOut(let day): "\(day)"
    case .lasts(let through): "funded through \(through)"
    case .noSpending: "unknown: no spending reported"
    case .undated: "no date to count from"
    }
  }

  /// The day money runs out, if it does before the end.
  public var day: Day? {
    if case .runsOut(let day) = self { return day }
    return nil
  }
}

/// The mandate period in force and the money it still needs.
public struct MandateStatus: Sendable, Hashable {
  /// Where a period's requirement comes from: its stated budget, or the cost per officer-year (an assumption).
  public enum Basis: Sendable, Hashable {
    /// The period's stated budget, pro rata for the months left.
    case budget
    /// Cost per officer-year × the planned strength (+ fixed cost): an assumption.
    case derived(strength: Int, level: StrengthLevel, perOfficerYear: Double)
  }

  /// What the requirement rests on, in words a reader can check: "budget ~$600M" where a source
  /// gives one, else "derived: 5,500 planned × $240K (assumption)".
  public var basisText: String {
    switch basis {
    case .budget:
      "budget " + (period.budget.map { Format.amount($0, currency: "USD") } ?? Format.money(requirement))
    case .derived(let strength, let level, let perOfficerYear):
      "derived: \(Format.count(strength)) \(level.label) × \(Format.money(perOfficerYear)) (assumption)"
    }
  }

  /// The period in force.
  public var period: MandatePeriod
  /// Months from the date shown to its end.
  public var monthsLeft: Double
  /// The whole period's requirement.
  public var requirement: Double
  /// Where its requirement comes from.
  public var basis: Basis
  /// The period's requirement − its funding (`covered`): FTS's unmet requirement.
  public var gap: Double
  /// Funding for the period: cash carried in + received in the period (less frozen) +
  /// commitments outstanding in it.
  public var covered: Double
  /// Commitments outstanding at the period's start that lapsed with the previous period
  /// (and with any period before it): "committed before the period, never received"; 0 when the
  /// period carries commitments over.
  public var lapsed: Double = 0
  /// Cash in hand at the period's start that stays with the previous period (not carried over).
  public var leftBehind: Double = 0
  /// `covered` as a share of the whole period's requirement.
  public var coverage: Double? { requirement > 0 ? covered / requirement : nil }
}

/// A total for one donor.
public struct GroupTotal: Sendable, Hashable {
  /// The donor or channel.
  public var name: String
  /// Its funding in USD.
  public var usd: Double
  /// How many lines it has.
  public var lines: Int
}

/// The money a strength needs for the months left, against cash in hand and commitments.
public struct Requirement: Sendable, Hashable {
  /// The strength level.
  public var level: StrengthLevel
  /// Officers at that level.
  public var strength: Int
  /// What the force costs at that strength over the months counted.
  public var required: Double
  /// Required − cash in hand − commitments outstanding: positive is a gap, negative a surplus.
  public var gap: Double
}
