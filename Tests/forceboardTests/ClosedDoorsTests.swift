import ForceModel
import Foundation
import ScenarioStore
import Testing

/// Doors a hostile pass found open, each closed at its depth and tried the way it was found:
/// the installer, every write, git's textconv, the command line's dates, the instance locks.
@Suite(.serialized) struct ClosedDoorsTests {
  /// A temporary folder, removed when the value goes away.
  final class Folder {
    let path = NSTemporaryDirectory() + "/forceboard-doors-\(UUID().uuidString.prefix(8))"
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ text: String, to name: String) throws {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    func read(_ name: String) -> String? { try? String(contentsOfFile: path + "/" + name, encoding: .utf8) }
    func isLink(_ name: String) -> Bool {
      (try? FileManager.default.destinationOfSymbolicLink(atPath: path + "/" + name)) != nil
    }
  }

  func install(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
    try TmuxSession.run(
      "/bin/bash",
      [
        "-c",
        "cd \(shellQuote(folder)) && \(shellQuote(ForceBoardBinary.packageRoot + "/Scripts/install")) \"$@\" 2>&1",
        "install",
      ] + arguments)
  }

  // MARK: - 1. The installer

  /// Uninstalling removes only regular files under the prefix, reached through no link: a
  /// manifest line with `..` and a themes folder that is a link to someone's files are refused,
  /// said, and the manifest kept. A trailing slash and a relative prefix mean the same folder.
  @Test func uninstallNeverLeavesThePrefix() throws {
    let work = try Folder()
    let prefix = work.path + "/P"
    // As the installer says it: absolute, one slash between parts.
    let said = (prefix as NSString).standardizingPath
    try FileManager.default.createDirectory(atPath: prefix + "/share/forceboard", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: work.path + "/mine", withIntermediateDirectories: true)
    try work.write("not yours", to: "victim.txt")
    try work.write("my theme", to: "mine/theme.toml")
    try FileManager.default.createSymbolicLink(
      atPath: prefix + "/share/forceboard/themes", withDestinationPath: "../../../mine")
    try work.write("binary", to: "P/bin/forceboard")
    let manifest = [
      prefix + "/../victim.txt", prefix + "/share/forceboard/themes/theme.toml", prefix + "/bin/forceboard",
      prefix + "/bin/already-gone",
    ]
    try work.write(manifest.joined(separator: "\n") + "\n", to: "P/share/forceboard/install-manifest")
    // Relative, with a trailing slash, from the folder above it.
    let run = try install(["--prefix", "P/", "--uninstall"], in: work.path)
    #expect(run.status == 1, "\(run.output)")
    #expect(work.read("victim.txt") == "not yours", "a file outside the prefix was removed")
    #expect(work.read("mine/theme.toml") == "my theme", "a file behind a link was removed")
    #expect(work.read("P/bin/forceboard") == nil, "the installed file is removed")
    #expect(run.output.contains("removed 1 file(s) from \(said); left these alone"), "\(run.output)")
    #expect(run.output.contains("victim.txt ('.' or '..' in the path)"), "\(run.output)")
    #expect(run.output.contains("themes is a symbolic link"), "\(run.output)")
    #expect(work.read("P/share/forceboard/install-manifest") != nil, "the manifest is kept while lines are refused")
    // Once the manifest names only what was installed, the same command finishes.
    try work.write("binary", to: "P/bin/forceboard")
    try work.write(prefix + "/bin/forceboard\n", to: "P/share/forceboard/install-manifest")
    let again = try install(["--prefix", "P//", "--uninstall"], in: work.path)
    #expect(again.status == 0, "\(again.output)")
    #expect(again.output.contains("removed ForceBoard from \(said) (1 file)"), "\(again.output)")
    #expect(work.read("P/bin/forceboard") == nil)
    #expect(work.read("P/share/forceboard/install-manifest") == nil)
    let nothing = try install(["--prefix", "nowhere", "--uninstall"], in: work.path)
    #expect(nothing.status == 1)
    #expect(
      nothing.output.contains(
        "nothing to uninstall: \((work.path as NSString).standardizingPath)/nowhere/share/forceboard/install-manifest"),
      "\(nothing.output)")
  }

  // MARK: - 2. export -o

  /// `export -o` writes regular files only: a named pipe and a device are refused with what they
  /// are and stay what they were; a link is written through to its target and stays a link.
  @Test func exportReplacesNoPipeDeviceOrLink() throws {
    let work = try Folder()
    let pipe = work.path + "/pipe.yaml"
    #expect(mkfifo(pipe, 0o600) == 0)
    let toPipe = try ForceBoardBinary.run(["export", "-o", pipe])
    #expect(toPipe.status == 1)
    #expect(toPipe.errors.contains("it is a named pipe (FIFO), not a regular file; ForceBoard writes files only"))
    var info = stat()
    #expect(lstat(pipe, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the pipe is still a pipe")

    // A device: one of our own when we may make one (as root, as CI is), else /dev/null, which
    // cannot be replaced without root anyway.
    var device = work.path + "/null"
    if getuid() != 0 || mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) != 0 { device = "/dev/null" }
    let toDevice = try ForceBoardBinary.run(["export", "-o", device])
    #expect(toDevice.status == 1)
    #expect(toDevice.errors.contains("it is a device, not a regular file"), "\(toDevice.errors)")
    #expect(lstat(device, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "the device is still a device")

    try work.write("old", to: "real.yaml")
    try FileManager.default.createSymbolicLink(atPath: work.path + "/link.yaml", withDestinationPath: "real.yaml")
    let toLink = try ForceBoardBinary.run(["export", "-o", work.path + "/link.yaml"])
    #expect(toLink.status == 0, "\(toLink.errors)")
    #expect(work.isLink("link.yaml"), "the link is still a link")
    #expect(work.read("real.yaml")?.hasPrefix("# ForceBoard scenario") == true, "the target holds the export")
    // A link that leads to a pipe is refused as the pipe.
    try FileManager.default.createSymbolicLink(atPath: work.path + "/to-pipe.yaml", withDestinationPath: "pipe.yaml")
    let throughLink = try ForceBoardBinary.run(["export", "-o", work.path + "/to-pipe.yaml"])
    #expect(throughLink.status == 1)
    #expect(throughLink.errors.contains("named pipe"), "\(throughLink.errors)")
    #expect(throughLink.errors.contains("to-pipe.yaml leads to"), "\(throughLink.errors)")
  }

  // MARK: - 3. w through a link

  /// `w` on a scenario opened through a link saves into the file the link leads to; the link
  /// stays a link, and the next start reads the edit.
  @Test func savingThroughALinkChangesItsTarget() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    try FileManager.default.moveItem(atPath: work.file, toPath: work.folder + "/real.yaml")
    try FileManager.default.createSymbolicLink(atPath: work.folder + "/l2.yaml", withDestinationPath: "real.yaml")
    let tmux = try TmuxSession([work.folder + "/l2.yaml"], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    tmux.editKenya(to: "1234")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"), "\(tmux.screen())")
    tmux.send("w")
    #expect(tmux.waitFor("1 edit · saved"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    #expect(
      (try? FileManager.default.destinationOfSymbolicLink(atPath: work.folder + "/l2.yaml")) == "real.yaml",
      "the link is still a link")
    let saved = try ScenarioStore.load(work.folder + "/real.yaml")
    #expect(saved.contributors.first { $0.country == "Kenya" }?.deployed.value == 1_234)
    // 11: an editing session that ends leaves no lock file behind.
    let locks = work.names(in: work.journalFolder).filter { $0.hasPrefix("instance-") }
    #expect(locks.isEmpty, "left behind: \(locks)")
  }

  // MARK: - 8. git

  /// A broken scenario committed once does not stop `git diff`, `git show` or `git log -p`;
  /// `git difftool` on an added or a deleted file shows its report.
  @Test func gitHistoryGoesOnPastABrokenScenario() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
      Issue.record("git is missing")
      return
    }
    let work = try Folder()
    func git(_ arguments: [String]) throws -> (status: Int32, output: String) {
      try TmuxSession.run("/usr/bin/git", ["-C", work.path] + arguments)
    }
    let binary = ForceBoardBinary.path
    _ = try git(["init", "-q"])
    _ = try git(["config", "user.email", "planner@example.org"])
    _ = try git(["config", "user.name", "Planner"])
    _ = try git(["config", "diff.forceboard.textconv", "\(binary) textconv"])
    try work.write("*.yaml diff=forceboard\n", to: ".gitattributes")
    _ = try git(["config", "difftool.forceboard.cmd", "\(binary) diff \"$LOCAL\" \"$REMOTE\""])
    let original = try String(
      contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
    try work.write(original, to: "mss.yaml")
    _ = try git(["add", "."])
    #expect(try git(["commit", "-q", "-m", "MSS"]).status == 0)
    try work.write(original + "bogus: 1\n", to: "mss.yaml")
    #expect(try git(["commit", "-q", "-am", "broken"]).status == 0)
    try work.write(original.replacingOccurrences(of: "      value: 700\n", with: "      value: 800\n"), to: "mss.yaml")
    #expect(try git(["commit", "-q", "-am", "fixed, Kenya 800"]).status == 0)
    for command in [["log", "-p"], ["show", "HEAD~1"], ["diff", "HEAD~2", "HEAD~1"]] {
      let run = try git(command)
      #expect(run.status == 0, "git \(command): \(run.output)")
      #expect(run.output.contains("not a valid scenario in this version"), "git \(command): \(run.output)")
      #expect(run.output.contains("unknown key 'bogus'"), "git \(command): \(run.output)")
    }
    let fixed = try git(["diff", "HEAD~2", "HEAD"])
    #expect(fixed.output.contains("+  Shortfall against planned strength  1,400 (56%)"), "\(fixed.output)")
    // An added file: git hands the difftool /dev/null as the old side.
    try work.write(original, to: "new.yaml")
    _ = try git(["add", "new.yaml"])
    let added = try git(["difftool", "-y", "--tool=forceboard", "--cached", "--", "new.yaml"])
    #expect(added.status == 0, "\(added.output)")
    #expect(added.output.contains("/dev/null → "), "\(added.output)")
    #expect(added.output.contains("a new scenario; its report:"), "\(added.output)")
    #expect(!added.output.contains("cannot read"), "\(added.output)")
  }

  // MARK: - 11. Dates on the command line

  /// A date out of range says so; a date that starts with '-' is read as a value, not an option.
  @Test func datesOutOfRangeOrWithADashAreNamed() throws {
    let far = try ForceBoardBinary.run(["report", "--as-of", "9999-12-31"])
    #expect(far.status == 64)
    #expect(far.errors.contains("'9999-12-31' is out of range: dates run from 1900 to 2999"), "\(far.errors)")
    let dash = try ForceBoardBinary.run(["report", "--as-of", "-2025-01-01"])
    #expect(dash.status == 64)
    #expect(dash.errors.contains("'-2025-01-01' is not a date"), "\(dash.errors)")
    #expect(!dash.errors.contains("Missing value"), "\(dash.errors)")
    let day = try ForceBoardBinary.run(["report", "--as-of", "2025-02-30"])
    #expect(day.errors.contains("February 2025 has 28 days"), "\(day.errors)")
  }

  /// The lock file of an instance that was killed is removed by a later start, once nothing
  /// holds it and no journal of that instance is left.
  @Test func aKilledInstancesLockFileIsRemovedLater() throws {
    let work = try Workspace()
    try work.makeJournalFolder()
    let stale = work.journalFolder + "/instance-4242-deadbeef.lock"
    _ = FileManager.default.createFile(atPath: stale, contents: Data())
    let old = Date().addingTimeInterval(-3_600)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale)
    let young = work.journalFolder + "/instance-4243-cafe.lock"
    _ = FileManager.default.createFile(atPath: young, contents: Data())
    let kept = work.journalFolder + "/instance-4244-feed.lock"
    _ = FileManager.default.createFile(atPath: kept, contents: Data())
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: kept)
    _ = FileManager.default.createFile(
      atPath: work.journalFolder + "/journal-abc-4244-feed.json", contents: Data("{}".utf8))
    guard requireTmux() else { return }
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    #expect(!FileManager.default.fileExists(atPath: stale), "a gone instance's lock file is removed")
    #expect(FileManager.default.fileExists(atPath: young), "a young one may be being taken: kept")
    #expect(FileManager.default.fileExists(atPath: kept), "one with a journal left is kept")
  }
}
