import ArgumentParser
import CursesTerminal
import Dashboard
import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// `forceboard [SCENARIO]`: the interactive dashboard.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the dashboard on a scenario (the default command).")

  @Argument(help: "A scenario file (YAML or JSON), or 'builtin'. Default: the built-in scenario.")
  var scenario: String?

  @Option(help: "Theme: default, light, high-contrast, colorblind, mono, or a user theme.")
  var theme: String?

  @Flag(help: "Leave the mouse to the terminal (text can be selected and copied); 'm' toggles.")
  var noMouse = false

  @Flag(
    help:
      "Browse only: every editing key is refused and no file is ever written (no journal, no save). The scenario file is watched and reloaded when it changes."
  )
  var readOnly = false

  @Flag(
    help:
      "An operations screen: read-only, large headline figures, no key bar; keys do nothing but the quit chord and Ctrl-L."
  )
  var kiosk = false

  @Option(
    parsing: .unconditional, help: "Rotate the highlighted panel or page every DURATION (20s, 2m).",
    transform: DurationArgument.parse)
  var cycle: DurationArgument?

  @Option(
    parsing: .unconditional, help: "Warn when the data's as-of date or the file's age passes DURATION (48h, 7d).",
    transform: DurationArgument.parse)
  var staleAfter: DurationArgument?

  @Option(help: "The keys that end a kiosk display, pressed in order (qy: q then y).")
  var quitKey: String = "qy"

  @Option(
    parsing: .unconditional,
    help: "For a scenario at an address: ask the server for changes every DURATION (default 30s), with jitter.",
    transform: DurationArgument.parse)
  var poll: DurationArgument?

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  func validate() throws {
    if poll != nil, !(scenario.map(RemoteAddress.looksLikeAddress) ?? false) {
      throw ValidationError(
        "--poll is for a scenario at an http(s):// address; a file is watched and read as soon as it changes")
    }
    guard !quitKey.isEmpty, quitKey.count <= 8, quitKey.allSatisfy({ !$0.isWhitespace && !$0.isNewline }) else {
      throw ValidationError("--quit-key takes 1 to 8 keys typed as characters, such as qy or xyz")
    }
  }

  func run() throws {
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
    let pin = try asOf.parsed()
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
      if let plan = asOf.plan { state.follow(plan: plan) }
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
        mouse: !noMouse, term: environment.term ?? "", noColor: environment.noColor,
        joinsEmojiSequences: environment.joinsEmojiSequences)
    } catch {
      try reportInstead(of: error, loaded: loaded)
      return
    }
    state.screen.mouseCapture = !noMouse
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

extension OpenCommand {
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

extension OpenCommand {
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
