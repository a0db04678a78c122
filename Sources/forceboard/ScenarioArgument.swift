import ArgumentParser
import ForceModel

/// Where a command's scenario comes from: a file, or the built-in one.
enum ScenarioArgument {
  static let builtInName = "builtin"

  /// Loads the scenario an argument names; on a bad file prints every diagnostic to standard
  /// error and exits with status 1.
  static func load(_ argument: String?) throws -> (scenario: Scenario, name: String) {
    guard let argument, argument != builtInName else {
      return (
        .haitiMSS,
        "built-in scenario (\(Scenario.haitiMSS.mission.shortName), \(Scenario.haitiMSS.mission.asOf?.description ?? ""))"
      )
    }
    do {
      return (try ScenarioFile.load(argument), argument)
    } catch {
      StandardError.write(error.description + "\n")
      throw ExitCode(1)
    }
  }
}
