/// Money derived from the funding lines and the assumptions, all in USD.
public struct FundingResults: Sendable, Equatable {
  /// Each line in USD, in scenario order; nil where no exchange rate is stated or the line is
  /// left out.
  public var lineUSD: [Double?]
  /// Every counted line that could be converted.
  public var listed: Double
  /// The largest single line in USD: the scale of the funding bars.
  public var largestLine: Double
  public var byDonor: [GroupTotal]
  public var byChannel: [FundingChannel: Double]
  public var byStatus: [FundingStatus: Double]
  /// Lines whose status counts as money in hand, ceilings left out.
  public var inHand: Double
  /// Money in hand plus every ceiling, as if each were spent in full.
  public var inHandWithCeilings: Double
  /// Counted lines that could not be converted to USD.
  public var unconvertedLines: Int
  /// Money required over the horizon at each strength the scenario has.
  public var requirements: [Requirement]
  /// Yearly cost at the deployed strength divided by twelve.
  public var monthlyCostAtDeployed: Double
  /// How many months the money in hand lasts at the deployed strength; nil when nothing is spent.
  public var runwayMonths: Double?

  /// The requirement at one strength, if the scenario has that strength.
  public func requirement(_ level: StrengthLevel) -> Requirement? {
    requirements.first { $0.level == level }
  }
}

/// A total for one donor.
public struct GroupTotal: Sendable, Hashable {
  public var name: String
  public var usd: Double
  public var lines: Int
}

/// The money a strength needs over the horizon, against the money there is.
public struct Requirement: Sendable, Hashable {
  public var level: StrengthLevel
  public var strength: Int
  public var required: Double
  /// Required minus money in hand: positive is a gap, negative a surplus.
  public var gap: Double
  /// Required minus money in hand with ceilings counted in full.
  public var gapWithCeilings: Double
}
