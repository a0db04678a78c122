/// What a funding line's flows add up to on one day, stage by stage, in one currency.
///
/// A stage's total is its latest running total (`toDate`) dated on or before the day plus the
/// additions dated after that total; freezes and cancellations are kept apart by the stage they
/// reduce. It is a value of fixed size, worked out in two passes over the line's flows, because
/// recalculation does this for 100,000 lines on every keystroke.
public struct LineLedger: Sendable, Hashable {
  /// Pledged to date, in USD.
  public var pledged = 0.0
  /// Committed to date, in USD.
  public var committed = 0.0
  /// Received to date, in USD.
  public var received = 0.0
  /// Spent to date, in USD.
  public var spent = 0.0
  /// Received money taken out of use (a stop-work order).
  public var frozen = 0.0
  /// Commitments frozen before they were paid.
  public var frozenCommitment = 0.0
  /// Pledges withdrawn or frozen.
  public var cancelledPledge = 0.0
  /// Commitments withdrawn.
  public var cancelledCommitment = 0.0
  /// Received money taken back (a refund).
  public var refunded = 0.0
  /// Whether any spending is reported on or before the day.
  public var spendingReported = false
  /// The newest day of a flow on or before the day: how far the line's money is known.
  public var newest: Int = Int.min
  /// The latest day spending is reported to.
  public var spentThrough: Day?
  /// Spending per day over the latest reported span, when the flows give one: the latest spending
  /// with a `since`, or the difference between the two latest reports.
  public var spendingPerDay: Double?
  /// Received, and cash in hand, on the day before a second day asked for at the same time (a
  /// mandate period's start, for its coverage): one pass over the flows serves both.
  public var receivedBefore = 0.0
  var inHandBefore = 0.0
  /// Received money frozen before the period started (already out of `inHandBefore`).
  public var frozenBefore = 0.0
  /// Spent on or before the day before the period started.
  public var spentBefore = 0.0
  /// Commitments outstanding on the day before the period started: what lapses at its start
  /// unless the period carries commitments over (IATI: a commitment never disbursed).
  public var lapsedBefore = 0.0
  /// Pledges outstanding on the day before the period started: an old period's pledges, not
  /// this one's.
  public var pledgeOutstandingBefore = 0.0

  /// A ledger of nothing.
  public init() {}

  /// The ledger in USD of the line at `line` on `day`; nil when a flow's currency has no exchange
  /// rate. The line is read in place, its compact entries where they lie (most lines), else
  /// entries made from its full flows.
  init?(
    line: UnsafePointer<FundingLine>, on day: Day, before start: Day? = nil, lineRate: Double, rates: inout RateCache
  ) {
    self.init()
    guard Self.fill(&self, line: line, on: day, before: start, lineRate: lineRate, rates: &rates) else { return nil }
  }

  /// The same, written into `ledger` (which must be a new one): false when a flow's currency
  /// has no exchange rate. The money tally keeps one ledger for all its lines; returning each
  /// one copied its 200 bytes twice, for each of 100,000 lines at every recalculation.
  @inline(__always)
  static func fill(
    _ ledger: inout LineLedger, line: UnsafePointer<FundingLine>, on day: Day, before start: Day? = nil,
    lineRate: Double, rates: inout RateCache
  ) -> Bool {
    line.pointee.entries.isComplete
      ? FlowEntries.withBuffer(in: line) {
        fill(&ledger, $0, nil, on: day.number, before: start, lineRate: lineRate, rates: &rates)
      }
      : line.pointee.flows.map(FlowEntry.init).withUnsafeBufferPointer {
        fill(&ledger, $0, line.pointee.flows, on: day.number, before: start, lineRate: lineRate, rates: &rates)
      }
  }

  /// The two passes over the compact entries; the full flows are read only for a currency of
  /// their own, a span or a previous report.
  static func compute(
    _ entries: UnsafeBufferPointer<FlowEntry>, _ flows: [Flow]?, on day: Int, before start: Day? = nil,
    lineRate: Double, rates: inout RateCache
  ) -> LineLedger? {
    var ledger = LineLedger()
    return fill(&ledger, entries, flows, on: day, before: start, lineRate: lineRate, rates: &rates) ? ledger : nil
  }

