/// The inputs no source states directly and the planner must choose: each is shown as an
/// assumption, with whatever source it was derived from.
public struct Assumptions: Sendable, Hashable {
  /// Cost of one officer for one year, in USD.
  public var costPerOfficerYear: Amount
  /// Yearly cost that does not scale with head count, in USD.
  public var fixedYearlyCost: Amount
  /// How many months ahead money is required for when no mandate period is in force.
  public var horizonMonths: HeadCount
  /// USD per one unit of each currency, keyed by ISO 4217 code.
  public var exchangeRates: [String: Amount]
  /// How old each kind of figure may be before it is shown as stale ("last known …").
  public var staleness: Staleness
  /// How wide each qualifier makes a range.
  public var ranges = RangeSpread()

  /// Assumptions as the scenario states them.
  public init(
    costPerOfficerYear: Amount, fixedYearlyCost: Amount = Amount(0), horizonMonths: HeadCount = HeadCount(12),
    exchangeRates: [String: Amount] = [:], staleness: Staleness = Staleness()
  ) {
    self.costPerOfficerYear = costPerOfficerYear
    self.fixedYearlyCost = fixedYearlyCost
    self.horizonMonths = horizonMonths
    self.exchangeRates = exchangeRates
    self.staleness = staleness
  }

  /// The USD value of one unit of `currency`, or nil when no rate is stated.
  public func usdPerUnit(_ currency: String) -> Double? {
    currency == "USD" ? 1 : exchangeRates[currency]?.value
  }
}
