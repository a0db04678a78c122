import ArgumentParser
import ForceModel

#if canImport(Glibc)
  import Glibc
#endif

/// The `forceboard` command: a terminal dashboard for a multinational security mission.
@main
struct ForceBoardCommand: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "forceboard",
    abstract: "Track a multinational security mission: strength, contributors, funding and shortfalls.",
    discussion: """
      Every figure carries its source, date and qualifier (~ about, + at least, ≤ up to). SCENARIO is a YAML or JSON scenario file; leave it out, or write 'builtin', for the built-in Kenya-led MSS mission in Haiti (March 2025).

      Examples:
        Open the built-in scenario:
          forceboard
        The full report as Markdown:
          forceboard report --format markdown
        The timeline's figures as CSV:
          forceboard report Scenarios/mss-timeline.yaml --format csv > mss.csv
        Check files (exit 1 on any error):
          forceboard validate Scenarios/*.yaml
        What changed, and how every shortfall moved:
          forceboard diff builtin my-what-if.yaml
        Write the built-in scenario to a file:
          forceboard export --output haiti.yaml
        A large synthetic scenario for benchmarks:
          forceboard generate --contributors 1000 --funding-lines 100000 -o big.json
      """,
    version: version,
    subcommands: [
      OpenCommand.self, ReportCommand.self, SnapshotCommand.self, ValidateCommand.self, DiffCommand.self,
      ExportCommand.self,
      GenerateCommand.self, TextconvCommand.self,
    ],
    defaultSubcommand: OpenCommand.self)

  /// Parses and runs, and prints any error through our sanitising writers: an unknown option
  /// or a bad value is echoed back to the user, and it may hold escape bytes.
  static func main() {
    do {
      // A plain start opens the built-in mission with the defaults, and runs no parser (see
      // `OpenSettings`): there is nothing to parse.
      if CommandLine.arguments.count <= 1 {
        try OpenSettings().open()
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success {
          StandardOutput.write(message + "\n")
        } else {
          StandardError.write(message + "\n")
        }
      }
      Glibc.exit(code.rawValue)
    }
  }
}
