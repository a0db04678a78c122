import ArgumentParser
import ForceModel
import ScenarioStore

/// `forceboard validate`: checks scenario files without opening them.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check scenario files: exit 0 if all are valid, else print one error per line and exit 1.")

  @Argument(help: "Scenario files to check.")
  var files: [String]

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one scenario file") }
  }

  func run() throws {
    var failed = false
    for file in files {
      if RemoteAddress.looksLikeAddress(file) {
        do {
          let scenario = try ScenarioArgument.loadAddress(file, options: try remote.fetchOptions()).scenario
          StandardOutput.write(
            "\(RemoteAddress.shownForm(file)): ok (\(scenario.contributors.count) contributors, \(scenario.funding.count) funding lines, \(scenario.sources.count) sources)\n"
          )
        } catch let error as ScenarioArgument.RemoteFailure {
          failed = true
          if case .content(let content) = error {
            for diagnostic in content.diagnostics { StandardError.write(diagnostic.description + "\n") }
          } else {
            StandardError.write(error.description + "\n")
          }
        }
        continue
      }
      do {
        let scenario = try ScenarioStore.load(file)
        StandardOutput.write(
          "\(file): ok (\(scenario.contributors.count) contributors, \(scenario.funding.count) funding lines, \(scenario.sources.count) sources)\n"
        )
      } catch {
        failed = true
        for diagnostic in error.diagnostics { StandardError.write(diagnostic.description + "\n") }
      }
    }
    if failed { throw ExitCode(1) }
  }
}
