import Foundation
import Testing

/// The dashboard in a real terminal (tmux): start, navigate, filter, details, resize, quit,
/// and the terminal given back intact.
@Suite(.serialized) struct TerminalTests {
  @Test func startNavigateOpenDetailsAndQuit() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([])
    #expect(tmux.started)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    let first = tmux.screen()
    #expect(first.contains("Short of planned      1,500  SHORT  60%"))
    #expect(first.contains("★◆! Kenya"))
    #expect(first.contains("Runway, cash only   2025-07-15"))
    #expect(first.contains("Gap to 2025-10-02      $459.8M"))
    #expect(first.contains("! 16 conflicts"))

    tmux.send("2")
    tmux.send("Down")
    tmux.send("i")
    #expect(tmux.waitFor("Details — Jamaica"), "\(tmux.screen())")
    #expect(tmux.screen().contains("Prensa Latina gives the pledge as 250"))
    tmux.send("Escape")
    #expect(tmux.waitFor("Details — Jamaica", gone: true))

    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    tmux.waitFor("icanon")
    let after = tmux.screen()
    #expect(after.contains("icanon echo"), "terminal modes not restored: \(after)")
    #expect(!after.contains("Force strength"), "the dashboard stayed on the main screen")
    #expect(tmux.cursorVisible())
  }

  @Test func aFlagInACountryNameLeavesNothingStaleBesideIt() throws {
    guard requireTmux() else { return }
    // Two regional indicators make one flag, two cells wide on screen; terminals (and ncurses)
    // that count the first indicator as one cell must not keep old text in the second.
    let file = NSTemporaryDirectory() + "/forceboard-flag-\(UUID().uuidString).yaml"
    defer { try? FileManager.default.removeItem(atPath: file) }
    let text = try String(contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
    try text.replacingOccurrences(of: "country: \"Jamaica\"", with: "country: \"\u{1F1EF}\u{1F1F2} Jamaica\"")
      .write(toFile: file, atomically: true, encoding: .utf8)
    let tmux = try TmuxSession([file], width: 80, height: 24)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    // Focusing the table moves it over rows that held other text a moment ago.
    tmux.send("2")
    #expect(tmux.waitFor("▶ 2 Contributions"), "\(tmux.screen())")
    let row = tmux.screen().split(separator: "\n").first { $0.contains("Jamaica") }.map(String.init) ?? ""
    let afterFlag = row.unicodeScalars.drop { $0.value != 0x1F1EF }.dropFirst().drop { $0.value == 0x1F1F2 }
    #expect(String(afterFlag).hasPrefix(" ") && String(afterFlag).contains(" Jamaica"), "\(row)")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  /// The as-of cursor in a real terminal: `[`, `{`, `@` and `.` move the whole screen in time.
  @Test func walkTheMissionThroughTime() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([])
    #expect(tmux.waitFor("as of 2025-03 (latest)"), "\(tmux.screen())")
    tmux.send("[")
    #expect(tmux.waitFor("◀ AS OF 2025-02-28"), "\(tmux.screen())")
    #expect(tmux.screen().contains("$110.8M"))
    tmux.send("{")
    #expect(tmux.waitFor("◀ AS OF 2025-01-31"), "\(tmux.screen())")
    tmux.send("@")
    tmux.type("sep 2024")
    tmux.send("Enter")
    #expect(tmux.waitFor("◀ AS OF 2024-09"), "\(tmux.screen())")
    #expect(tmux.waitFor("Gap to 2024-10-02"), "the mandate then in force: \(tmux.screen())")
    tmux.send("e")
    #expect(tmux.waitFor("edits apply to the latest picture"))
    tmux.send(".")
    #expect(tmux.waitFor("as of 2025-03 (latest)"))
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  /// The MSS–GSF history in the timeline panel: the chart, the events list moving the cursor,
  /// the money view, and a month across the change of force.
  @Test func walkTheGangSuppressionForceTimeline() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession(["Scenarios/haiti-mss-gsf.yaml"], width: 120, height: 50)
    #expect(tmux.waitFor("as of 2026-03-21 (latest)"), "\(tmux.screen())")
    tmux.send("4")
    #expect(tmux.waitFor("▶ 4 Timeline — deployed strength ◀"), "\(tmux.screen())")
    #expect(tmux.screen().contains("▲2026-03-21 latest"))
    #expect(tmux.screen().contains("GSF res-2793"))
    tmux.send("@")
    tmux.type("2025-09-30")
    tmux.send("Enter")
    #expect(tmux.waitFor("◀ AS OF 2025-09-30"), "\(tmux.screen())")
    #expect(tmux.waitFor("▲2025-09-30"), "the cursor on the chart: \(tmux.screen())")
    #expect(tmux.screen().contains("│2025-09-30 "), "the events of the day listed: \(tmux.screen())")
    tmux.send("}")
    #expect(tmux.waitFor("◀ AS OF 2025-10-31"), "\(tmux.screen())")
    #expect(tmux.screen().contains("│ GSF"), "the force in the header is the GSF's")
    // The events list moves the date: the first event, then the next.
    tmux.send("Home")
    #expect(tmux.waitFor("◀ AS OF 2023-07-30"), "\(tmux.screen())")
    #expect(tmux.screen().contains("Kenya pledges 1,000"))
    tmux.send("Down")
    #expect(tmux.waitFor("◀ AS OF 2023-08-04"), "\(tmux.screen())")
    tmux.send("v")
    #expect(tmux.waitFor("▶ 4 Timeline — money ◀"), "\(tmux.screen())")
    #expect(tmux.waitFor("Cash by mandate, USD"))
    tmux.send(".")
    #expect(tmux.waitFor("as of 2026-03-21 (latest)"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func filterATableAndClearIt() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([])
    #expect(tmux.waitFor("Force strength"))
    tmux.send("3")
    tmux.send("/")
    tmux.type("trust")
    #expect(tmux.waitFor("filter 'trust' 2/6"), "\(tmux.screen())")
    #expect(tmux.screen().contains("Filter: /trust"))
    tmux.send("Enter")
    #expect(tmux.waitFor("Filter 'trust': 2 rows"))
    tmux.send("Escape")
    #expect(tmux.waitFor("filter 'trust'", gone: true))
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func resizeRedrawsAtOnceIncludingTooSmallAndBack() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([], width: 120, height: 40)
    #expect(tmux.waitFor("Force strength"))
    tmux.resize(width: 80, height: 24)
    #expect(tmux.waitFor("needs at least", gone: true))
    #expect(tmux.waitFor("Tab  panel"))
    let narrow = tmux.screen().split(separator: "\n")
    #expect(narrow.allSatisfy { $0.count <= 80 })
    tmux.resize(width: 50, height: 12)
    #expect(tmux.waitFor("needs at least 60×16"), "\(tmux.screen())")
    #expect(tmux.screen().contains("this terminal is 50×12"))
    tmux.resize(width: 200, height: 60)
    #expect(tmux.waitFor("Multinational Security Support Mission in Haiti │ lead Kenya"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func sigtermRestoresTheTerminal() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([])
    #expect(tmux.waitFor("Force strength"))
    let pid = try #require(tmux.programPID())
    kill(pid, SIGTERM)
    // Ended by a signal: 128 + its number, as shells report it.
    #expect(tmux.waitFor("EXIT:143"), "\(tmux.screen())")
    tmux.waitFor("icanon")
    let after = tmux.screen()
    #expect(after.contains("icanon echo"), "terminal modes not restored after SIGTERM: \(after)")
    #expect(tmux.cursorVisible())
  }

  /// Ctrl-Z gives the terminal back (main screen, cursor shown) to the shell; `fg`, and the
  /// program takes the screen again and draws its frame whole, and the keys work as before.
  @Test func ctrlZGivesTheTerminalBackAndFgDrawsTheFrameAgain() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([], jobControl: true)
    #expect(tmux.waitFor("Force strength"), "\(tmux.screen())")
    let pid = try #require(tmux.programPID())
    tmux.send("C-z")
    #expect(eventually(timeout: 15) { Self.state(of: pid) == "T" }, "not stopped: \(Self.state(of: pid) ?? "gone")")
    #expect(tmux.waitFor("Force strength", gone: true), "\(tmux.screen())")
    #expect(tmux.cursorVisible())
    // `fg` once the shell has the terminal again: its process group is the terminal's
    // foreground one. (Not its "Stopped" line: the program runs in a subshell here, which the
    // terminal's Ctrl-Z stops at once, and on a loaded machine the shell can print that line
    // before the program has left its alternate screen, which then takes the line with it.)
    #expect(
      eventually(timeout: 30) { Self.terminalIsNotWith(pid) }, "the shell never took the terminal: \(tmux.screen())")
    tmux.type("fg")
    tmux.send("Enter")
    #expect(tmux.waitFor("Force strength"), "not drawn again: \(tmux.screen())")
    #expect(tmux.screen().contains("Runway"))
    tmux.send("Tab")
    #expect(tmux.waitFor("▶ 2 Contributions"), "\(tmux.screen())")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
  }

  /// Whether the terminal's foreground process group is another than `pid`'s (from /proc: the
  /// fields after the name are state, parent, group, session, terminal, foreground group).
  static func terminalIsNotWith(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 5 else { return false }
    return fields[2] != fields[5]
  }

  /// A process's state letter from /proc (R, S, T for stopped…), nil when it is gone.
  static func state(of pid: pid_t) -> String? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
  }

  @Test func sighupEndsTheProgramCleanly_with128PlusItsNumber() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([])
    #expect(tmux.waitFor("Force strength"))
    let pid = try #require(tmux.programPID())
    kill(pid, SIGHUP)
    #expect(tmux.waitFor("EXIT:129"), "\(tmux.screen())")
    tmux.waitFor("icanon")
    #expect(tmux.screen().contains("icanon echo"))
  }

  @Test func aDumbTerminalGetsAClearMessageAndThePlainReport() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession([], environment: ["TERM": "dumb"])
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
    tmux.waitFor("icanon")
    let screen = tmux.screen()
    #expect(screen.contains("'dumb' cannot move the cursor; showing the report instead"))
    #expect(!screen.contains("\u{1B}"))
    #expect(screen.contains("icanon echo"))
  }

  @Test func themesCycleLiveAndCtrlLRedraws() throws {
    guard requireTmux() else { return }
    let tmux = try TmuxSession(["--theme", "high-contrast", "--no-mouse"])
    #expect(tmux.waitFor("Force strength"))
    tmux.send("t")
    #expect(tmux.waitFor("Theme: colorblind"), "\(tmux.screen())")
    // Something scribbles on the terminal behind the program's back; Ctrl-L draws it all again.
    tmux.scribble("GARBAGE-ON-THE-SCREEN")
    #expect(tmux.waitFor("GARBAGE-ON-THE-SCREEN"), "\(tmux.screen())")
    tmux.send("C-l")
    #expect(tmux.waitFor("GARBAGE-ON-THE-SCREEN", gone: true), "Ctrl-L did not redraw: \(tmux.screen())")
    #expect(tmux.screen().contains("Force strength"))
    tmux.send("?")
    #expect(tmux.waitFor("Help — keys (BROWSE)"))
    tmux.send("Escape")
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
  }

  @Test func anUnknownThemeIsAClearError() throws {
    let run = try ForceBoardBinary.run(["--theme", "neon"])
    #expect(run.status != 0)
    #expect(run.errors.contains("no theme named 'neon'"))
  }

  @Test func snapshotPrintsTheScreenWithoutATerminal() throws {
    let plain = try ForceBoardBinary.run(["snapshot", "--size", "100x30", "--panel", "funding"])
    #expect(plain.status == 0)
    let lines = plain.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 31)
    #expect(plain.output.contains("▶ 3 Funding"))
    let colored = try ForceBoardBinary.run(["snapshot", "--color", "--theme", "light"])
    #expect(colored.output.contains("\u{1B}[0;"))
    let bad = try ForceBoardBinary.run(["snapshot", "--size", "huge"])
    #expect(bad.status != 0)
    #expect(bad.errors.contains("--size must look like 120x40"))
  }
}
