import ArgumentParser
import Dashboard
import ForceModel
import ScenarioStore

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
    /// Which version of the file it is, for journals and the changed-on-disk check.
    var document: ScenarioDocument
  }

  /// Loads the scenario an argument names; on a bad file prints every diagnostic to standard
  /// error and exits with status 1. A `notice` (for a terminal) is shown while the file is read
  /// and wiped before anything else is written.
  static func load(_ argument: String?, notice: String? = nil) throws -> Loaded {
    guard let argument, argument != builtInName else {
      let mission = Scenario.haitiMSS.mission
      return Loaded(
        scenario: .haitiMSS, name: "built-in scenario (\(mission.shortName), \(mission.asOf?.description ?? ""))",
        shortName: "built-in", path: nil, document: .builtIn)
    }
    if let notice { StandardError.write(notice) }
    defer { if notice != nil { StandardError.writeControl("\r\u{1B}[K") } }
    do {
      return try loadFile(argument)
    } catch {
      if notice != nil { StandardError.writeControl("\r\u{1B}[K") }
      StandardError.write(error.description + "\n")
      throw ExitCode(1)
    }
  }

  /// Loads a scenario file with its digest and stamp.
  static func loadFile(_ path: String) throws(ScenarioFileError) -> Loaded {
    let file = try ScenarioStore.loadFile(path)
    let short = FileName.of(path)
    return Loaded(
      scenario: file.scenario, name: path, shortName: short, path: path,
      document: ScenarioDocument(
        path: path, journalKey: FileEffects.absolutePath(path), digest: file.digest, stamp: file.stamp))
  }
}
