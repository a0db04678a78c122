import ArgumentParser
import CursesTerminal
import Dashboard
import ForceModel

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

  @Flag(help: "Browse only: every editing key is refused and no file is ever written (no journal, no save).")
  var readOnly = false

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario)
    let environment = Environment.current
    let loadedThemes = ThemeLoader.load()
    for problem in loadedThemes.problems { StandardError.write(problem + "\n") }
    var state = AppState(
      scenario: loaded.scenario, sourceName: loaded.shortName, document: loaded.document, readOnly: readOnly,
      themes: loadedThemes.themes)
    let files = FileEffects(journalFolder: readOnly ? nil : environment.stateFolder)
    // NO_COLOR picks the mono theme unless the user named a theme on the command line.
    if environment.noColor, theme == nil, let mono = state.themes.firstIndex(where: { $0.name == "mono" }) {
      state.themeIndex = mono
    }
    if let theme { state.themeIndex = try ThemeLoader.index(of: theme, in: state.themes) }
    if let first = loadedThemes.problems.first { state.show(first, ticks: 40) }
    let found = files.journal(for: loaded.document)
    if let journal = found.journal { state.offerRestore(journal) }
    if let note = found.note { state.show(note, ticks: 60) }

    let screen: CursesScreen
    do {
      screen = try CursesScreen(
        mouse: !noMouse, term: environment.term ?? "", colorTerm: environment.colorTerm, noColor: environment.noColor)
    } catch {
      // No usable terminal (piped output, TERM=dumb): the report is the plain fallback. The
      // notice comes after it too, where a reader's eye lands once the report has scrolled by.
      var notice = ""
      if case .notATerminal = error {
      } else {
        notice = "forceboard: \(error.description); showing the report instead (try TERM=xterm-256color)\n"
      }
      StandardError.write(notice)
      let report = Report(scenario: loaded.scenario, results: recalculate(loaded.scenario))
      StandardOutput.write(ReportFormat.text.render(report))
      StandardError.write(notice)
      return
    }
    state.mouseCapture = !noMouse
    if screen.depth == .mono, let mono = state.themes.firstIndex(where: { $0.name == "mono" }) {
      state.themeIndex = mono
    }
    RunLoop.run(state: state, screen: screen, files: files)
  }
}

/// One thread, one loop: wait for input with a timeout, reduce, render, present.
enum RunLoop {
  /// Input timeout: how long a tick lasts when nothing happens.
  static let tickMilliseconds: Int32 = 250

  static func run(state initial: AppState, screen: CursesScreen, files: FileEffects) {
    var state = initial
    // A file-size limit must fail a save with a message, not kill the program mid-edit.
    signal(SIGXFSZ, SIG_IGN)
    _ = reduce(&state, .resize(width: screen.width, height: screen.height))
    var frame = render(state)
    screen.present(frame, theme: state.theme)
    // Outcomes of effects (a save, an open) come back as actions, before the next key.
    var pending: [Action] = []
    loop: while TerminalGuard.receivedSignal == nil {
      let action =
        pending.isEmpty ? (screen.readEvent(timeout: tickMilliseconds)?.action ?? .tick) : pending.removeFirst()
      let messageBefore = state.message
      let effects = reduce(&state, action)
      // A quiet tick that changed nothing draws nothing: idle costs almost no CPU.
      if action == .tick && effects.isEmpty && state.message == messageBefore { continue }
      if !effects.contains(.quit) {
        // The frame goes out before any file is written: the user sees the edit first.
        let next = render(state)
        if next != frame || action == .key(.control("l")) {
          frame = next
          screen.present(frame, theme: state.theme)
        }
      }
      for effect in effects {
        switch effect {
        case .quit: break loop
        case .redrawAll:
          screen.redrawAll()
          screen.present(frame, theme: state.theme)
        case .setMouseCapture(let on): screen.setMouseCapture(on)
        case .save(let request): pending.append(.saveFinished(files.save(request)))
        case .open(let path): pending.append(files.open(path))
        case .writeJournal(let journal):
          if let problem = files.write(journal) {
            state.show(problem, ticks: 40)
            pending.append(.tick)
          }
        case .deleteJournal(let key): files.deleteJournal(key)
        }
      }
    }
    screen.restore()
  }
}
