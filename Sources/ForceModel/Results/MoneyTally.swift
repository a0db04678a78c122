import Dispatch

/// The sums of one pass over some of a scenario's funding lines: what `MoneyCalculation` adds
/// up, kept in one value so that two halves can be tallied on two threads and merged.
struct MoneyTally {
  /// From this many lines on, recalculation splits them across two threads.
  static let splitAt = 20_000

  /// What every line is read against.
  struct Context: @unchecked Sendable {
    var limit: Day
    /// The start of the mandate period in force: money is counted for that period.
    var periodStart: Day?
    /// What the period takes from the one before it (`CarryOver`); nothing, when nil.
    var carryCash = false
    var carryCommitments = false
    /// The period in force continues the previous period's force: pledges made to that force
    /// stay open (shown, never counted); a new force starts with none.
    var sameForce = false
    /// The period in force, and the periods that start after it: a line marked for a later
    /// period (`FundingLine.period`) is not this one's money; one marked for this period counts
    /// whole, whatever its dates.
    var periodID: String?
    var laterPeriods: Set<String> = []
    var assumptions: Assumptions
  }

  var unconvertedIndices: [Int] = []
  /// The lines (by index, in order) anything of which is known on the day: the rows the funding
  /// table lists. Noted as the pass reads each line anyway; a pass of its own over 100,000
  /// lines at every step of the as-of cursor was a sixth of the step. Empty when every day is
  /// asked (no limit): every line is then listed.
  var knownLines: [Int32] = []
  var cash = StageTotals()
  var inKind = StageTotals()
  var ceilings = 0.0
  var withoutSpending = 0
  var reportedThrough: Day?
  /// Each cash line's reported spending: the day it is known to, and its rate a day. The burn
  /// rate is read from these against the newest such day, not against the as-of date, so that
  /// a projection starts where the data stops and does not move with the cursor.
  var spending: [(through: Int, perDay: Double)] = []
  /// Funding for the period in force (all time when none is): cash carried in, received in the
  /// period less what was frozen in it, and commitments outstanding in it.
  var funding = 0.0
  /// Commitments outstanding when the period started that lapsed with the previous one.
  var lapsed = 0.0
  /// Cash in hand when the period started that stays with the previous period (not carried).
  var leftBehind = 0.0
  /// The newest day a cash line reports received or spent money on, before the period in force
  /// started, when that money is not carried into it: "no figures found since …".
  var lastKnownBefore: Day?
  /// The newest day of a flow counted: the knowledge horizon of the money results.
  var newestFlow = Int.min
  var dated: [(day: Day, usd: Double)] = []
  var datedTotal = 0.0
  var channelTotals = [Double](repeating: 0, count: FundingChannel.allCases.count)
  var channelSeen = [Bool](repeating: false, count: FundingChannel.allCases.count)
  var donors = DonorTable()

  /// Adds the lines in `range`.
  mutating func add(_ lines: UnsafeBufferPointer<FundingLine>, _ range: Range<Int>, _ context: Context) {
    let limit = context.limit
    let periodStart = context.periodStart
    var rates = RateCache(context.assumptions)
    // Most cash lines report spending: room for them once, not doubled sixteen times a pass.
    spending.reserveCapacity(spending.count + range.count)
    if limit != .distantFuture { noteKnown(lines, range, on: limit) }
    // One ledger, filled in place for each line (`LineLedger.fill`).
    var ledger = LineLedger()
    for index in range {
      guard lines[index].counted else { continue }
      var start = periodStart
      if let own = lines[index].period {
        if context.laterPeriods.contains(own) { continue }
        if own == context.periodID { start = nil }
      }
      ledger = LineLedger()
      guard let base = lines.baseAddress, let rate = rates.usdPerUnit(lines[index].currency),
        LineLedger.fill(&ledger, line: base + index, on: limit, before: start, lineRate: rate, rates: &rates)
      else {
        // A line nothing of which is known on the day does not exist yet, not even as "left
        // out" (asked only here: reading a whole line costs a retain per reference in it).
        if lines[index].isKnown(on: limit) { unconvertedIndices.append(index) }
        continue
      }
      // A ceiling stated before the period started is the old period's, unless it carries over.
      if let ceiling = lines[index].ceiling(on: limit),
        context.carryCommitments || start.map({ (ceiling.asOf?.lastDay ?? .distantPast) >= $0 }) ?? true
      {
        ceilings += ceiling.value * rate
      }
      newestFlow = max(newestFlow, ledger.newest)
      let isCash = lines[index].form == .cash
      // The period's view of the line: commitments outstanding at its start lapse and cash in
      // hand then stays behind, unless the period carries them over.
      let outstanding =
        context.carryCommitments ? ledger.commitmentOutstanding : ledger.commitmentOutstandingInPeriod
      let carried = isCash && context.carryCash ? ledger.inHandBefore : 0
      let inHand = context.carryCash ? ledger.inHand : max(0, ledger.inHand - ledger.inHandBefore)
      let view = StageTotals.PeriodView(
        countsFromStart: start != nil, carried: carried, inHand: inHand, outstanding: outstanding,
        pledgeOutstanding: context.carryCommitments || context.sameForce
          ? ledger.pledgeOutstanding : max(0, ledger.pledgeOutstanding - ledger.pledgeOutstandingBefore))
      if isCash { cash.add(ledger, view: view) } else { inKind.add(ledger, view: view) }
      if !context.carryCommitments { lapsed += ledger.lapsedBefore }
      if isCash && !context.carryCash { leftBehind += ledger.inHandBefore }
      // Funding in the FTS sense for the period, less what is frozen (not funding until released).
      let frozenHere = ledger.frozen - ledger.frozenBefore
      let funding = carried + max(0, ledger.received - ledger.receivedBefore - frozenHere) + outstanding
      self.funding += funding
      let channel = lines[index].channel.ordinal
      channelTotals[channel] += funding
      channelSeen[channel] = true
      donors.add(lines[index].donor, funding)
      guard isCash else { continue }
      // Spending before the period, on a pot whose cash is not carried, is the old period's.
      var spentThrough = ledger.spentThrough
      if !context.carryCash, let through = spentThrough, let start, through < start {
        spentThrough = nil
        lastKnownBefore = max(lastKnownBefore ?? through, through)
      }
      let receivedHere = context.carryCash ? ledger.received : ledger.received - ledger.receivedBefore
      if receivedHere > 0 && spentThrough == nil { withoutSpending += 1 }
      if let through = spentThrough {
        reportedThrough = max(reportedThrough ?? through, through)
        if let perDay = ledger.spendingPerDay { spending.append((through.number, perDay)) }
      }
      if outstanding > 0 {
        addDatedCommitments(
          lines, index, outstanding: outstanding, rate: rate, from: context.carryCommitments ? nil : start,
          limit: limit, rates: &rates)
      }
    }
  }

