import ArgumentParser
import CursesTerminal
import Dashboard
import ForceModel

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

  func run() throws {
    let loaded = try ScenarioArgument.load(scenario)
    let environment = Environment.current
    let loadedThemes = ThemeLoader.load()
    for problem in loadedThemes.problems { StandardError.write(problem + "\n") }
    var state = AppState(scenario: loaded.scenario, sourceName: loaded.shortName, themes: loadedThemes.themes)
    // NO_COLOR picks the mono theme unless the user named a theme on the command line.
    if environment.noColor, theme == nil, let mono = state.themes.firstIndex(where: { $0.name == "mono" }) {
      state.themeIndex = mono
    }
    if let theme { state.themeIndex = try ThemeLoader.index(of: theme, in: state.themes) }
    if let first = loadedThemes.problems.first { state.show(first, ticks: 40) }

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
    RunLoop.run(state: state, screen: screen)
  }
}

/// One thread, one loop: wait for input with a timeout, reduce, render, present.
enum RunLoop {
  /// Input timeout: how long a tick lasts when nothing happens.
  static let tickMilliseconds: Int32 = 250

  static func run(state initial: AppState, screen: CursesScreen) {
    var state = initial
    _ = reduce(&state, .resize(width: screen.width, height: screen.height))
    var frame = render(state)
    screen.present(frame, theme: state.theme)
    loop: while TerminalGuard.receivedSignal == nil {
      let action = screen.readEvent(timeout: tickMilliseconds)?.action ?? .tick
      let messageBefore = state.message
      let effects = reduce(&state, action)
      // A quiet tick that changed nothing draws nothing: idle costs almost no CPU.
      if action == .tick && effects.isEmpty && state.message == messageBefore { continue }
      for effect in effects {
        switch effect {
        case .quit: break loop
        case .redrawAll: screen.redrawAll()
        case .setMouseCapture(let on): screen.setMouseCapture(on)
        }
      }
      let next = render(state)
      if next != frame || action == .key(.control("l")) {
        frame = next
        screen.present(frame, theme: state.theme)
      }
    }
    screen.restore()
  }
}
