/// A scenario with every uncertain input at its worse end and at its better end
/// (`Scenario.bounded`), made once and kept while the scenario stays the same.
///
/// The ends do not depend on the date shown: the as-of cursor steps through the same two ends
/// at every date, where bounding 100,000 funding lines again at each step copied every line
/// twice, about a tenth of the step.
public struct ScenarioEnds: Sendable {
  /// The scenario the ends are of.
  public let scenario: Scenario
  /// Every input at the end worse for the mission, and whether a funding line moved.
  let worse: (scenario: Scenario, fundingMoved: Bool)
  /// Every input at the better end, and whether a funding line moved.
  let better: (scenario: Scenario, fundingMoved: Bool)

  /// The two ends of `scenario`.
  public init(_ scenario: Scenario) {
    self.scenario = scenario
    worse = scenario.bounded(.worse)
    better = scenario.bounded(.better)
  }

  /// The end at `bound`.
  func end(_ bound: Bound) -> (scenario: Scenario, fundingMoved: Bool) {
    bound == .worse ? worse : better
  }
}
