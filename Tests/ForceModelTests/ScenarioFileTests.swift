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

  /// A schema 1 file (the built-in scenario as the last version wrote it) opens, each status
  /// read as the matching flow with a note saying so, and saves as schema 2: compared field by
  /// field with the file it came from.
  @Test func aSchema1FileOpensAndSavesAsSchema2FieldByField() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/haiti-mss-schema1.yaml").path
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let old = try YAMLDocumentParser.parse(bytes, file: "schema1.yaml").tree
    let opened = try ScenarioFile.decode(bytes: bytes, file: "schema1.yaml")
    let saved = ScenarioFile.encode(opened, as: .yaml)
    #expect(saved.contains("schema: 2\n"))
    let new = try YAMLDocumentParser.parse(Array(saved.utf8), file: "schema2.yaml").tree
    #expect(try ScenarioFile.decode(bytes: Array(saved.utf8), file: "schema2.yaml") == opened)

    func field(_ node: DocumentNode?, _ key: String) -> DocumentNode? {
      guard case .mapping(let entries) = node else { return nil }
      return entries.first { $0.key == key }?.value
    }
    func text(_ node: DocumentNode?) -> String? {
      if case .scalar(let value, _) = node { return value }
      return nil
    }
    func items(_ node: DocumentNode?) -> [DocumentNode] {
      if case .sequence(let items) = node { return items }
      return []
    }
    func texts(_ node: DocumentNode?) -> [String] { items(node).compactMap(text) }
    // Everything but the funding lines and the dropped in_hand list is written as it was read.
    for key in ["mission", "strength", "contributors", "funding_totals", "sources", "conflicts"] {
      #expect(
        field(old, key).map(DocumentWriter.json) == field(new, key).map(DocumentWriter.json), "\(key) changed")
    }
    #expect(field(field(new, "assumptions"), "in_hand") == nil)
    let stages = ["pledged": "pledge", "committed": "commitment", "disbursed": "received"]
    let oldLines = items(field(old, "funding"))
    let newLines = items(field(new, "funding"))
    #expect(oldLines.count == 4 && newLines.count == oldLines.count)
    for (before, after) in zip(oldLines, newLines) {
      #expect(text(field(before, "id")) == text(field(after, "id")))
      #expect(text(field(before, "donor")) == text(field(after, "donor")))
      #expect(text(field(before, "purpose")) == text(field(after, "purpose")))
      let channel = text(field(before, "channel"))
      #expect(text(field(after, "form")) == (channel == "in_kind" ? "in_kind" : "cash"))
      #expect(text(field(after, "channel")) == (channel == "in_kind" ? "bilateral" : channel))
      let amount = field(before, "amount")
      let status = text(field(before, "status")) ?? ""
      if status == "ceiling" {
        // A ceiling stays a ceiling: shown, never counted as money.
        let ceiling = field(after, "ceiling")
        #expect(texts(field(after, "flows")).isEmpty)
        #expect(text(field(ceiling, "value")) == text(field(amount, "value")))
        #expect(text(field(ceiling, "qualifier")) == "up_to")
        #expect(text(field(ceiling, "note"))?.contains("read from schema 1 status 'ceiling'") == true)
        continue
      }
      let flows = items(field(after, "flows"))
      #expect(flows.count == 1)
      let flow = flows.first
      #expect(text(field(flow, "stage")) == stages[status])
      #expect(text(field(flow, "amount")) == text(field(amount, "value")))
      #expect(text(field(flow, "date")) == text(field(amount, "as_of")))
      #expect(texts(field(flow, "sources")) == texts(field(amount, "sources")))
      #expect(text(field(flow, "note"))?.contains("read from schema 1 status '\(status)'") == true)
    }
    // The money is now a flow: the trust fund's $112.5M is received, not a pile "in hand".
    #expect(recalculate(opened).funding.cash.received == 112_500_000)
  }

  /// The built-in scenario is Scenarios/haiti-mss.yaml, embedded at build time; the JSON copy
  /// says the same, and an embedded file that does not read says so instead of crashing.
  @Test func theBuiltInScenarioIsItsDataFile() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    #expect(Scenario.haitiMSS.mission.banner == nil, "\(Scenario.haitiMSS.mission.banner ?? "")")
    #expect(Scenario.haitiMSS.contributors.count == 8)
    for name in ["haiti-mss.yaml", "haiti-mss.json"] {
      let path = root.appendingPathComponent("Scenarios/\(name)").path
      #expect(
        try ScenarioStore.load(path) == .haitiMSS, "regenerate with: swift run forceboard export -o Scenarios/\(name)")
    }
    let broken = BuiltInScenario.unreadable("Scenarios/haiti-mss.yaml:3:1: unknown key")
    #expect(broken.mission.banner?.contains("could not be read: Scenarios/haiti-mss.yaml:3:1") == true)
    #expect(recalculate(broken).deployedTotal == 0)
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

  @Test func aFileOverEightMegabytesIsReadInHalvesToTheSameBytes() throws {
    let scenario = Scenario.synthetic(contributors: 50, fundingLines: 12_000, seed: 4)
    let text = ScenarioFile.encode(scenario, as: .json)
    try #require(text.utf8.count >= ScenarioStore.halvesFrom)
    let folder = try TemporaryFolder()
    let path = folder.path + "/large.json"
    try ScenarioStore.save(scenario, to: path)
    var stamp: FileStamp?
    let bytes = try ScenarioStore.readRegularFile(path, limit: .max, stamp: &stamp)
    #expect(bytes == Array(text.utf8))
    #expect(try ScenarioStore.load(path) == scenario)
  }
}

/// Saving is stable, so scenarios review well in git: an unchanged scenario is written back
/// byte for byte, and a one-figure edit made in the file is a one-line diff once saved.
@Suite struct StableSavingTests {
  @Test(arguments: ["haiti-mss.yaml", "mss-timeline.yaml", "haiti-mss-gsf.yaml"])
  func savingIsStableAndAOneFigureEditIsAOneLineDiff(_ name: String) throws {
    let folder = try TemporaryFolder()
    let first = folder.path + "/first.yaml"
    let again = folder.path + "/again.yaml"
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
    try ScenarioStore.save(try ScenarioStore.load(root + "/Scenarios/" + name), to: first)
    try ScenarioStore.save(try ScenarioStore.load(first), to: again)
    let written = try String(contentsOfFile: first, encoding: .utf8)
    #expect(try String(contentsOfFile: again, encoding: .utf8) == written, "saving an unchanged scenario rewrites it")

    // A planner changes one figure in the file; loading and saving keeps every other line.
    guard let range = written.range(of: "    value: ") else {
      Issue.record("no figure to change")
      return
    }
    let lineEnd = written[range.upperBound...].firstIndex(of: "\n") ?? written.endIndex
    let edited = written.replacingCharacters(in: range.upperBound..<lineEnd, with: "12345")
    try edited.write(toFile: again, atomically: true, encoding: .utf8)
    try ScenarioStore.save(try ScenarioStore.load(again), to: again)
    let before = written.split(separator: "\n", omittingEmptySubsequences: false)
    let after = try String(contentsOfFile: again, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    #expect(zip(before, after).filter { $0 != $1 }.count == 1, "one figure, one line")
  }
}
