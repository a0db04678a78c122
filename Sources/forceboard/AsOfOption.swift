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

  /// The date asked for, read forgivingly; nil when none was given.
  func parsed() throws -> AsOf? {
    guard let date else { return nil }
    guard let parsed = AsOf(forgiving: date) else {
      throw ValidationError("--as-of: " + AsOf.problem(forgiving: date))
    }
    return parsed
  }

  /// The scenario as known on the date asked for, or as it is.
  func apply(to scenario: Scenario) throws -> Scenario {
    guard let date = try parsed() else { return scenario }
    return scenario.asOf(date)
  }
}
