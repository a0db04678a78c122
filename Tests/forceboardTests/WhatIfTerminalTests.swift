import Foundation
import Testing

/// What-if editing in a real terminal: edit, undo, save, restart, a refused save, a killed
/// process and its journal.
@Suite(.serialized) struct WhatIfTerminalTests {
  func editKenya(_ tmux: TmuxSession, to value: String) { tmux.editKenya(to: value) }

  @Test func editUndoRedoSaveAndSeeTheEditAfterARestart() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    #expect(tmux.screen().contains("Short of planned      1,500  SHORT  60%"))

    editKenya(tmux, to: "1200")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"), "\(tmux.screen())")
    let edited = tmux.screen()
    #expect(edited.contains("Short of planned      1,000 ▼ 500"), "\(edited)")
    #expect(edited.contains("1,200 ▲500"))

    tmux.send("u")
    #expect(tmux.waitFor("Short of planned      1,500"), "\(tmux.screen())")
    #expect(tmux.screen().contains("BROWSE"))
    tmux.send("C-r")
    #expect(tmux.waitFor("Short of planned      1,000"), "\(tmux.screen())")

    tmux.send("w")
    #expect(tmux.waitFor("Saved to"), "\(tmux.screen())")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · saved"))
    #expect(work.journals().isEmpty, "a save drops the journal")
    // The program's own save is not someone else's change (FileWatcherTests checks the rule):
    // by the time the save's message has gone, the watcher has looked at the file twice.
    #expect(tmux.waitFor("Saved to", gone: true, timeout: 10), "\(tmux.screen())")
    #expect(!tmux.screen().contains("changed on disk"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    #expect(try String(contentsOfFile: work.file, encoding: .utf8).contains("value: 1200"))

    let again = try TmuxSession([work.file], environment: work.environment)
    #expect(again.waitFor("Force strength"))
    let restarted = again.screen()
    #expect(restarted.contains("Short of planned      1,000  SHORT  40%"), "\(restarted)")
    #expect(restarted.contains("BROWSE"))
    again.send("q")
    #expect(again.waitFor("EXIT:0"))
  }

  @Test func someoneElseSavingTheFileIsToldAtOnceAndTheEditsStay() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    editKenya(tmux, to: "1200")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"), "\(tmux.screen())")

    // A colleague saves their own version, the way editors do: a new file renamed over it.
    let theirs = try String(contentsOfFile: work.file, encoding: .utf8).replacingOccurrences(
      of: "planned: ", with: "planned:  ")
    try theirs.write(toFile: work.folder + "/.haiti.yaml.swp", atomically: false, encoding: .utf8)
    _ = rename(work.folder + "/.haiti.yaml.swp", work.file)
    #expect(tmux.waitFor("⚠ changed on disk", timeout: 3), "\(tmux.screen())")
    #expect(tmux.screen().contains("changed on disk (someone else saved it): your edits are kept"))
    #expect(tmux.screen().contains("1,200 ▲500"), "the edit is still there")

    // Saving asks first; yes writes ours, and the warning goes.
    tmux.send("w")
    #expect(
      tmux.waitFor("haiti.yaml was changed on disk by someone else (same figures, written again). Overwrite it?"),
      "\(tmux.screen())")
    tmux.send("y")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · saved"), "\(tmux.screen())")
    #expect(!tmux.screen().contains("⚠ changed on disk"))
    #expect(try String(contentsOfFile: work.file, encoding: .utf8).contains("value: 1200"))

    // Deleted under it: said as such.
    try FileManager.default.removeItem(atPath: work.file)
    #expect(tmux.waitFor("⚠ deleted on disk", timeout: 3), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
  }

  @Test func quittingWithUnsavedEditsAsks() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"))
    editKenya(tmux, to: "900")
    #expect(tmux.waitFor("WHAT-IF"))
    tmux.send("q")
    #expect(tmux.waitFor("Quit and lose them?"), "\(tmux.screen())")
    tmux.send("n")
    #expect(tmux.waitFor("Still here"))
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    #expect(work.journals().isEmpty, "quitting on purpose discards the journal")
  }

  @Test func aSaveIntoAReadOnlyFolderFailsClearlyAndLosesNothing() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let original = try Data(contentsOf: URL(fileURLWithPath: work.file))
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: work.folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.folder) }
    // Root may write anywhere, so as root the program runs as nobody, for whom the folder is
    // read-only as it would be for any user.
    var wrapper: [String] = []
    if geteuid() == 0 {
      try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: work.state)
      wrapper = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
    let tmux = try TmuxSession([work.file], environment: work.environment, wrapper: wrapper)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    editKenya(tmux, to: "1200")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"), "\(tmux.screen())")
    tmux.send("w")
    #expect(tmux.waitFor("Could not save"), "\(tmux.screen())")
    let screen = tmux.screen()
    #expect(screen.contains("Permission denied"), "\(screen)")
    #expect(screen.contains("WHAT-IF · 1 edit · unsaved"), "the edits are kept")
    #expect(screen.contains("Short of planned      1,000"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: work.file)) == original, "the original is untouched")
    #expect(try FileManager.default.contentsOfDirectory(atPath: work.folder) == ["haiti.yaml"], "no temporary file")
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func aKilledProcessLeavesAJournalThatTheNextStartRestores() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"))
    editKenya(tmux, to: "1200")
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"))
    eventually { !work.journals().isEmpty }
    #expect(work.journals().count == 1)
    guard let pid = tmux.programPID() else {
      Issue.record("no forceboard process")
      return
    }
    kill(pid, SIGKILL)
    #expect(tmux.waitFor("EXIT:137"), "\(tmux.screen())")

    let again = try TmuxSession([work.file], environment: work.environment)
    #expect(again.waitFor("Unsaved edits from an earlier session: "), "\(again.screen())")
    #expect(again.screen().contains(", 1 edit. Restore them?"))
    again.send("y")
    #expect(again.waitFor("WHAT-IF · 1 edit · unsaved"), "\(again.screen())")
    #expect(again.screen().contains("1,200 ▲500"))
    #expect(again.screen().contains("Short of planned      1,000"))
    again.send("q")
    again.send("y")
    #expect(again.waitFor("EXIT:0"))
  }

  @Test func readOnlyRefusesEditsAndWritesNothing() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let original = try Data(contentsOf: URL(fileURLWithPath: work.file))
    let tmux = try TmuxSession(["--read-only", work.file], environment: work.environment)
    #expect(tmux.waitFor("READ-ONLY"), "\(tmux.screen())")
    tmux.send("2")
    tmux.send("e")
    #expect(tmux.waitFor("READ-ONLY: this display cannot change"), "\(tmux.screen())")
    tmux.send("w")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: work.file)) == original)
    #expect(!FileManager.default.fileExists(atPath: work.state + "/forceboard"), "no journal folder")
  }
}
