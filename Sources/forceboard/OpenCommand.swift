import ArgumentParser
import ScenarioStore

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
    try settings.open()
  }

  /// What was asked for, as the dashboard takes it.
  var settings: OpenSettings {
    OpenSettings(
      scenario: scenario, theme: theme, mouse: !noMouse, readOnly: readOnly, kiosk: kiosk, cycle: cycle,
      staleAfter: staleAfter, quitKey: quitKey, poll: poll, remote: remote, asOf: asOf)
  }
}
