import ArgumentParser
import ForceModel

/// `forceboard diff`: what changed between two scenarios and how every shortfall moved.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show which inputs changed between two scenarios and how every result moved.")

  @Argument(help: "The baseline scenario (a file, or 'builtin').")
  var before: String

  @Argument(help: "The changed scenario (a file, or 'builtin'); with --plans, none.")
  var after: String?

  @Flag(
    help: ArgumentHelp(
      "Compare the first scenario's plans side by side instead, each result with its range and the gap from the first plan, on --as-of (default: the end of the mandate in force at the data's date)."
    ))
  var plans = false

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  /// What git hands a difftool for the side of an added or deleted file.
  static let noFile = "/dev/null"

  func run() throws {
    if plans {
      guard after == nil else { throw ValidationError("--plans compares the plans of one scenario: give one file") }
      let loaded = try ScenarioArgument.load(before, remote: remote)
      guard !loaded.scenario.plans.isEmpty else {
        throw ValidationError("\(TextSanitizer.clean(loaded.name)) has no plans: add a 'plans:' list to compare")
      }
      guard let date = try asOf.parsed() ?? loaded.scenario.mandateDeadline else {
        throw ValidationError("\(TextSanitizer.clean(loaded.name)) has no date to project from: give --as-of")
      }
      let comparison = PlanComparison(loaded.scenario, on: date)
      let horizon = loaded.scenario.dataHorizon.map { " from the data of \($0)" } ?? ""
      StandardOutput.write(
        "Plans of \(TextSanitizer.clean(loaded.name)) projected to \(date)\(horizon); [the gap from '\(TextSanitizer.clean(comparison.plans[0]))']\n\n"
          + comparison.lines().joined(separator: "\n") + "\n")
      return
    }
    guard let after else { throw ValidationError("diff needs two scenarios (or one with --plans)") }
    // `git difftool` on an added or deleted file: one side is /dev/null. The other side's
    // report is what changed.
    if before == Self.noFile || after == Self.noFile {
      let present = before == Self.noFile ? after : before
      let loaded = try ScenarioArgument.load(present, remote: remote)
      let shown = try asOf.apply(to: loaded.scenario)
      let what =
        before == Self.noFile ? "a new scenario; its report:" : "the scenario was removed; its report as it was:"
      StandardOutput.write(
        "\(before) → \(after): \(what)\n\n"
          + ReportFormat.text.render(Report(scenario: shown, results: recalculate(shown))))
      return
    }
    let a = try ScenarioArgument.load(before, remote: remote)
    let b = try ScenarioArgument.load(after, remote: remote)
    let diff = ScenarioDiff(baseline: try asOf.apply(to: a.scenario), changed: try asOf.apply(to: b.scenario))
    // A handling marking of either scenario frames the comparison, as it frames every export.
    let banners = Array(Set([a.scenario.mission.banner, b.scenario.mission.banner].compactMap { $0 })).sorted()
    let frame = banners.map { "[ \(TextSanitizer.clean($0)) ]\n" }.joined()
    StandardOutput.write(
      frame + (frame.isEmpty ? "" : "\n") + diff.renderText(baselineName: a.name, changedName: b.name)
        + (frame.isEmpty ? "" : "\n" + frame))
  }
}
