import ArgumentParser
import ForceModel
import ScenarioStore

/// `forceboard export`: writes a scenario (by default the built-in one) as YAML or JSON.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a scenario (default: the built-in one) as a YAML or JSON scenario file.")

  @Argument(help: "A scenario file, or 'builtin'.")
  var scenario: String?

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  @Option(help: "yaml or json; default: from the output file name, else yaml.")
  var format: ScenarioFile.Format?

  @Option(name: .shortAndLong, help: "The file to write (atomically). Default: standard output.")
  var output: String?

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario, remote: remote)
    // A scenario file holds what is known: a projection written as one would turn a plan into facts.
    if let date = try asOf.parsed(), loaded.scenario.isProjected(date), let horizon = loaded.scenario.dataHorizon {
      throw ValidationError(
        "--as-of \(date) is past the data's date \(horizon): export writes what is known, and the plans stay plans; "
          + "forceboard report --as-of \(date) shows the projection")
    }
    try Emit.scenario(try asOf.apply(to: loaded.scenario), format: format, output: output)
  }
}

/// Writes a scenario to a file or to standard output.
enum Emit {
  static func scenario(_ scenario: Scenario, format: ScenarioFile.Format?, output: String?) throws {
    guard let output else {
      StandardOutput.write(ScenarioFile.encode(scenario, as: format ?? .yaml))
      return
    }
    do {
      try ScenarioStore.save(scenario, to: output, format: format)
    } catch {
      StandardError.write(error.description + "\n")
      throw ExitCode(1)
    }
  }
}

extension ScenarioFile.Format: ExpressibleByArgument {}
