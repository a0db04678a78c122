import ArgumentParser
import ForceModel

/// `forceboard diff`: what changed between two scenarios and how every shortfall moved.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show which inputs changed between two scenarios and how every result moved.")

  @Argument(help: "The baseline scenario (a file, or 'builtin').")
  var before: String

  @Argument(help: "The changed scenario (a file, or 'builtin').")
  var after: String

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  func run() throws {
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
