/// One dated movement of money on a funding line.
///
/// The stages are the words finance officers already use: OCHA's Financial Tracking Service
/// (pledge, commitment, paid contribution — pledges are shown but never counted as funding) and
/// IATI's transaction types (incoming commitment, incoming funds, expenditure). `frozen` and
/// `cancelled` take an amount back out of an earlier stage.
public struct Flow: Sendable, Hashable {
  // The stored properties are declared largest first and the dates kept as four bytes each, so
  // a flow packs into 64 bytes: a large scenario holds 400,000 of them.

  /// The amount in the line's currency, with its sources, qualifier and the date it happened or
  /// was reported (`amount.asOf`).
  public var amount: Amount { didSet { dayNumber = Self.dayNumber(amount) } }
  /// The flow's currency when it is not the line's: a pledge in CAD paid in USD.
  public var currency: String?
  /// `day`'s number, or `Int32.min` when undated.
  private var dayNumber: Int32
  private var sinceStored: UInt32
  private var dueStored: UInt32
  /// Pledge, commitment, receipt, spending, freeze or cancellation.
  public var stage: FlowStage
  /// True when `amount` is the stage's running total as of its date ("received to date: $110.8M"),
  /// as most reports state it; false when it is an addition to what came before.
  public var toDate: Bool
  /// For `frozen` and `cancelled`: the stage the amount is taken back from.
  public var from: FlowStage?

  /// The day the flow is known from: the end of its date's precision; nil when undated. Kept
  /// beside the date rather than worked out on each read: recalculation reads it several times
  /// for each of 400,000 flows, and the calendar arithmetic was a third of its cost.
  public var day: Day? { dayNumber == .min ? nil : Day(number: Int(dayNumber)) }
  /// For spending: when the span the amount covers began, so a monthly rate can be read from it.
  public var since: AsOf? {
    get { AsOf(stored: sinceStored) }
    set { sinceStored = AsOf.stored(newValue) }
  }
  /// For a commitment: the day the money is due to be received; only dated commitments extend a
  /// runway.
  public var due: AsOf? {
    get { AsOf(stored: dueStored) }
    set { dueStored = AsOf.stored(newValue) }
  }

  /// A flow of `amount` at `stage`.
  public init(
    _ stage: FlowStage, _ amount: Amount, toDate: Bool = false, since: AsOf? = nil, due: AsOf? = nil,
    from: FlowStage? = nil, currency: String? = nil
  ) {
    self.stage = stage
    self.amount = amount
    self.dayNumber = Self.dayNumber(amount)
    self.toDate = toDate
    self.sinceStored = AsOf.stored(since)
    self.dueStored = AsOf.stored(due)
    self.from = from
    self.currency = currency
  }

  private static func dayNumber(_ amount: Amount) -> Int32 {
    amount.asOf.map { Int32(clamping: $0.lastDay.number) } ?? .min
  }

  /// The stage a freeze or a cancellation reduces: the one named, else received money for a
  /// freeze and the commitment for a cancellation.
  public var reduces: FlowStage? {
    switch stage {
    case .frozen: from ?? .received
    case .cancelled: from ?? .commitment
    default: nil
    }
  }
}

/// How far money has come, from a promise to money spent.
public enum FlowStage: String, Sendable, Hashable, CaseIterable {
  /// Announced, not binding (FTS "pledge"): shown, never counted as funding.
  case pledge
  /// Bound by an agreement or an obligation (FTS "commitment", IATI "incoming commitment").
  case commitment
  /// Paid into the mission or its trust fund; for in-kind support, delivered (FTS "paid
  /// contribution", IATI "incoming funds").
  case received
  /// Spent or allocated to expenditure (IATI "expenditure").
  case spent
  /// Taken out of use by the donor or a court (a stop-work order): not cash in hand.
  case frozen
  /// Withdrawn for good.
  case cancelled

  /// The word for the stage's total: "pledged", "received".
  public var label: String {
    switch self {
    case .pledge: "pledged"
    case .commitment: "committed"
    case .received: "received"
    case .spent: "spent"
    case .frozen: "frozen"
    case .cancelled: "cancelled"
    }
  }

  var ordinal: Int {
    switch self {
    case .pledge: 0
    case .commitment: 1
    case .received: 2
    case .spent: 3
    case .frozen: 4
    case .cancelled: 5
    }
  }
}

/// Whether a line is money or goods and services valued in money.
public enum FundingForm: String, Sendable, Hashable, CaseIterable {
  case cash
  /// Equipment, airlift, services: valued, counted toward coverage, never cash in hand or runway.
  case inKind = "in_kind"

  /// The form's name in a sentence.
  public var label: String { self == .cash ? "cash" : "in-kind" }
}
