import ArgumentParser
import ForceModel

/// `forceboard [SCENARIO]`: opens the dashboard on a scenario.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the dashboard on a scenario (the default command).")

  @Argument(help: "A scenario file (YAML or JSON), or 'builtin'. Default: the built-in scenario.")
  var scenario: String?

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario)
    let report = Report(scenario: loaded.scenario, results: recalculate(loaded.scenario))
    StandardOutput.write(ReportFormat.text.render(report))
  }
}
