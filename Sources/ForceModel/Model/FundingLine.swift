/// One donor's money or in-kind support through one channel for one purpose, as the dated flows
/// it went through: pledged, committed, received, spent, frozen or cancelled.
///
/// A line holds events, not a status, because "how much is there" depends on the date asked
/// and on which stage: money received and already spent is not in hand.
public struct FundingLine: Sendable, Hashable, Identifiable {
  // The stored properties are declared largest first, so that the small ones pack at the end.

  /// The line's id, unique in the scenario.
  public var id: String
  /// Who gives the money.
  public var donor: String
  /// ISO 4217 code of every flow's amount; converted to USD only through a stated exchange rate.
  public var currency: String
  /// The line's dated flows; their compact entries follow every change.
  public var flows: [Flow] { didSet { entries = FlowEntries(flows) } }
  /// Purpose, period and ceiling, when any is stated (most lines state none).
  private var extras: LineExtras?
  /// The flows in the compact form recalculation reads, kept in step with `flows`.
  private(set) var entries: FlowEntries
  /// What it is for, when a source says.
  public var purpose: String? {
    get { extras?.purpose }
    set { extras = .make(purpose: newValue, period: period, ceiling: ceiling) }
  }
  /// The mandate period the line's money is for, when its dates do not say (a pledge to a new
  /// force made before its mandate starts); nil: each flow belongs to the period its date falls in.
  public var period: String? {
    get { extras?.period }
    set { extras = .make(purpose: purpose, period: newValue, ceiling: ceiling) }
  }
  /// A stated upper limit ("up to $625M"): shown beside the gap, never counted as money.
  public var ceiling: Amount? {
    get { extras?.ceiling }
    set { extras = .make(purpose: purpose, period: period, ceiling: newValue) }
  }
  /// Through which channel it goes.
  public var channel: FundingChannel
  /// Cash or in kind.
  public var form: FundingForm
  /// Whether the line counts in the totals at all (a what-if can leave a line out).
  public var counted: Bool

  /// True when every flow is stated exactly (no range to move).
  var flowsAreExact: Bool { entries.allExact }

  /// A line of `flows` from `donor`.
  public init(
    id: String, donor: String, channel: FundingChannel, form: FundingForm = .cash, currency: String = "USD",
    purpose: String? = nil, flows: [Flow] = [], ceiling: Amount? = nil, counted: Bool = true, period: String? = nil
  ) {
    self.id = id
    self.donor = donor
    self.channel = channel
    self.form = form
    self.currency = currency
    self.flows = flows
    self.extras = .make(purpose: purpose, period: period, ceiling: ceiling)
    self.entries = FlowEntries(flows)
    self.counted = counted
  }

  /// The line's stage totals in USD on `day` (every flow when nil); nil when a currency it uses
  /// has no exchange rate.
  /// The ceiling as known on `day`: stated on or before it (or undated).
  ///
  /// Always inlined, as is `isKnown`: the money tally calls both on lines read through a buffer
  /// pointer, and a call copied the whole line (a retain for each reference in it) for each of
  /// 100,000 lines at every step of the cursor.
  @inline(__always)
  public func ceiling(on day: Day?) -> Amount? {
    guard let ceiling, let day else { return ceiling }
    return (ceiling.asOf?.lastDay ?? .distantPast) <= day ? ceiling : nil
  }

  /// Whether anything of the line is known on `day`: an undated flow, a flow or a ceiling dated
  /// on or before it, or nothing dated at all (a line just added). Read from the compact entries
  /// where they hold every flow, so 100,000 lines are asked without touching their flows.
  @inline(__always)
  public func isKnown(on day: Day) -> Bool {
    if ceiling(on: day) != nil { return true }
    if flows.isEmpty { return ceiling == nil }
    if entries.isComplete { return entries.earliest <= day.number }
    return flows.contains { ($0.day ?? .distantPast) <= day }
  }

  /// With `start`, the ledger also holds its values on the day before (`receivedBefore`, …).
  public func ledger(on day: Day?, before start: Day? = nil, assumptions: Assumptions) -> LineLedger? {
    var rates = RateCache(assumptions)
    guard let rate = rates.usdPerUnit(currency) else { return nil }
    return withUnsafePointer(to: self) {
      LineLedger(line: $0, on: day ?? .distantFuture, before: start, lineRate: rate, rates: &rates)
    }
  }

  /// Every source the line's flows and ceiling cite, in first-seen order.
  public var sources: [String] {
    var seen: [String] = []
    for id in flows.flatMap(\.amount.sources) + (ceiling?.sources ?? []) where !seen.contains(id) { seen.append(id) }
    return seen
  }

  /// The amount in USD the line stands for in a stated total of parts: its largest stage total
  /// over every flow, or its ceiling when it has only that; nil without an exchange rate.
  public func statedAmount(_ assumptions: Assumptions) -> Double? {
    guard let all = ledger(on: nil, assumptions: assumptions), let rate = assumptions.usdPerUnit(currency) else {
      return nil
    }
    return max(all.pledged, all.committed, all.received, (ceiling?.value ?? 0) * rate)
  }
}

extension Day {
  /// Earlier than any date a source gives: where an undated flow counts.
  public static let distantPast = Day(number: Int.min / 4)
  /// Later than any date: "every flow".
  public static let distantFuture = Day(number: Int.max / 4)
}

/// The way money reaches the mission.
public enum FundingChannel: String, Sendable, Hashable, CaseIterable {
  case bilateral
  case trustFund = "trust_fund"
  case assessed

  /// The channel's name in a sentence.
  public var label: String {
    switch self {
    case .bilateral: "bilateral"
    case .trustFund: "trust fund"
    case .assessed: "assessed"
    }
  }
}

/// A stated total that is made of funding lines; if the parts do not add up, that is a conflict.
public struct FundingTotal: Sendable, Hashable {
  /// The total's id.
  public var id: String
  /// What the source calls it.
  public var label: String
  /// The amount the source states.
  public var amount: Amount
  /// Its currency.
  public var currency: String
  /// The ids of the lines it sums.
  public var parts: [String]

  /// A stated total of `parts`.
  public init(id: String, label: String, amount: Amount, currency: String = "USD", parts: [String]) {
    self.id = id
    self.label = label
    self.amount = amount
    self.currency = currency
    self.parts = parts
  }
}
