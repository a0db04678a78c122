/// One amount of money or in-kind support from one donor, through one channel.
public struct FundingLine: Sendable, Hashable, Identifiable {
  public var id: String
  public var donor: String
  public var channel: FundingChannel
  public var status: FundingStatus
  /// The amount in its own currency; converted to USD only through a stated exchange rate.
  public var amount: Amount
  /// ISO 4217 code of `amount`.
  public var currency: String
  public var purpose: String?
  /// Whether the line counts in the totals at all (a what-if can leave a line out).
  public var counted: Bool

  public init(
    id: String, donor: String, channel: FundingChannel, status: FundingStatus, amount: Amount,
    currency: String = "USD", purpose: String? = nil, counted: Bool = true
  ) {
    self.id = id
    self.donor = donor
    self.channel = channel
    self.status = status
    self.amount = amount
    self.currency = currency
    self.purpose = purpose
    self.counted = counted
  }
}

/// The way money reaches the mission.
public enum FundingChannel: String, Sendable, Hashable, CaseIterable {
  case bilateral
  case trustFund = "trust_fund"
  case inKind = "in_kind"
  case assessed

  public var label: String {
    switch self {
    case .bilateral: "bilateral"
    case .trustFund: "trust fund"
    case .inKind: "in-kind"
    case .assessed: "assessed"
    }
  }
}

/// How firm an amount is, from a promise to money paid out.
public enum FundingStatus: String, Sendable, Hashable, CaseIterable {
  /// Promised, not yet bound.
  case pledged
  /// Bound by an agreement or an obligation.
  case committed
  /// An upper limit ("up to"): may never be spent.
  case ceiling
  /// Paid or delivered.
  case disbursed
}

/// A stated total that is made of funding lines; if the parts do not add up, that is a conflict.
public struct FundingTotal: Sendable, Hashable {
  public var id: String
  public var label: String
  public var amount: Amount
  public var currency: String
  public var parts: [String]

  public init(id: String, label: String, amount: Amount, currency: String = "USD", parts: [String]) {
    self.id = id
    self.label = label
    self.amount = amount
    self.currency = currency
    self.parts = parts
  }
}
