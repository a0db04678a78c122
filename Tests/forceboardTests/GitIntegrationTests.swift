import Foundation
import Testing

/// ForceBoard at home in git: `report --format text` as a textconv driver, `diff` as a
/// difftool, in a real repository in a temporary folder.
@Suite struct GitIntegrationTests {
  static var gitAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/git") }

  func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
    try TmuxSession.run("/usr/bin/git", ["-C", folder] + arguments)
  }

  @Test func gitDiffReadsScenariosThroughTheReport_andDifftoolThroughDiff() throws {
    guard Self.gitAvailable else {
      Issue.record("git is missing")
      return
    }
    let folder = NSTemporaryDirectory() + "/forceboard-git-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let binary = ForceBoardBinary.path
    _ = try git(["init", "-q"], in: folder)
    _ = try git(["config", "user.email", "planner@example.org"], in: folder)
    _ = try git(["config", "user.name", "Planner"], in: folder)
    // The three lines of set-up the README gives.
    _ = try git(["config", "diff.forceboard.textconv", "\(binary) report --format text"], in: folder)
    try "*.yaml diff=forceboard\n".write(toFile: folder + "/.gitattributes", atomically: true, encoding: .utf8)
    _ = try git(["config", "difftool.forceboard.cmd", "\(binary) diff \"$LOCAL\" \"$REMOTE\""], in: folder)

    let file = folder + "/mss.yaml"
    let original = try String(
      contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
    try original.write(toFile: file, atomically: true, encoding: .utf8)
    _ = try git(["add", "."], in: folder)
    #expect(try git(["commit", "-q", "-m", "MSS as of March 2025"], in: folder).status == 0)
    try original.replacingOccurrences(of: "      value: 700\n", with: "      value: 800\n").write(
      toFile: file, atomically: true, encoding: .utf8)

    let raw = try git(["diff", "--no-textconv"], in: folder).output
    #expect(raw.contains("-      value: 700\n+      value: 800\n"), "\(raw)")
    let read = try git(["diff"], in: folder).output
    #expect(read.contains("-  Shortfall against planned strength  1,500 (60%)"), "\(read)")
    #expect(read.contains("+  Shortfall against planned strength  1,400 (56%)"), "\(read)")
    let tool = try git(["difftool", "-y", "--tool=forceboard", "--", "mss.yaml"], in: folder).output
    #expect(tool.contains("contributors[Kenya].deployed"), "\(tool)")
    #expect(tool.contains("700+ (2025-03) → 800+ (2025-03)"), "\(tool)")
  }
}
