/// One input whose true value is a range rather than a number: a figure stated "about", "at
/// least" or "up to", or one sources disagree on. Sensitivity moves one at a time.
public enum UncertainInput: Sendable, Hashable {
  case deployed(country: String)
  case pledged(country: String)
  case level(StrengthLevel)
  /// A flow on a line, by its position among the line's flows.
  case flow(line: String, index: Int)
  case budget(period: String)
  case costPerOfficerYear
  case fixedYearlyCost
  /// A planned event of a plan.
  case planned(plan: String, event: String)

  /// The input in a few words: "Kenya deployed", "received on un-trust-fund #2".
  public var label: String {
    switch self {
    case .deployed(let country): "\(country) deployed"
    case .pledged(let country): "\(country) pledged"
    case .level(let level): "\(level.label) strength"
    case .flow(let line, let index): "flow \(index + 1) of \(line)"
    case .budget(let period): "budget of \(period)"
    case .costPerOfficerYear: "cost per officer-year"
    case .fixedYearlyCost: "fixed yearly cost"
    case .planned(let plan, let event): "planned \(event) (\(plan))"
    }
  }
}

/// Which end of every range a bounded scenario takes: the end worse for the mission (fewer
/// officers, less money, more spent, a higher bar to reach) or the better one.
///
/// Every result ForceBoard works out moves one way with each input (more deployed never widens
/// a shortfall; more received never brings the day cash runs out forward), so the results of
/// the two bounded scenarios are the ends of each result's range: interval arithmetic, done by
/// the calculation the point value comes from rather than by a second copy of it.
public enum Bound: Sendable, Hashable {
  case worse
  case better
}
