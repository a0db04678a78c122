import Foundation
import ScenarioStore
import Testing

@testable import ForceModel

@Suite struct ScenarioFileTests {
  @Test func theBuiltInScenarioRoundTripsThroughBothFormats() throws {
    for format in ScenarioFile.Format.allCases {
      let text = ScenarioFile.encode(.haitiMSS, as: format)
      let back = try ScenarioFile.decode(bytes: Array(text.utf8), file: "haiti.\(format.rawValue)")
      #expect(back == .haitiMSS)
    }
  }

  @Test func theCheckedInExampleIsTheBuiltInScenario() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    for name in ["haiti-mss.yaml", "haiti-mss.json"] {
      let path = root.appendingPathComponent("Scenarios/\(name)").path
      #expect(
        try ScenarioStore.load(path) == .haitiMSS, "regenerate with: swift run forceboard export -o Scenarios/\(name)")
    }
  }

  @Test func everyExampleScenarioIsValid() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = root.appendingPathComponent("Scenarios").path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.hasSuffix(".yaml") || $0.hasSuffix(".json")
    }
    #expect(names.count >= 3)
    for name in names {
      _ = try ScenarioStore.load(folder + "/" + name)
    }
  }

  @Test func savingWritesAFileThatLoadsBack() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/mss.yaml"
    try ScenarioStore.save(.haitiMSS, to: path)
    #expect(try ScenarioStore.load(path) == .haitiMSS)
    var changed = Scenario.haitiMSS
    changed.contributors[0].deployed.value = 900
    try ScenarioStore.save(changed, to: path)
    #expect(try ScenarioStore.load(path) == changed)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mss.yaml"])
  }

  @Test func savingKeepsTheFilePermissions() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("mss.json", "{}")
    chmod(path, 0o600)
    try ScenarioStore.save(.haitiMSS, to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try folder.read(path).hasPrefix("{"))
  }

  @Test func aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    // A folder in the way: the rename fails after the temporary file was written in full.
    let blocked = folder.path + "/blocked.yaml"
    try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
    _ = try folder.write("blocked.yaml/keep.txt", "precious")
    #expect(throws: ScenarioFileError.self) { try ScenarioStore.save(.haitiMSS, to: blocked) }
    #expect(try folder.read(blocked + "/keep.txt") == "precious")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocked.yaml"])

    do {
      try ScenarioStore.save(.haitiMSS, to: folder.path + "/no/such/folder/x.yaml")
      Issue.record("saved into a folder that does not exist")
    } catch {
      #expect(error.description.contains("cannot save: No such file or directory"))
      #expect(error.description.contains("the file on disk is unchanged"))
    }
  }

  @Test func readingReportsWhyAFileCannotBeRead() {
    #expect(throws: ScenarioFileError.self) { try ScenarioStore.load("/no/such/file.yaml") }
    do {
      _ = try ScenarioStore.load("/no/such/file.yaml")
    } catch {
      #expect(error.description == "/no/such/file.yaml: cannot read: No such file or directory")
    }
    do {
      _ = try ScenarioStore.load("/tmp")
    } catch {
      #expect(error.description == "/tmp: cannot read: it is a folder, not a file")
    }
  }

  @Test func theLargeScenarioRoundTrips() throws {
    let scenario = Scenario.synthetic(contributors: 200, fundingLines: 5_000)
    for format in ScenarioFile.Format.allCases {
      let text = ScenarioFile.encode(scenario, as: format)
      #expect(try ScenarioFile.decode(bytes: Array(text.utf8), file: "large.\(format.rawValue)") == scenario)
    }
  }
}
