import ArgumentParser
import ForceModel

/// Where a command's scenario comes from: a file, or the built-in one.
enum ScenarioArgument {
  static let builtInName = "builtin"

  /// A scenario with the names it goes by: in full for messages, short for the header.
  struct Loaded {
    var scenario: Scenario
    var name: String
    var shortName: String
    /// The file it came from; nil for the built-in scenario.
    var path: String?
  }

  /// Loads the scenario an argument names; on a bad file prints every diagnostic to standard
  /// error and exits with status 1.
  static func load(_ argument: String?) throws -> Loaded {
    guard let argument, argument != builtInName else {
      let mission = Scenario.haitiMSS.mission
      return Loaded(
        scenario: .haitiMSS, name: "built-in scenario (\(mission.shortName), \(mission.asOf?.description ?? ""))",
        shortName: "built-in", path: nil)
    }
    do {
      let scenario = try ScenarioFile.load(argument)
      let short = argument.split(separator: "/").last.map(String.init) ?? argument
      return Loaded(scenario: scenario, name: argument, shortName: short, path: argument)
    } catch {
      StandardError.write(error.description + "\n")
      throw ExitCode(1)
    }
  }
}
