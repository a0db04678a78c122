import ArgumentParser
import ForceModel

#if canImport(Glibc)
  import Glibc
#endif

/// `forceboard report`: every figure, result and conflict of a scenario.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print every figure with its qualifier and source, every result and every conflict.")

  @Argument(help: "A scenario file (YAML or JSON), or 'builtin'.")
  var scenario: String?

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Output format: text, markdown, json or csv.")
  var format: ReportFormat = .text

  @Option(
    help: ArgumentHelp(
      "A baseline scenario (file or 'builtin'): the report opens with what changed from it, with the same ▲/▼ changes as the dashboard.",
      valueName: "scenario"))
  var baseline: String?

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario, remote: remote)
    let view = try asOf.view(of: loaded.scenario)
    let shown = view(loaded.scenario)
    let ranged = RangedResults(loaded.scenario) { view($0) }
    let results = ranged.results
    var report = Report(
      scenario: shown, ranged: ranged, projection: view.projection(of: loaded.scenario), tables: format.laysOutTables)
    if let baseline {
      report = Report(
        scenario: shown, results: results,
        baseline: try asOf.apply(to: ScenarioArgument.load(baseline, remote: remote).scenario))
    }
    withExtendedLifetime((loaded, ranged)) { StandardOutput.write(report, as: format) }
    // A report of 100,000 lines holds 300,000 items and the scenario behind them; freeing them
    // one by one took a tenth of a second after the last byte was written. Everything is
    // written straight to the descriptor, so the process ends here and the kernel takes the
    // memory back at once.
    Glibc.exit(0)
  }
}

extension ReportFormat: ExpressibleByArgument {}
