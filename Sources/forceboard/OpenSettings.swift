import ArgumentParser
import CursesTerminal
import Dashboard
import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// What `forceboard [SCENARIO]` opens and how, as plain values: the dashboard's start.
///
/// `OpenCommand` gives them from the command line. A start with no arguments at all takes
/// these defaults without running the parser, whose generic machinery (type metadata built from
/// mangled names, conformance scans, reflection for help names) was 0.45 MiB of a start's
/// memory and 4 ms of its first frame; a test holds the parse of no arguments to the defaults.
struct OpenSettings {
  /// A scenario file or address, or nil (or `builtin`) for the built-in mission.
  var scenario: String?
  /// The theme named on the command line.
  var theme: String?
  /// Whether the program takes the mouse (`--no-mouse` leaves it to the terminal).
  var mouse = true
  /// Browse only: no edit, no journal, no save.
  var readOnly = false
  /// The operations screen.
  var kiosk = false
  /// How often a kiosk rotates its highlighted panel.
  var cycle: DurationArgument?
  /// When the data is said to be stale.
  var staleAfter: DurationArgument?
  /// The keys that end a kiosk display.
  var quitKey = "qy"
  /// How often an address is asked for changes.
  var poll: DurationArgument?
  /// How an address is fetched (`--cacert`, `--header-file`); nil: no such option given.
  var remote: RemoteOptions?
  /// `--as-of` and `--plan`; nil: neither given.
  var asOf: AsOfOption?

  /// Opens the dashboard, or the report when there is no usable terminal.
  func open() throws {
    // A scenario at an address is someone else's: browse it read-only; W may keep a copy. The
    // display comes up at once and asks the server on the reader's thread: a start-up never
    // waits on the network, and a server that is down is shown as such and tried again.
    let address = scenario.flatMap { RemoteAddress.looksLikeAddress($0) ? $0 : nil }
    let fetcher = try address.map { try ScenarioArgument.prepareAddress($0, remote: remote) }
    // A large file takes seconds to read before there is anything to draw: say so meanwhile.
    let loaded =
      fetcher == nil
      ? try ScenarioArgument.load(scenario, remote: remote, notice: Self.readingNotice(for: scenario)) : nil
    let environment = Environment.current
    let loadedThemes = ThemeLoader.load()
    for problem in loadedThemes.problems { StandardError.write(problem + "\n") }
    let readOnly = self.readOnly || kiosk || fetcher != nil
    let pin = try asOf?.parsed()
    var state: AppState
    if let loaded {
      state = AppState(
        scenario: loaded.scenario, sourceName: loaded.shortName, document: loaded.document, readOnly: readOnly,
        themes: loadedThemes.themes)
    } else {
      let shown = fetcher?.address.shown ?? ""
      state = AppState.awaiting(
        AwaitedSource(shown: shown, pin: pin), sourceName: FileName.of(shown), themes: loadedThemes.themes)
    }
    state.ops.kiosk = kiosk
    state.ops.cycleSeconds = cycle?.seconds
    state.ops.staleAfterSeconds = staleAfter?.seconds
    state.ops.quitChord = quitKey.map { Key.character($0) }
    state.source.canSaveCopy = fetcher != nil && !self.readOnly && !kiosk
    if kiosk { state.focus = .contributions }
    // --as-of pins the display to a date; without it the screen follows the latest data.
    if let pin, loaded != nil {
      if let plan = asOf?.plan { state.follow(plan: plan) }
      state.pin(asOf: pin)
    }
    let files = FileEffects(journalFolder: readOnly ? nil : environment.stateFolder)
    try chooseTheme(&state, from: loadedThemes, environment: environment)
    if let loaded {
      // Temporary files a killed save left behind are ours to remove; journals are not.
      files.removeStrayTemporaries(besides: loaded.path)
      let found = files.journals(for: loaded.document)
      if !found.offers.isEmpty { state.offerRestore(found.offers) }
      if !found.notes.isEmpty { state.show(found.notes.joined(separator: " · "), ticks: 80) }
    }

    let screen: CursesScreen
    do {
      screen = try CursesScreen(
        mouse: mouse, term: environment.term ?? "", noColor: environment.noColor,
        joinsEmojiSequences: environment.joinsEmojiSequences)
    } catch {
      try reportInstead(of: error, loaded: loaded)
      return
    }
    state.screen.mouseCapture = mouse
    if screen.depth == .mono, let mono = state.screen.themes.firstIndex(where: { $0.name == "mono" }) {
      state.screen.themeIndex = mono
    }
    // A display that nobody edits follows its file: someone else maintains it. An editor is
    // told when someone else saves the file it is editing.
    let watcher = loaded?.path.map { FileWatcher(path: $0, stamp: loaded?.document.stamp) }
    let poller = fetcher.map {
      RemotePoller(fetcher: $0, interval: Double(poll?.seconds ?? 30))
    }
    RunLoop.run(state: state, screen: screen, files: files, watcher: watcher, poller: poller)
    files.instance.release()
    // Ended by a signal: the shell's convention, 128 + its number, once the terminal is back.
    if let signal = TerminalGuard.receivedSignal { throw ExitCode(128 + signal) }
  }
}

extension OpenSettings {
  /// The theme the command line, NO_COLOR and the themes' own problems call for.
  func chooseTheme(_ state: inout AppState, from loadedThemes: ThemeLoader.Loaded, environment: Environment) throws {
    // NO_COLOR picks the mono theme unless the user named a theme on the command line.
    if environment.noColor, theme == nil, let mono = state.screen.themes.firstIndex(where: { $0.name == "mono" }) {
      state.screen.themeIndex = mono
    }
    var themeProblem = loadedThemes.problems.first
    if let theme {
      let chosen = try ThemeLoader.choose(theme, in: loadedThemes)
      state.screen.themeIndex = chosen.index
      if let problem = chosen.problem { themeProblem = problem }
    }
    if let themeProblem { state.show(themeProblem, ticks: 60) }
  }

  /// The plain fallback when there is no usable terminal: the report on standard output.
  func reportInstead(of error: CursesScreen.Failure, loaded: ScenarioArgument.Loaded?) throws {
    // No usable terminal (piped output, TERM=dumb): the report is the plain fallback (for an
    // address, read now, as `report` would). The notice comes after it too, where a reader's
    // eye lands once the report has scrolled by.
    var notice = ""
    if case .notATerminal = error {
    } else {
      notice = "forceboard: \(error.description); showing the report instead (try TERM=xterm-256color)\n"
    }
    StandardError.write(notice)
    let shown = try loaded?.scenario ?? ScenarioArgument.load(scenario, remote: remote).scenario
    let report = Report(scenario: shown, results: recalculate(shown))
    StandardOutput.write(ReportFormat.text.render(report))
    StandardError.write(notice)
  }
}

extension OpenSettings {
  /// "Reading large.yaml (19 MB)…" for a file of a megabyte or more, when standard error is a
  /// terminal to see it; nil otherwise.
  static func readingNotice(for path: String?) -> String? {
    guard let path, path != ScenarioArgument.builtInName, isatty(2) == 1 else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, info.st_size >= 1 << 20 else { return nil }
    let name = FileName.of(path)
    return "forceboard: reading \(name) (\(Int(info.st_size) / 1_000_000) MB)…"
  }
}
