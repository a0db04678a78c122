import ArgumentParser
import ForceModel

/// `--as-of DATE`: the scenario as it was known on that date, the same projection for the
/// report, `diff`, `snapshot` and `export`.
struct AsOfOption: ParsableArguments {
  @Option(
    name: .customLong("as-of"), parsing: .unconditional,
    help: ArgumentHelp(
      "Show the scenario as known on this date: each row's latest figure dated on or before it; a figure of a month counts from the month's end (2024-09-12, 2024-09, sep 2024).",
      valueName: "date"))
  var date: String?

  @Option(
    help: ArgumentHelp(
      "The plan a date past the data's follows (the scenario's first, its base, by default): results there are projected from the data's date with the plan's events.",
      valueName: "name"))
  var plan: String?

  /// The date asked for, read forgivingly; nil when none was given.
  func parsed() throws -> AsOf? {
    guard let date else { return nil }
    guard let parsed = AsOf(forgiving: date) else {
      throw ValidationError("--as-of: " + AsOf.problem(forgiving: date))
    }
    return parsed
  }

  /// The scenario as known on the date asked for (projected past the data's date), or as it is.
  func apply(to scenario: Scenario) throws -> Scenario {
    try view(of: scenario)(scenario)
  }

  /// What is shown of `scenario`: the date asked for, under the plan asked for (which must be
  /// one of the scenario's).
  func view(of scenario: Scenario) throws -> ScenarioView {
    if let plan, scenario.plan(named: plan) == nil {
      let names = scenario.plans.map { "'\(TextSanitizer.clean($0.name))'" }
      throw ValidationError(
        "--plan: this scenario has no plan named '\(TextSanitizer.clean(plan))'; "
          + (names.isEmpty ? "it has no plans" : "its plans are " + names.joined(separator: ", ")))
    }
    return ScenarioView(date: try parsed(), plan: plan)
  }
}
