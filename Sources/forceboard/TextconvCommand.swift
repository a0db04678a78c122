import ArgumentParser
import ForceModel
import ScenarioStore

/// `forceboard textconv FILE`: git's text conversion for scenario files (`diff.forceboard.textconv`).
///
/// A textconv driver must never fail: git stops `diff`, `show` and `log -p` at the first one
/// that does ("unable to read files to diff"), so one broken scenario committed once would stop
/// every later look at history. A valid file is its text report; any other is its problems
/// followed by its text as it is, sanitised, and the exit status is 0 either way.
struct TextconvCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "textconv",
    abstract:
      "For git diff: a scenario file as its text report; a broken one as its problems and its text (never fails).",
    discussion: """
      Set up once per repository:
        git config diff.forceboard.textconv "forceboard textconv"
        echo '*.yaml diff=forceboard' >> .gitattributes
      """)

  @Argument(help: "The scenario file git hands over.")
  var file: String

  func run() throws {
    do {
      let scenario = try ScenarioStore.load(file)
      StandardOutput.write(ReportFormat.text.render(Report(scenario: scenario, results: recalculate(scenario))))
    } catch {
      StandardOutput.write(Self.unreadable(error, file: file))
    }
  }

  /// What a file that is not a valid scenario reads as: every problem, then its text.
  static func unreadable(_ error: ScenarioFileError, file: String) -> String {
    var out = "forceboard: not a valid scenario in this version:\n"
    for diagnostic in error.diagnostics { out += "  " + diagnostic.description + "\n" }
    guard let bytes = try? ScenarioStore.readBytes(file) else { return out }
    out += "--- the file as it is ---\n"
    out += String(decoding: bytes, as: UTF8.self)
    if !out.hasSuffix("\n") { out += "\n" }
    return out
  }
}
