import Dashboard
import ForceModel
import Foundation
import ScenarioStore
import Testing

@testable import forceboard

/// Nothing lost, nothing stuck: two editors on one file, journals of every broken kind, a named
/// pipe for every path the program reads, hostile bytes in names and themes, emoji sequences
/// under an overlay — each with the real binary where a user would meet it.
@Suite(.serialized) struct ReliabilityTests {
  func editKenya(_ tmux: TmuxSession, to value: String) {
    tmux.editKenya(to: value)
    #expect(tmux.waitFor("WHAT-IF · 1 edit · unsaved"), "\(tmux.screen())")
  }

  // MARK: - Two editors

  /// Two instances press `w` within milliseconds of each other: one saves, the other is asked,
  /// with the first one's change named; the file holds exactly the first one's edit.
  @Test func twoProcessesSavingAtOnce_oneSavesAndTheOtherIsAsked() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let first = try TmuxSession([work.file], environment: work.environment)
    let second = try TmuxSession([work.file], environment: work.environment)
    #expect(first.waitFor("Force strength") && second.waitFor("Force strength"))
    editKenya(first, to: "1100")
    editKenya(second, to: "1300")
    // Hold the folder as a writer mid-save would, so both `w` land while it is busy: they
    // must then be served one after the other, never both on the file as it was.
    let busy = try FolderLock(folder: work.folder)
    first.send("w")
    second.send("w")
    // Both are now waiting for the folder: each sleeps between tries (nanosleep, 35 or 230) instead
    // of waiting for a key in poll.
    for session in [first, second] {
      #expect(
        eventually(timeout: 10, every: 0.001) { [35, 230].contains(session.syscall() ?? -1) },
        "not waiting for the lock: \(String(describing: session.syscall()))")
    }
    busy.release()
    // The header says which one saved; the other is asked.
    eventually(timeout: 10) { (first.screen() + second.screen()).contains("1 edit · saved") }
    let saved = first.screen().contains("1 edit · saved") ? first : second
    let asked = saved === first ? second : first
    #expect(saved.screen().contains("1 edit · saved"), "\(first.screen())\n\(second.screen())")
    #expect(
      asked.waitFor("haiti.yaml was changed on disk by someone else (contributors[Kenya].deployed"),
      "\(asked.screen())")
    #expect(asked.screen().contains("1 edit · unsaved"), "only one believes it saved")
    let onDisk = try ScenarioStore.load(work.file)
    let kenya = onDisk.contributors.first { $0.country == "Kenya" }?.deployed.value
    #expect(kenya == (saved === first ? 1_100 : 1_300), "the file holds the saved instance's edit")
    asked.send("n")
    #expect(asked.waitFor("Not saved; the edits are still here"))
    #expect(asked.screen().contains("WHAT-IF · 1 edit · unsaved"))
  }

  /// Two instances killed with unsaved edits leave two journals; the next start lists both.
  @Test func twoKilledInstancesLeaveTwoJournals_andBothAreOffered() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let first = try TmuxSession([work.file], environment: work.environment)
    let second = try TmuxSession([work.file], environment: work.environment)
    #expect(first.waitFor("Force strength") && second.waitFor("Force strength"))
    #expect(second.waitFor("another ForceBoard is editing this file too") || true)
    editKenya(first, to: "1100")
    editKenya(second, to: "1300")
    eventually { work.journals().count >= 2 }
    #expect(work.journals().count == 2, "one journal each")
    for session in [first, second] {
      if let pid = session.programPID() { kill(pid, SIGKILL) }
      #expect(session.waitFor("EXIT:137"))
    }
    let again = try TmuxSession([work.file], environment: work.environment)
    #expect(again.waitFor("2 unsaved journals (above)"), "\(again.screen())")
    #expect(again.screen().contains("1)  today "), "\(again.screen())")
    #expect(again.screen().contains("Kenya deployed 700+ → 1,"), "each journal shows its edits")
    again.send("2")
    #expect(again.waitFor("Restored 1 edit"), "\(again.screen())")
    let restored = again.screen()
    #expect(restored.contains("1,100 ▲400") || restored.contains("1,300 ▲600"), "\(restored)")
    again.send("q")
    again.send("y")
    #expect(again.waitFor("EXIT:0"))
    #expect(
      work.journals().count == 1,
      "the journal not restored is still there")
  }

  // MARK: - Journals that cannot be used

  /// Garbage, a cut-off file, a named pipe and a journal of another file: each is set aside
  /// under a name that says so, with the same bytes, and never offered as edits.
  @Test func everyBrokenKindOfJournalIsSetAsideAndKept() throws {
    let work = try Workspace()
    try work.makeJournalFolder()
    let document = try work.document()
    let prefix = work.journalFolder + "/" + EditJournal.prefix(for: document.journalKey)
    let good = EditJournal(source: document.journalKey, digest: document.digest, edits: [.planned(HeadCount(3_000))])
    let text = good.encoded()
    try "not a journal at all {".write(toFile: prefix + "1-garbage.json", atomically: false, encoding: .utf8)
    try String(text.prefix(text.count / 2)).write(toFile: prefix + "2-cut.json", atomically: false, encoding: .utf8)
    #expect(mkfifo(prefix + "3-fifo.json", 0o600) == 0)
    try EditJournal(source: "/elsewhere.yaml", digest: document.digest, edits: [.planned(nil)]).encoded()
      .write(toFile: prefix + "4-other.json", atomically: false, encoding: .utf8)
    let older = EditJournal(
      source: document.journalKey, digest: ContentDigest("old"), edits: [.target(HeadCount(6_000))])
    try older.encoded().write(toFile: prefix + "5-older.json", atomically: false, encoding: .utf8)
    try text.write(
      toFile: work.journalFolder + "/" + EditJournal.legacyName(for: document.journalKey), atomically: false,
      encoding: .utf8
    )

    let files = FileEffects(journalFolder: work.journalFolder)
    let found = files.journals(for: document)
    #expect(found.offers.count == 2, "the legacy journal and the one of an older version")
    #expect(found.offers.contains { $0.otherVersion && $0.journal == older })
    #expect(found.notes.count == 4, "\(found.notes)")
    let names = work.names(in: work.journalFolder)
    for (stem, reason) in [
      ("1-garbage", "damaged"), ("2-cut", "damaged"), ("3-fifo", "damaged"), ("4-other", "other-file"),
    ] {
      let aside = "unusable-" + EditJournal.prefix(for: document.journalKey) + stem + "-" + reason + ".json"
      #expect(names.contains(aside), "\(aside) in \(names)")
      #expect(found.notes.contains { $0.contains(aside) }, "the note says where it is kept")
    }
    #expect(
      try String(
        contentsOfFile: work.journalFolder + "/unusable-" + EditJournal.prefix(for: document.journalKey)
          + "1-garbage-damaged.json", encoding: .utf8) == "not a journal at all {")
    #expect(found.notes.contains { $0.contains("named pipe") })
  }

  /// The defect as a user met it: a garbage journal, an edit, a quit — the journal survives.
  @Test func aBrokenJournalSurvivesAnEditingSessionThatEndsWithoutSaving() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    try work.makeJournalFolder()
    let document = try work.document()
    let legacy = work.journalFolder + "/" + EditJournal.legacyName(for: document.journalKey)
    try "{\"forceboard_journal\": 1, \"source\": ".write(toFile: legacy, atomically: false, encoding: .utf8)
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("a journal could not be used"), "\(tmux.screen())")
    editKenya(tmux, to: "1200")
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"))
    let kept = work.names(in: work.journalFolder).filter { $0.hasPrefix("unusable-") }
    #expect(kept.count == 1, "\(work.names(in: work.journalFolder))")
    #expect(
      try String(contentsOfFile: work.journalFolder + "/" + (kept.first ?? ""), encoding: .utf8)
        == "{\"forceboard_journal\": 1, \"source\": ")
  }

  // MARK: - Named pipes

  /// Every command that reads a scenario refuses a named pipe at once, with what it is.
  @Test func aNamedPipeIsRefusedByEveryCommand_neverWaitedOn() throws {
    let work = try Workspace()
    let fifo = work.folder + "/pipe.yaml"
    #expect(mkfifo(fifo, 0o600) == 0)
    for arguments in [
      ["validate", fifo], ["report", fifo], ["diff", "builtin", fifo], ["snapshot", fifo], ["export", fifo],
      ["--kiosk", fifo],
    ] {
      let run = try ForceBoardBinary.runWithTimeout(arguments, seconds: 10)
      #expect(!run.timedOut, "\(arguments) hung on a FIFO")
      #expect(run.status == 1, "\(arguments): \(run.status)")
      #expect(run.errors.contains("pipe.yaml"), "\(arguments): \(run.errors)")
      #expect(
        run.errors.contains("cannot read: it is a named pipe (FIFO), not a regular file"), "\(arguments): \(run.errors)"
      )
    }
  }

  /// A named pipe called `*.toml` among the user's themes is skipped with a reason; start-up
  /// goes on.
  @Test func aNamedPipeAmongTheThemesDoesNotStopTheStart() throws {
    let work = try Workspace()
    let themes = work.folder + "-config/forceboard/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    #expect(mkfifo(themes + "/evil.toml", 0o600) == 0)
    let run = try ForceBoardBinary.runWithTimeout(
      ["snapshot", "--size", "80x24"], seconds: 10, environment: ["XDG_CONFIG_HOME": work.config])
    #expect(!run.timedOut)
    #expect(run.status == 0)
    #expect(run.errors.contains("evil.toml: cannot read the theme file: it is a named pipe (FIFO)"), "\(run.errors)")
    #expect(run.output.contains("Force strength"))
  }

  /// The kiosk's file is briefly a named pipe: the banner says so, and the display goes live
  /// again when the real file is back.
  @Test func theKioskGoesLiveAgainAfterItsFileWasANamedPipe() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let text = try String(contentsOfFile: work.file, encoding: .utf8)
    let tmux = try TmuxSession(["--kiosk", work.file], environment: work.environment)
    #expect(tmux.waitFor("KIOSK"), "\(tmux.screen())")
    let fifo = work.folder + "/.haiti.fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    _ = rename(fifo, work.file)
    #expect(tmux.waitFor("named pipe", timeout: 5), "\(tmux.screen())")
    try text.replacingOccurrences(of: "      value: 700\n", with: "      value: 900\n").write(
      toFile: work.folder + "/.haiti.swp", atomically: false, encoding: .utf8)
    _ = rename(work.folder + "/.haiti.swp", work.file)
    #expect(tmux.waitFor("⚠ NOT LIVE", gone: true, timeout: 5), "\(tmux.screen())")
    #expect(tmux.waitFor("900+"), "\(tmux.screen())")
  }

  // MARK: - Hostile bytes

  /// A file name and a theme value holding an OSC "set title" sequence reach a real terminal
  /// as `�`, never as an escape: the pane's title stays as it was.
  @Test func escapeBytesInNamesAndThemesNeverReachTheTerminal() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let hostile = work.folder + "/bad\u{1B}]2;PWNED\u{07}name.yaml"
    let validate = try TmuxSession(["validate", hostile], environment: work.environment)
    #expect(validate.waitFor("EXIT:1"), "\(validate.screen())")
    #expect(validate.screen().contains("bad�]2;PWNED�name.yaml:1:1: cannot read"), "\(validate.screen())")
    #expect(!validate.title().contains("PWNED"), "the title was changed: \(validate.title())")

    let themes = work.folder + "-config/forceboard/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    try "name = \"neon\"\n[shortfall]\nfg = \"\u{1B}]2;PWNED\u{07}\"\n".write(
      toFile: themes + "/neon.toml", atomically: false, encoding: .utf8)
    let snapshot = try TmuxSession(["snapshot", "--size", "60x16", "--theme", "neon"], environment: work.environment)
    #expect(snapshot.waitFor("EXIT:0"), "\(snapshot.screen())")
    #expect(snapshot.screen().contains("theme 'neon' cannot be used, showing 'default'"), "\(snapshot.screen())")
    #expect(snapshot.screen().contains("�]2;PWNED�"))
    #expect(!snapshot.title().contains("PWNED"), "the title was changed: \(snapshot.title())")

    let export = try TmuxSession(
      ["export", "-o", work.folder + "/no/such/\u{1B}[2Jx.yaml"], environment: work.environment)
    #expect(export.waitFor("EXIT:1"), "\(export.screen())")
    #expect(export.screen().contains("�[2Jx.yaml: cannot save"), "\(export.screen())")
  }

  /// A bad user theme named with `--theme` falls back to `default` in the dashboard too, with
  /// the problem on screen.
  @Test func aBadThemeNamedOnTheCommandLineFallsBackToDefault() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let themes = work.folder + "-config/forceboard/themes"
    try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
    try "name = \"neon\"\n[shortfal]\nfg = \"red\"\n".write(
      toFile: themes + "/neon.toml", atomically: false, encoding: .utf8)
    let tmux = try TmuxSession(["--theme", "neon", work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    #expect(tmux.screen().contains("theme 'neon' cannot be used, showing 'default'"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
    let unknown = try ForceBoardBinary.run(["snapshot", "--theme", "nein"])
    #expect(unknown.status == 64)
    #expect(unknown.errors.contains("no theme named 'nein'"))
  }

  // MARK: - Emoji sequences

  /// A family emoji (a ZWJ sequence) is drawn whole, and closing the details box over its row
  /// leaves the screen exactly as it was: no border, no joiner left behind.
  @Test func anEmojiSequenceUnderAnOverlayLeavesNothingBehind() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let text = try String(contentsOfFile: work.file, encoding: .utf8)
    try text.replacingOccurrences(of: "\"Belize\"", with: "\"👩‍👩‍👧 Familia\"").write(
      toFile: work.file, atomically: false, encoding: .utf8)
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    tmux.send("2")
    tmux.send("Down")
    tmux.send("Down")
    #expect(tmux.waitFor("│    👩‍👩‍👧 Familia                     50"), "\(tmux.screen())")
    // The whole frame of panel 2 in focus, to its key bar, the same in two captures: not an
    // earlier frame, nor one caught mid-write by a slow machine.
    let settled = firstValue {
      let screen = tmux.screen()
      let whole = screen.contains("▶ 2 Contributions") && screen.contains("/  filter  s  sort  ?  help  q  quit")
      return whole && screen == tmux.screen() ? screen : nil
    }
    let before = try #require(settled)
    tmux.send("i")
    #expect(tmux.waitFor("Details — 👩‍👩‍👧 Familia"), "\(tmux.screen())")
    let details = tmux.screen().split(separator: "\n").map(String.init)
    let widths = Set(details.filter { $0.hasPrefix("│") }.map { TextWidth.of($0) })
    #expect(widths == [120], "every row is 120 cells wide: \(widths)")
    tmux.send("Escape")
    #expect(tmux.waitFor("Details", gone: true))
    // The box may be gone before the rows under it are drawn again: wait for the whole screen.
    let restored = eventually { tmux.screen() == before }
    let after = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
    let changed = zip(before.split(separator: "\n", omittingEmptySubsequences: false), after).filter { $0 != $1 }
    #expect(restored, "the lines that differ after closing, before → after: \(changed)")
  }

  // MARK: - Tidy

  /// A temporary file a killed save left beside the scenario is removed at the next start of
  /// an editor; other files are not touched, and read-only never removes anything.
  @Test func strayTemporaryFilesAreRemovedAtTheNextStart() throws {
    guard requireTmux() else { return }
    let work = try Workspace()
    let stray = work.folder + "/.haiti.yaml.forceboard-Ab12Cd"
    let mine = work.folder + "/.haiti.yaml.forceboard-notes"
    for path in [stray, mine] { FileManager.default.createFile(atPath: path, contents: Data("half".utf8)) }
    let display = try TmuxSession(["--read-only", work.file], environment: work.environment)
    #expect(display.waitFor("Force strength"))
    #expect(FileManager.default.fileExists(atPath: stray), "read-only writes nothing, not even a removal")
    display.send("q")
    let tmux = try TmuxSession([work.file], environment: work.environment)
    #expect(tmux.waitFor("Force strength"))
    #expect(!FileManager.default.fileExists(atPath: stray))
    #expect(FileManager.default.fileExists(atPath: mine), "a name not of our making stays")
  }

  /// `--cycle -5s` names the bad duration instead of "missing value".
  @Test func aNegativeDurationIsNamed() throws {
    let run = try ForceBoardBinary.run(["--kiosk", "--cycle", "-5s"])
    #expect(run.status == 64)
    #expect(run.errors.contains("'-5s' is not a duration: write a positive whole number"), "\(run.errors)")
  }
}
