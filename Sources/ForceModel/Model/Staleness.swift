/// How old a figure of each kind may be, counted back from the date shown, before it is history
/// rather than news: shown dim, "last known …", never as current (and on the kiosk, LAST KNOWN).
///
/// A scenario states its own windows (`assumptions.stale_after_days`); the defaults suit a
/// mission whose strength is reported every few months and whose money monthly.
public struct Staleness: Sendable, Hashable {
  /// A deployed count: six months (a contingent's tour is six to twelve).
  public static let defaultDeployedDays = 183
  /// Cash and spending: three months, the burn window.
  public static let defaultMoneyDays = 91

  /// Days after which a deployed count is history.
  public var deployedDays: Int
  var moneyDays: Int

  /// Windows in days; the defaults when the scenario states none.
  public init(deployedDays: Int = Staleness.defaultDeployedDays, moneyDays: Int = Staleness.defaultMoneyDays) {
    self.deployedDays = deployedDays
    self.moneyDays = moneyDays
  }

  /// Whether a figure known to `known` is stale on `day` with a window of `days`.
  public static func isStale(_ known: Day?, on day: Day?, window days: Int) -> Bool {
    guard let known, let day else { return false }
    return known.number < day.number - days
  }
}