  /// Notes the lines in `range` anything of which is known on `day`, in a tight pass of its
  /// own written in place: noting them in the tally's loop made it retain and check its other
  /// arrays again for each line, and appending one by one checked the array's uniqueness for
  /// each.
  private mutating func noteKnown(_ lines: UnsafeBufferPointer<FundingLine>, _ range: Range<Int>, on day: Day) {
    knownLines += [Int32](unsafeUninitializedCapacity: range.count) { buffer, count in
      for index in range where Scenario.isKnown(lines, index, on: day) {
        buffer[count] = Int32(truncatingIfNeeded: index)
        count += 1
      }
    }
  }

  /// The commitments of one line outstanding in the period that have a due date, up to what is
  /// outstanding: they arrive on their due day. A lapsed one (made before the period, not
  /// carried over) arrives no more.
  private mutating func addDatedCommitments(
    _ lines: UnsafeBufferPointer<FundingLine>, _ index: Int, outstanding: Double, rate: Double, from start: Day?,
    limit: Day, rates: inout RateCache
  ) {
    // The compact entries say which commitments have a due date; only those full flows
    // are read (reading every full flow was most of this loop's time, in cache misses).
    var left = outstanding
    let from = start?.number ?? Int.min
    let entries = lines[index].entries
    if entries.isComplete {
      entries.withBuffer { buffer in
        for entry in buffer
        where entry.stage == .commitment && !entry.toDate && entry.due != FlowEntry.none
          && entry.day <= limit.number && entry.day >= from && left > 0
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
          (lines[index].flows[flow].day?.number ?? Int.min) >= from,
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

  /// The reported burn: the spending rates of the lines whose spending is known to within the
  /// burn window of the newest day any is known to, added up, and how many lines that is.
  var burn: (perDay: Double, lines: Int) {
    guard let newest = reportedThrough?.number else { return (0, 0) }
    var perDay = 0.0
    var lines = 0
    for line in spending where line.through >= newest - MoneyCalculation.burnWindowDays {
      perDay += line.perDay
      lines += 1
    }
    return (perDay, lines)
  }

  /// Adds another tally of later lines: donors keep their first-seen order.
  mutating func merge(_ other: MoneyTally) {
    unconvertedIndices += other.unconvertedIndices
    knownLines += other.knownLines
    cash.add(other.cash)
    inKind.add(other.inKind)
    ceilings += other.ceilings
    withoutSpending += other.withoutSpending
    if let through = other.reportedThrough { reportedThrough = max(reportedThrough ?? through, through) }
    spending += other.spending
    funding += other.funding
    lapsed += other.lapsed
    leftBehind += other.leftBehind
    newestFlow = max(newestFlow, other.newestFlow)
    if let day = other.lastKnownBefore { lastKnownBefore = max(lastKnownBefore ?? day, day) }
    dated += other.dated
    datedTotal += other.datedTotal
    for index in channelTotals.indices {
      channelTotals[index] += other.channelTotals[index]
      channelSeen[index] = channelSeen[index] || other.channelSeen[index]
    }
    for total in other.donors.totals { donors.add(total) }
  }
}
