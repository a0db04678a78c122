import ArgumentParser
import ForceModel

/// `forceboard generate`: a synthetic scenario of any size, for tests and benchmarks.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic scenario (every name says so) of a chosen size.")

  @Option(help: "Number of contributor rows.")
  var contributors = 1_000

  @Option(help: "Number of funding lines.")
  var fundingLines = 100_000

  @Option(help: "Seed: the same seed gives the same scenario.")
  var seed: UInt64 = 2025

  @Option(help: "yaml or json; default: from the output file name, else yaml.")
  var format: ScenarioFile.Format?

  @Option(name: .shortAndLong, help: "The file to write. Default: standard output.")
  var output: String?

  func validate() throws {
    guard (1...100_000).contains(contributors) else { throw ValidationError("--contributors must be 1 to 100,000") }
    guard (0...2_000_000).contains(fundingLines) else {
      throw ValidationError("--funding-lines must be 0 to 2,000,000")
    }
  }

  func run() throws {
    let scenario = Scenario.synthetic(contributors: contributors, fundingLines: fundingLines, seed: seed)
    try Emit.scenario(scenario, format: format, output: output)
  }
}
