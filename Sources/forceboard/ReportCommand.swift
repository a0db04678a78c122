import ArgumentParser
import ForceModel

/// `forceboard report`: every figure, result and conflict of a scenario.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print every figure with its qualifier and source, every result and every conflict.")

  @Argument(help: "A scenario file (YAML or JSON), or 'builtin'.")
  var scenario: String?

  @Option(help: "Output format: text, markdown, json or csv.")
  var format: ReportFormat = .text

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario)
    let report = Report(scenario: loaded.scenario, results: recalculate(loaded.scenario))
    StandardOutput.write(format.render(report))
  }
}

extension ReportFormat: ExpressibleByArgument {}
