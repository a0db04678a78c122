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
    if let theme {
      guard let index = state.themes.firstIndex(where: { $0.name == theme }) else {
        throw ValidationError("no theme named '\(theme)'; themes: \(state.themes.map(\.name).joined(separator: ", "))")
      }
      state.themeIndex = index
    }
    if environment.noColor, let mono = state.themes.firstIndex(where: { $0.name == "mono" }) {
      state.themeIndex = mono
    }
    if let first = loadedThemes.problems.first { state.show(first, ticks: 40) }

    let screen: CursesScreen
    do {
      screen = try CursesScreen(
        mouse: !noMouse, term: environment.term ?? "", colorTerm: environment.colorTerm, noColor: environment.noColor)
    } catch {
      // No usable terminal (piped output, TERM=dumb): the report is the plain fallback.
      if case .notATerminal = error {
      } else {
        StandardError.write("forceboard: \(error.description); showing the report instead (try TERM=xterm-256color)\n")
      }
      let report = Report(scenario: loaded.scenario, results: recalculate(loaded.scenario))
      StandardOutput.write(ReportFormat.text.render(report))
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
      for effect in reduce(&state, action) {
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
