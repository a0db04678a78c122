/// What a funding line's flows add up to on one day, stage by stage, in one currency.
///
/// A stage's total is its latest running total (`toDate`) dated on or before the day plus the
/// additions dated after that total; freezes and cancellations are kept apart by the stage they
/// reduce. It is a value of fixed size, worked out in two passes over the line's flows, because
/// recalculation does this for 100,000 lines on every keystroke.
public struct LineLedger: Sendable, Hashable {
  public var pledged = 0.0
  public var committed = 0.0
  public var received = 0.0
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
  /// The latest day spending is reported to.
  public var spentThrough: Day?
  /// Spending per day over the latest reported span, when the flows give one: the latest spending
  /// with a `since`, or the difference between the two latest reports.
  public var spendingPerDay: Double?
  /// Received, and cash in hand, on the day before a second day asked for at the same time (a
  /// mandate period's start, for its coverage): one pass over the flows serves both.
  public var receivedBefore = 0.0
  public var inHandBefore = 0.0

  public init() {}

  /// The ledger in USD on `day`; nil when a flow's currency has no exchange rate.
  init?(_ flows: [Flow], on day: Day, before start: Day? = nil, lineRate: Double, rates: inout RateCache) {
    guard
      let ledger = flows.withUnsafeBufferPointer({ buffer in
        LineLedger.compute(buffer, on: day, before: start, lineRate: lineRate, rates: &rates)
      })
    else { return nil }
    self = ledger
  }

  /// The two passes, reading the flows in place: a `for flow in flows` loop copies each flow,
  /// retaining its sources, note and derivation, and that copying was most of the cost of a
  /// recalculation over 100,000 lines.
  static func compute(
    _ flows: UnsafeBufferPointer<Flow>, on day: Day, before start: Day? = nil, lineRate: Double,
    rates: inout RateCache
  ) -> LineLedger? {
    var ledger = LineLedger()
    let count = flows.count
    // A flow's day and USD value are worked out where they are needed: cheaper than two arrays
    // a line (two allocations each of 100,000 times).
    func dayOf(_ index: Int) -> Day { flows[index].day ?? .distantPast }
    var unconvertible = false
    func valueOf(_ index: Int) -> Double {
      guard let code = flows[index].currency else { return flows[index].amount.value * lineRate }
      guard let rate = rates.usdPerUnit(code) else {
        unconvertible = true
        return 0
      }
      return flows[index].amount.value * rate
    }
    // Pass 1: the latest running total of each of the first four stages.
    var runningValue = (0.0, 0.0, 0.0, 0.0)
    var runningDay = (Day.distantPast, Day.distantPast, Day.distantPast, Day.distantPast)
    var hasRunning = (false, false, false, false)
    // The same for received and spent before `start` (`early` is the last day before it).
    let early = start.map { $0.adding(days: -1) } ?? .distantPast
    var earlyValue = (0.0, 0.0)
    var earlyDay = (Day.distantPast, Day.distantPast)
    var hasEarly = (false, false)
    for index in 0..<count where flows[index].toDate {
      let at = dayOf(index)
      guard at <= day else { continue }
      let value = valueOf(index)
      if start != nil && at <= early {
        if flows[index].stage == .received && (!hasEarly.0 || at >= earlyDay.0) {
          (earlyValue.0, earlyDay.0, hasEarly.0) = (value, at, true)
        } else if flows[index].stage == .spent && (!hasEarly.1 || at >= earlyDay.1) {
          (earlyValue.1, earlyDay.1, hasEarly.1) = (value, at, true)
        }
      }
      switch flows[index].stage {
      case .pledge:
        if !hasRunning.0 || at >= runningDay.0 { (runningValue.0, runningDay.0, hasRunning.0) = (value, at, true) }
      case .commitment:
        if !hasRunning.1 || at >= runningDay.1 { (runningValue.1, runningDay.1, hasRunning.1) = (value, at, true) }
      case .received:
        if !hasRunning.2 || at >= runningDay.2 { (runningValue.2, runningDay.2, hasRunning.2) = (value, at, true) }
      case .spent:
        if !hasRunning.3 || at >= runningDay.3 { (runningValue.3, runningDay.3, hasRunning.3) = (value, at, true) }
      case .frozen, .cancelled:
        break
      }
    }
    ledger.pledged = runningValue.0
    ledger.committed = runningValue.1
    ledger.received = runningValue.2
    ledger.spent = runningValue.3
    // Pass 2: additions after the running total, and the freezes and cancellations.
    var latestSpent: Int?
    var latestSpentDay = Day.distantPast
    var earlyReceived = earlyValue.0
    var earlySpent = earlyValue.1
    var earlyTakenBack = 0.0
    for index in 0..<count {
      let at = dayOf(index)
      guard at <= day else { continue }
      let value = valueOf(index)
      let toDate = flows[index].toDate
      if start != nil && at <= early {
        switch flows[index].stage {
        case .received: if !toDate && (!hasEarly.0 || at > earlyDay.0) { earlyReceived += value }
        case .spent: if !toDate && (!hasEarly.1 || at > earlyDay.1) { earlySpent += value }
        case .frozen, .cancelled: if (flows[index].reduces ?? .received) == .received { earlyTakenBack += value }
        default: break
        }
      }
      switch flows[index].stage {
      case .pledge: if !toDate && (!hasRunning.0 || at > runningDay.0) { ledger.pledged += value }
      case .commitment: if !toDate && (!hasRunning.1 || at > runningDay.1) { ledger.committed += value }
      case .received: if !toDate && (!hasRunning.2 || at > runningDay.2) { ledger.received += value }
      case .spent:
        if !toDate && (!hasRunning.3 || at > runningDay.3) { ledger.spent += value }
        ledger.spendingReported = true
        if latestSpent == nil || at >= latestSpentDay { (latestSpent, latestSpentDay) = (index, at) }
      case .frozen, .cancelled:
        switch (flows[index].stage, flows[index].reduces ?? .received) {
        case (_, .pledge): ledger.cancelledPledge += value
        case (.frozen, .commitment): ledger.frozenCommitment += value
        case (_, .commitment): ledger.cancelledCommitment += value
        case (.frozen, _): ledger.frozen += value
        default: ledger.refunded += value
        }
      }
    }
    if unconvertible { return nil }
    ledger.receivedBefore = earlyReceived
    ledger.inHandBefore = max(0, earlyReceived - earlySpent - earlyTakenBack)
    guard let latest = latestSpent else { return ledger }
    // The rate of the latest reported span: its own `since`, else the step from the report before.
    let end = latestSpentDay
    ledger.spentThrough = end
    if let since = flows[latest].since?.firstDay, since < end {
      ledger.spendingPerDay = valueOf(latest) / Double(end.number - since.number)
      return ledger
    }
    var previous: Day?
    for index in 0..<count where flows[index].stage == .spent && dayOf(index) < end {
      if previous.map({ dayOf(index) > $0 }) ?? true { previous = dayOf(index) }
    }
    guard let previous,
      let before = LineLedger.compute(flows, on: previous, lineRate: lineRate, rates: &rates)
    else { return ledger }
    ledger.spendingPerDay = max(0, ledger.spent - before.spent) / Double(end.number - previous.number)
    return ledger
  }

  /// Money received and not spent, frozen or refunded: for a cash line, cash in hand.
  public var inHand: Double { max(0, received - spent - frozen - refunded) }

  /// Committed money not yet received, frozen or cancelled.
  public var commitmentOutstanding: Double {
    max(0, committed - cancelledCommitment - frozenCommitment - max(0, received))
  }

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
