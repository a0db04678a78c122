import Dispatch

/// The sums of one pass over some of a scenario's funding lines: what `MoneyCalculation` adds
/// up, kept in one value so that two halves can be tallied on two threads and merged.
struct MoneyTally {
  /// From this many lines on, recalculation splits them across two threads.
  static let splitAt = 20_000

  /// What every line is read against.
  struct Context: @unchecked Sendable {
    var limit: Day
    var periodStart: Day?
    var assumptions: Assumptions
  }

  var unconvertedIndices: [Int] = []
  var cash = StageTotals()
  var inKind = StageTotals()
  var ceilings = 0.0
  var withoutSpending = 0
  var reportedThrough: Day?
  /// Each cash line's reported spending: the day it is known to, and its rate a day. The burn
  /// rate is read from these against the newest such day, not against the as-of date, so that
  /// a projection starts where the data stops and does not move with the cursor.
  var spending: [(through: Int, perDay: Double)] = []
  var carriedIn = 0.0
  var receivedBefore = 0.0
  /// Received money frozen since the period started: not funding until released.
  var frozenInPeriod = 0.0
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
    for index in range {
      guard lines[index].counted else { continue }
      guard let rate = rates.usdPerUnit(lines[index].currency),
        let ledger = LineLedger(
          lines[index].entries, lines[index].flows, on: limit, before: periodStart, lineRate: rate, rates: &rates)
      else {
        unconvertedIndices.append(index)
        continue
      }
      if let ceiling = lines[index].ceiling(on: limit)?.value { ceilings += ceiling * rate }
      let isCash = lines[index].form == .cash
      if isCash { cash.add(ledger) } else { inKind.add(ledger) }
      // Funding in the FTS sense, less what is frozen (not funding until released).
      let funding = ledger.received - ledger.frozen + ledger.commitmentOutstanding
      let channel = lines[index].channel.ordinal
      channelTotals[channel] += funding
      channelSeen[channel] = true
      donors.add(lines[index].donor, funding)

      // What the period started with: cash in hand then, and everything received before.
      receivedBefore += ledger.receivedBefore
      frozenInPeriod += ledger.frozen - ledger.frozenBefore
      if isCash { carriedIn += ledger.inHandBefore }
      guard isCash else { continue }
      if ledger.received > 0 && !ledger.spendingReported { withoutSpending += 1 }
      if let through = ledger.spentThrough {
        reportedThrough = max(reportedThrough ?? through, through)
        if let perDay = ledger.spendingPerDay { spending.append((through.number, perDay)) }
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
    cash.add(other.cash)
    inKind.add(other.inKind)
    ceilings += other.ceilings
    withoutSpending += other.withoutSpending
    if let through = other.reportedThrough { reportedThrough = max(reportedThrough ?? through, through) }
    spending += other.spending
    carriedIn += other.carriedIn
    receivedBefore += other.receivedBefore
    frozenInPeriod += other.frozenInPeriod
    dated += other.dated
    datedTotal += other.datedTotal
    for index in channelTotals.indices {
      channelTotals[index] += other.channelTotals[index]
      channelSeen[index] = channelSeen[index] || other.channelSeen[index]
    }
    for total in other.donors.totals { donors.add(total) }
  }
}
