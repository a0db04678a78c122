/// What the timeline chart shows: deployed strength (stacked by country, or the total with the
/// reported totals marked) or money (cumulative received, spent and required).
public struct ChartView: Sendable, Hashable {
  /// Strength or money.
  public enum Subject: Sendable, Hashable {
    case strength
    case money
  }

  /// Strength or money.
  public var view: Subject = .strength
  /// Stacked by country (true) or one total (false), for the strength view.
  public var byCountry = true

  /// A view of the chart.
  public init(view: Subject = .strength, byCountry: Bool = true) {
    self.view = view
    self.byCountry = byCountry
  }
}
