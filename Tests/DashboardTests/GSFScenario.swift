import ScenarioStore
import Testing

@testable import ForceModel

/// The MSS–GSF history the dashboard tests walk. A file that does not load fails the test that
/// asked, never falls back to the built-in scenario unseen.
enum GSFScenario {
  static let scenario: Scenario = {
    do {
      return try ScenarioStore.load(packageRoot + "/Scenarios/haiti-mss-gsf.yaml")
    } catch {
      Issue.record("Scenarios/haiti-mss-gsf.yaml does not load: \(error)")
      return .haitiMSS
    }
  }()
}
