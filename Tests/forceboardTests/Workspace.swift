import Dashboard
import Foundation

@testable import forceboard

/// A writable folder holding a copy of the Haiti scenario (`haiti.yaml`), with a state folder
/// for journals and a config folder for themes beside it, so no test sees another's journals,
/// themes or files. Removed when the value goes away.
final class Workspace {
  let folder = NSTemporaryDirectory() + "/forceboard-work-\(UUID().uuidString.prefix(8))"
  var file: String { folder + "/haiti.yaml" }
  var state: String { folder + "-state" }
  var config: String { folder + "-config" }
  /// Where the program keeps journals: `$XDG_STATE_HOME/forceboard`.
  var journalFolder: String { state + "/forceboard" }
  /// The environment a run of the program in this workspace gets.
  var environment: [String: String] { ["XDG_STATE_HOME": state, "HOME": state, "XDG_CONFIG_HOME": config] }

  init() throws {
    // The state folder exists, the journal folder in it does not: a read-only run must not make it.
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", toPath: file)
  }

  deinit {
    for path in [folder, state, config] { try? FileManager.default.removeItem(atPath: path) }
  }

  /// Makes the journal folder, for a test that puts journals there before the program runs.
  func makeJournalFolder() throws {
    try FileManager.default.createDirectory(atPath: journalFolder, withIntermediateDirectories: true)
  }

  /// The names in a folder, sorted.
  func names(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  /// The journals of editing instances now in the state folder.
  func journals() -> [String] { names(in: journalFolder).filter { $0.hasPrefix("journal-") } }

  /// The journal key and digest the program will use for the scenario file.
  func document() throws -> ScenarioDocument { try ScenarioArgument.loadFile(file).document }
}
