import ArgumentParser
import Dashboard
import ForceModel

/// `forceboard snapshot`: the frame the terminal would show, printed without a terminal.
struct SnapshotCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot",
    abstract: "Print the dashboard screen as plain text or with ANSI colours, without a terminal.")

  @Argument(help: "A scenario file (YAML or JSON), or 'builtin'.")
  var scenario: String?

  @OptionGroup(title: "Scenarios at an https:// address") var remote: RemoteOptions

  @OptionGroup var asOf: AsOfOption

  @Option(help: "Screen size as COLUMNSxROWS.")
  var size = "120x40"

  @Option(help: "Theme name (default, light, high-contrast, colorblind, mono, or a user theme).")
  var theme: String?

  @Flag(help: "Colour the output with ANSI escapes (256 colours; truecolor if COLORTERM says so), even under NO_COLOR.")
  var color = false

  @Option(help: "The panel to focus: force, contributions, funding or timeline.")
  var panel: String?

  @Option(help: "What the timeline chart shows: strength (by country), total, or money.")
  var chart: String?

  @Flag(help: "The operations screen's kiosk layout (`open --kiosk`): large headline, no key bar.")
  var kiosk = false

  func run() throws {
    let parts = size.lowercased().split(separator: "x")
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), (1...1_000).contains(width),
      (1...1_000).contains(height)
    else {
      throw ValidationError("--size must look like 120x40 (columns x rows, each 1 to 1000)")
    }
    let loaded = try ScenarioArgument.load(scenario, remote: remote)
    let themes = ThemeLoader.load()
    for problem in themes.problems { StandardError.write(problem + "\n") }
    var state = AppState(
      scenario: loaded.scenario, sourceName: loaded.shortName, readOnly: kiosk, themes: themes.themes, width: width,
      height: height)
    if let theme {
      let chosen = try ThemeLoader.choose(theme, in: themes)
      state.screen.themeIndex = chosen.index
      if let problem = chosen.problem { StandardError.write("forceboard: \(problem)\n") }
    }
    if kiosk {
      state.ops.kiosk = true
      state.focus = .contributions
    }
    if let panel {
      guard let id = PanelID(name: panel) else {
        throw ValidationError("--panel must be force, contributions, funding or timeline")
      }
      state.focus = id
    }
    switch chart?.lowercased() {
    case nil, "strength": break
    case "total": state.chart.byCountry = false
    case "money": state.chart.view = .money
    default: throw ValidationError("--chart must be strength, total or money")
    }
    // The screen as the @ key would show it on that date: the whole history, the cursor on it.
    let view = try asOf.view(of: state.history.current)
    if view.plan != nil { state.follow(plan: view.plan) }
    if let date = view.date { state.pin(asOf: date) }
    let grid = render(state)
    if color {
      // --color asks for colour explicitly, so it wins over NO_COLOR (which governs defaults).
      let depth = ColorDepth(colors: 256, colorTerm: Environment.current.colorTerm)
      StandardOutput.writeTerminalCodes(ANSIWriter.render(grid, theme: state.theme, depth: depth))
    } else {
      StandardOutput.write(grid.text)
    }
  }
}
