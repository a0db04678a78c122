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

  public init() {}

  /// The ledger in USD on `day`; nil when a flow's currency has no exchange rate.
  init?(_ flows: [Flow], on day: Day, lineRate: Double, rates: inout RateCache) {
    // Pass 1: the latest running total of each stage (slot = stage ordinal).
    var runningValue = (0.0, 0.0, 0.0, 0.0)
    var runningDay = (Day.distantPast, Day.distantPast, Day.distantPast, Day.distantPast)
    var hasRunning = (false, false, false, false)
    for flow in flows where flow.toDate {
      let at = flow.day ?? .distantPast
      guard at <= day else { continue }
      var value = flow.amount.value * lineRate
      if let code = flow.currency {
        guard let rate = rates.usdPerUnit(code) else { return nil }
        value = flow.amount.value * rate
      }
      switch flow.stage {
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
    pledged = runningValue.0
    committed = runningValue.1
    received = runningValue.2
    spent = runningValue.3
    // Pass 2: additions after the running total, and the freezes and cancellations.
    var latestSpent: Flow?
    var latestSpentValue = 0.0
    for flow in flows {
      let at = flow.day ?? .distantPast
      guard at <= day else { continue }
      var value = flow.amount.value * lineRate
      if let code = flow.currency {
        guard let rate = rates.usdPerUnit(code) else { return nil }
        value = flow.amount.value * rate
      }
      switch flow.stage {
      case .pledge: if !flow.toDate && (!hasRunning.0 || at > runningDay.0) { pledged += value }
      case .commitment: if !flow.toDate && (!hasRunning.1 || at > runningDay.1) { committed += value }
      case .received: if !flow.toDate && (!hasRunning.2 || at > runningDay.2) { received += value }
      case .spent:
        if !flow.toDate && (!hasRunning.3 || at > runningDay.3) { spent += value }
        spendingReported = true
        if latestSpent == nil || at >= (latestSpent?.day ?? .distantPast) {
          latestSpent = flow
          latestSpentValue = value
        }
      case .frozen, .cancelled:
        switch (flow.stage, flow.reduces ?? .received) {
        case (_, .pledge): cancelledPledge += value
        case (.frozen, .commitment): frozenCommitment += value
        case (_, .commitment): cancelledCommitment += value
        case (.frozen, _): frozen += value
        default: refunded += value
        }
      }
    }
    guard let latestSpent else { return }
    // The rate of the latest reported span: its own `since`, else the step from the report before.
    let end = latestSpent.day ?? .distantPast
    spentThrough = end
    if let since = latestSpent.since?.firstDay, since < end {
      spendingPerDay = latestSpentValue / Double(end.number - since.number)
      return
    }
    var previous: Day?
    for flow in flows where flow.stage == .spent {
      guard let at = flow.day, at < end else { continue }
      if previous == nil || at > (previous ?? .distantPast) { previous = at }
    }
    guard let previous,
      let before = LineLedger(flows.filter { $0.stage == .spent }, on: previous, lineRate: lineRate, rates: &rates)
    else { return }
    spendingPerDay = max(0, spent - before.spent) / Double(end.number - previous.number)
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
