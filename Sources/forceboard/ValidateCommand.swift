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
      let isAddress = RemoteAddress.looksLikeAddress(file)
      do {
        let scenario =
          isAddress
          ? try ScenarioArgument.loadAddress(file, options: try remote.fetchOptions(for: file)).scenario
          : try ScenarioStore.load(file)
        StandardOutput.write(
          "\(isAddress ? RemoteAddress.shownForm(file) : file): ok (\(scenario.contributors.count) contributors, \(scenario.funding.count) funding lines, \(scenario.sources.count) sources)\n"
        )
      } catch let error as ValidationError {
        throw error
      } catch {
        // Every problem on a line of its own, located: `file:line:column: what (hint: …)`.
        failed = true
        let lines = (error as? ScenarioFileError)?.diagnostics.map(\.description) ?? ["\(error)"]
        for line in lines { StandardError.write(line + "\n") }
      }
    }
    if failed { throw ExitCode(1) }
  }
}
