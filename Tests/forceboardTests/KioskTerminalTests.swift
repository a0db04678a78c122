import Foundation
import Testing

/// The operations screen in a real terminal, fed by a file someone else edits.
@Suite(.serialized) struct KioskTerminalTests {
  let folder = NSTemporaryDirectory() + "/forceboard-kiosk-\(UUID().uuidString)"
  var file: String { folder + "/mss.yaml" }

  init() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", toPath: file)
  }

  func original() throws -> String { try String(contentsOfFile: file, encoding: .utf8) }

  /// Writes the file the way an editor does: a new file renamed over the old one.
  func replace(with text: String) throws {
    let temporary = folder + "/.mss.yaml.swp"
    try text.write(toFile: temporary, atomically: false, encoding: .utf8)
    _ = rename(temporary, file)
  }

  /// `--as-of` pins a kiosk to a date: the header says so, the figures are that day's, and a
  /// change to the file keeps the pin.
  @Test func aKioskPinnedToADateStaysOnIt() throws {
    guard requireTmux() else { return }
    let text = try original()
    let tmux = try TmuxSession(["--kiosk", "--as-of", "2025-01-31", file], width: 120, height: 40)
    #expect(tmux.waitFor("◀ AS OF 2025-01-31"), "\(tmux.screen())")
    #expect(tmux.screen().contains("~600"), "Kenya on 2025-01-31, after its third contingent: \(tmux.screen())")
    // Guatemala's figure of 2025-01-04 changes in the file: the pinned screen shows it, still
    // as of the pinned date.
    let guatemala = #"deployed: {value: 150, sources: ["REUTERS-FBC-2025-01-05", "PEOPLEDAILY-GUA"]"#
    try replace(
      with: text.replacingOccurrences(of: guatemala, with: guatemala.replacingOccurrences(of: "150", with: "160")))
    #expect(tmux.waitFor("160 ▲10", timeout: 3), "\(tmux.screen())")
    #expect(tmux.screen().contains("◀ AS OF 2025-01-31"), "the pin holds across a reload: \(tmux.screen())")
    tmux.send("q", "y")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func kioskShowsTheHeadlineAndFollowsItsFileThroughBreakageAndDeletion() throws {
    guard requireTmux() else { return }
    let text = try original()
    let tmux = try TmuxSession(["--kiosk", "--stale-after", "48h", file], width: 120, height: 40)
    // The bottom line, written last: the whole first frame is on screen.
    #expect(tmux.waitFor("READ-ONLY display of mss.yaml · loaded"), "\(tmux.screen())")
    var screen = tmux.screen()
    #expect(screen.contains("DEPLOYED"))
    #expect(screen.contains("SHORT OF PLANNED"))
    #expect(screen.contains("GAP TO 2025-10-02"))
    #expect(screen.contains("CASH RUNS OUT"))
    #expect(screen.range(of: #"│ \d\d:\d\d"#, options: .regularExpression) != nil, "a clock: \(screen)")
    #expect(screen.contains("data ") && screen.contains(" old"), "the data's age")
    #expect(screen.contains("⚠ STALE: newest event (2025-03-31)"))
    #expect(!screen.contains("Tab  panel"), "no key bar")

    // Rewritten in place: the new figures within two seconds, marked.
    try text.replacingOccurrences(of: "      value: 700\n", with: "      value: 900\n").write(
      toFile: file, atomically: false, encoding: .utf8)
    #expect(tmux.waitFor("900+ ▲200", timeout: 2), "\(tmux.screen())")

    // Broken: a banner with file, line and column; the last good figures stay.
    try replace(with: text.replacingOccurrences(of: "      value: 700\n", with: "      value: -7\n"))
    #expect(tmux.waitFor("⚠ NOT LIVE since", timeout: 2), "\(tmux.screen())")
    screen = tmux.screen()
    #expect(screen.range(of: #"mss\.yaml:\d+:\d+:"#, options: .regularExpression) != nil, "\(screen)")
    #expect(screen.contains("900+"), "the last good data stays")

    // Fixed: the banner goes.
    try replace(with: text)
    #expect(tmux.waitFor("⚠ NOT LIVE", gone: true, timeout: 2), "\(tmux.screen())")
    #expect(tmux.waitFor("700+"))

    // Deleted: the banner says so; the figures stay.
    try FileManager.default.removeItem(atPath: file)
    #expect(tmux.waitFor("No such file or directory", timeout: 3), "\(tmux.screen())")
    #expect(tmux.screen().contains("700+"))

    // Stray keys do nothing; the chord ends it.
    tmux.send("Escape")
    tmux.send("x")
    tmux.send("q")
    #expect(tmux.waitFor("Press 'y' to end this display"))
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    #expect(tmux.cursorVisible())
  }

  @Test func aLargeFileIsReadWithoutStoppingTheDisplay() throws {
    guard requireTmux() else { return }
    // Twenty thousand funding lines: seconds of YAML parsing in a debug build.
    let large = folder + "/large.yaml"
    let generated = try ForceBoardBinary.run([
      "generate", "--contributors", "100", "--funding-lines", "20000", "-o", large,
    ])
    #expect(generated.status == 0, "\(generated.errors)")
    let tmux = try TmuxSession(["--kiosk", file], width: 120, height: 40)
    #expect(tmux.waitFor("KIOSK"), "\(tmux.screen())")
    _ = rename(large, file)
    // The read has started when the reader's thread exists (the program has no other); the
    // display still answers its keys while it runs, and still shows the last data it read.
    #expect(tmux.waitForThreads(atLeast: 2), "the read never started")
    tmux.send("q")
    #expect(tmux.waitFor("Press 'y' to end this display", timeout: 1.5), "\(tmux.screen())")
    #expect(!tmux.screen().contains("Synthetic"), "still reading the large file")
    #expect(tmux.waitFor("lead Synthetic country 1", timeout: 60), "\(tmux.screen())")
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
  }

  @Test func aKioskSurvivesTooSmallAndBackAndEndsCleanlyOnHangup() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession(["--kiosk", "--cycle", "1s", file], width: 100, height: 30)
    #expect(tmux.waitFor("KIOSK"))
    tmux.resize(width: 40, height: 10)
    #expect(tmux.waitFor("needs at least"), "\(tmux.screen())")
    tmux.resize(width: 120, height: 40)
    #expect(tmux.waitFor("DEPLOYED"), "\(tmux.screen())")
    // The rotation moves the highlight between the tables.
    #expect(tmux.waitFor("▶ 3 Funding", timeout: 3), "\(tmux.screen())")
    guard let pid = tmux.programPID() else {
      Issue.record("no forceboard process")
      return
    }
    kill(pid, SIGHUP)
    #expect(tmux.waitFor("EXIT:129"), "\(tmux.screen())")
    #expect(try original().contains("schema"), "the file is untouched")
  }

  @Test func readOnlyNeverWritesInAReadOnlyFolder() throws {
    guard requireTmux() else { return }
    let before = try Data(contentsOf: URL(fileURLWithPath: file))
    let state = folder + "-state"
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    let tmux = try TmuxSession(["--read-only", file], environment: ["XDG_STATE_HOME": state])
    #expect(tmux.waitFor("READ-ONLY"))
    for key in ["2", "e", "a", "d", "x", "u", "w", "W", "o", "R"] {
      tmux.send(key)
    }
    #expect(tmux.waitFor("READ-ONLY: this display cannot change"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "byte for byte unchanged")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["mss.yaml"], "no temporary file")
    #expect(!FileManager.default.fileExists(atPath: state), "no journal, not even its folder")
  }
}