  /// `compute`, written into `ledger` (a new one); false when unconvertible.
  static func fill(
    _ ledger: inout LineLedger, _ entries: UnsafeBufferPointer<FlowEntry>, _ flows: [Flow]?, on day: Int,
    before start: Day? = nil, lineRate: Double, rates: inout RateCache
  ) -> Bool {
    let count = entries.count
    var unconvertible = false
    func valueOf(_ index: Int) -> Double {
      usdValue(entries, flows, index, lineRate: lineRate, rates: &rates, unconvertible: &unconvertible)
    }
    let early = start.map { $0.number - 1 } ?? Int.min
    let hasStart = start != nil
    let (runningValue, runningDay, earlyValue, earlyDay) = latestRunningTotals(
      entries, flows, on: day, early: early, hasStart: hasStart, lineRate: lineRate, rates: &rates,
      unconvertible: &unconvertible)
    ledger.pledged = runningValue.0
    ledger.committed = runningValue.1
    ledger.received = runningValue.2
    ledger.spent = runningValue.3
    // Pass 2: additions after the running total, and the freezes and cancellations. (An undated
    // running total has the day `FlowEntry.undated`, after the "no total yet" of `Int.min`.)
    var latestSpent = -1
    var latestSpentDay = Int.min
    var earlyReceived = earlyValue.0
    var earlySpent = earlyValue.1
    var earlyCommitted = earlyValue.2
    var earlyPledged = earlyValue.3
    var earlyPledgeWithdrawn = 0.0
    var earlyWithdrawn = 0.0
    var earlyTakenBack = 0.0
    var earlyFrozen = 0.0
    for index in 0..<count {
      let at = entries[index].day
      guard at <= day else { continue }
      if at > ledger.newest && at != FlowEntry.undated { ledger.newest = at }
      let value = valueOf(index)
      let addition = !entries[index].toDate
      let isEarly = hasStart && at <= early
      switch entries[index].stage {
      case .pledge:
        if addition && at > runningDay.0 { ledger.pledged += value }
        if isEarly && addition && at > earlyDay.3 { earlyPledged += value }
      case .commitment:
        if addition && at > runningDay.1 { ledger.committed += value }
        if isEarly && addition && at > earlyDay.2 { earlyCommitted += value }
      case .received:
        if addition && at > runningDay.2 { ledger.received += value }
        if isEarly && addition && at > earlyDay.0 { earlyReceived += value }
      case .spent:
        if addition && at > runningDay.3 { ledger.spent += value }
        if isEarly && addition && at > earlyDay.1 { earlySpent += value }
        ledger.spendingReported = true
        if at >= latestSpentDay { (latestSpent, latestSpentDay) = (index, at) }
      case .frozen, .cancelled:
        let frozen = entries[index].stage == .frozen
        switch entries[index].reduces {
        case .pledge:
          ledger.cancelledPledge += value
          if isEarly { earlyPledgeWithdrawn += value }
        case .commitment:
          if frozen { ledger.frozenCommitment += value } else { ledger.cancelledCommitment += value }
          if isEarly { earlyWithdrawn += value }
        default:
          if frozen { ledger.frozen += value } else { ledger.refunded += value }
          if isEarly { earlyTakenBack += value }
          if isEarly && frozen { earlyFrozen += value }
        }
      }
    }
    if unconvertible { return false }
    ledger.receivedBefore = earlyReceived
    ledger.frozenBefore = earlyFrozen
    ledger.inHandBefore = max(0, earlyReceived - earlySpent - earlyTakenBack)
    ledger.spentBefore = earlySpent
    ledger.lapsedBefore = max(0, earlyCommitted - earlyWithdrawn - max(0, earlyReceived))
    ledger.pledgeOutstandingBefore = max(0, earlyPledged - earlyPledgeWithdrawn - max(earlyCommitted, earlyReceived))
    guard latestSpent >= 0 else { return true }
    ledger.measureSpending(entries, flows, latest: latestSpent, on: latestSpentDay, lineRate: lineRate, rates: &rates)
    return true
  }

  /// A flow's value in USD: at the line's rate, or its own currency's; a currency with no
  /// rate marks the whole line unconvertible.
  @inline(__always)
  static func usdValue(
    _ entries: UnsafeBufferPointer<FlowEntry>, _ flows: [Flow]?, _ index: Int, lineRate: Double,
    rates: inout RateCache, unconvertible: inout Bool
  ) -> Double {
    guard entries[index].hasCurrency else { return entries[index].value * lineRate }
    guard let flows, flows.indices.contains(index), let code = flows[index].currency,
      let rate = rates.usdPerUnit(code)
    else {
      unconvertible = true
      return 0
    }
    return entries[index].value * rate
  }

