import Testing

@testable import forceboard

/// A start with no arguments skips the parser and takes `OpenSettings()`: that must be exactly
/// what the parser makes of no arguments, and of each option's own default.
@Suite struct OpenSettingsTests {
  /// The settings' values side by side, as text: equal when every value is.
  private static func values(_ settings: OpenSettings) -> [String] {
    [
      "\(settings.scenario ?? "-")", "\(settings.theme ?? "-")", "\(settings.mouse)", "\(settings.readOnly)",
      "\(settings.kiosk)", "\(settings.cycle?.seconds ?? -1)", "\(settings.staleAfter?.seconds ?? -1)",
      settings.quitKey, "\(settings.poll?.seconds ?? -1)", settings.remote?.caFile ?? "-",
      settings.remote?.headerFile ?? "-", settings.asOf?.date ?? "-", settings.asOf?.plan ?? "-",
    ]
  }

  @Test func theParseOfNoArgumentsIsTheDefaults() throws {
    let parsed = try OpenCommand.parse([]).settings
    #expect(Self.values(parsed) == Self.values(OpenSettings()))
  }

  @Test func anOptionGivenIsNotTheDefault() throws {
    let parsed = try OpenCommand.parse(["--kiosk", "--quit-key", "xz", "--as-of", "2025-03"]).settings
    #expect(Self.values(parsed) != Self.values(OpenSettings()))
    #expect(parsed.kiosk && parsed.quitKey == "xz" && parsed.asOf?.date == "2025-03")
  }
}
