/// Two statements that cannot both be true, surfaced rather than hidden.
public struct Conflict: Sendable, Hashable, Identifiable {
  /// What rule the sources break between them.
  public enum Kind: String, Sendable, Hashable {
    /// Two reported deployed totals disagree.
    case reportedTotals = "reported_totals"
    /// The sum of the contributor rows is outside a reported total.
    case sumOfCountries = "sum_of_countries"
    /// The parts of a stated funding total do not add up to it.
    case fundingParts = "funding_parts"
    /// Amounts in a currency with no exchange rate cannot be counted in USD.
    case missingExchangeRate = "missing_exchange_rate"
    /// Recorded in the scenario by its author.
    case declared
  }

  /// Stable within one scenario, so the UI can keep a selection across recalculations.
  public var id: String
  /// The rule broken.
  public var kind: Kind
  /// What disagrees, in one line.
  public var summary: String
  /// The sources on each side.
  public var sources: [String]
  /// The reported totals (indices into `strength.reported`) this conflict is about.
  public var reported: [Int] = []
}