  /// Pass 1: the latest running total ("to date") of each of the first four stages on `day`,
  /// and on the day before the period starts (`early`), with the days they were stated. The
  /// tuples are pledge, commitment, received, spent for the running totals and received,
  /// spent, commitment, pledge for the early ones, as the second pass reads them.
  @inline(__always)
  static func latestRunningTotals(
    _ entries: UnsafeBufferPointer<FlowEntry>, _ flows: [Flow]?, on day: Int, early: Int, hasStart: Bool,
    lineRate: Double, rates: inout RateCache, unconvertible: inout Bool
  ) -> (
    runningValue: (Double, Double, Double, Double), runningDay: (Int, Int, Int, Int),
    earlyValue: (Double, Double, Double, Double), earlyDay: (Int, Int, Int, Int)
  ) {
    var runningValue = (0.0, 0.0, 0.0, 0.0)
    var runningDay = (Int.min, Int.min, Int.min, Int.min)
    var earlyValue = (0.0, 0.0, 0.0, 0.0)
    var earlyDay = (Int.min, Int.min, Int.min, Int.min)
    let count = entries.count
    for index in 0..<count where entries[index].toDate {
      let at = entries[index].day
      guard at <= day else { continue }
      let value = usdValue(entries, flows, index, lineRate: lineRate, rates: &rates, unconvertible: &unconvertible)
      switch entries[index].stage {
      case .pledge:
        if at >= runningDay.0 { (runningValue.0, runningDay.0) = (value, at) }
        if hasStart && at <= early && at >= earlyDay.3 { (earlyValue.3, earlyDay.3) = (value, at) }
      case .commitment:
        if at >= runningDay.1 { (runningValue.1, runningDay.1) = (value, at) }
        if hasStart && at <= early && at >= earlyDay.2 { (earlyValue.2, earlyDay.2) = (value, at) }
      case .received:
        if at >= runningDay.2 { (runningValue.2, runningDay.2) = (value, at) }
        if hasStart && at <= early && at >= earlyDay.0 { (earlyValue.0, earlyDay.0) = (value, at) }
      case .spent:
        if at >= runningDay.3 { (runningValue.3, runningDay.3) = (value, at) }
        if hasStart && at <= early && at >= earlyDay.1 { (earlyValue.1, earlyDay.1) = (value, at) }
      case .frozen, .cancelled:
        break
      }
    }
    return (runningValue, runningDay, earlyValue, earlyDay)
  }

  /// The rate of the latest reported span of spending: its own `since`, else the step from the
  /// report before it.
  mutating func measureSpending(
    _ entries: UnsafeBufferPointer<FlowEntry>, _ flows: [Flow]?, latest latestSpent: Int, on end: Int,
    lineRate: Double, rates: inout RateCache
  ) {
    var unconvertible = false
    spentThrough = Day(number: end)
    let since = entries[latestSpent].since
    if entries[latestSpent].since != FlowEntry.none, since < end {
      spendingPerDay =
        Self.usdValue(entries, flows, latestSpent, lineRate: lineRate, rates: &rates, unconvertible: &unconvertible)
        / Double(end - since)
      return
    }
    var previous = Int.min
    for index in 0..<entries.count where entries[index].stage == .spent && entries[index].day < end {
      previous = max(previous, entries[index].day)
    }
    guard previous > Int.min,
      let before = LineLedger.compute(entries, flows, on: previous, lineRate: lineRate, rates: &rates)
    else { return }
    spendingPerDay = max(0, spent - before.spent) / Double(end - previous)
  }

  /// Money received and not spent, frozen or refunded: for a cash line, cash in hand.
  public var inHand: Double { max(0, received - spent - frozen - refunded) }

  /// Committed money not yet received, frozen or cancelled.
  public var commitmentOutstanding: Double {
    max(0, committed - cancelledCommitment - frozenCommitment - max(0, received))
  }

  /// Committed in the period and not yet received: commitments outstanding less what lapsed at
  /// the period's start (`lapsedBefore`), for a period that does not carry them over.
  public var commitmentOutstandingInPeriod: Double { max(0, commitmentOutstanding - lapsedBefore) }

  /// Pledged money not (yet) committed or received: shown, never counted as funding.
  public var pledgeOutstanding: Double { max(0, pledged - cancelledPledge - max(committed, received)) }

  /// The total of one stage; for frozen and cancelled, every amount taken back.
  public func total(_ stage: FlowStage) -> Double {
    switch stage {
    case .pledge: pledged
    case .commitment: committed
    case .received: received
    case .spent: spent
    case .frozen: frozen + frozenCommitment
    case .cancelled: cancelledCommitment + cancelledPledge + refunded
    }
  }
}
