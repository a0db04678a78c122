/// What is shown of a scenario: as it is, as known on a date, or — past the data's date —
/// projected there under a plan. The report, `diff`, the snapshot and the dashboard's cursor all
/// go through one, so a date means the same everywhere.
public struct ScenarioView: Sendable, Hashable {
  /// The date shown; nil is the latest picture.
  public var date: AsOf?
  /// The plan a projection follows; nil is the scenario's first (base) plan.
  public var plan: String?

  /// A view of `date` under `plan`.
  public init(date: AsOf? = nil, plan: String? = nil) {
    self.date = date
    self.plan = plan
  }

  /// The scenario as this view shows it. `wholeLines` keeps the funding lines whole (see
  /// `Scenario.asOf`).
  public func callAsFunction(_ scenario: Scenario, wholeLines: Bool = false) -> Scenario {
    guard let date else { return scenario }
    if scenario.isProjected(date) { return scenario.projected(to: date, plan: plan, wholeLines: wholeLines) }
    return scenario.asOf(date, wholeLines: wholeLines)
  }

  /// What a projection shown by this view is, or nil when the view shows known data.
  public func projection(of scenario: Scenario) -> ProjectionNote? {
    guard let date, scenario.isProjected(date), let horizon = scenario.dataHorizon else { return nil }
    return ProjectionNote(to: date, from: horizon, plan: scenario.plan(named: plan)?.name)
  }
}

/// A projection in a sentence's parts: the date projected to, the data's date it runs from,
/// and the plan it follows (none: the data carried forward with nothing planned).
public struct ProjectionNote: Sendable, Hashable {
  /// The date projected to.
  public var to: AsOf
  /// The data's date: the projection runs from here.
  public var from: Day
  /// The plan followed, if the scenario has one.
  public var plan: String?

  /// "PROJECTED to 2026-10-02 from the data of 2026-03-21, plan 'base'".
  public var text: String {
    "PROJECTED to \(to) from the data of \(from)" + (plan.map { ", plan '\(TextSanitizer.clean($0))'" } ?? ", no plan")
  }
}
