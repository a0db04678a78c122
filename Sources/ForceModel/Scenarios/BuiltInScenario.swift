/// The Kenya-led Multinational Security Support (MSS) mission in Haiti, as of March 2025: the
/// scenario `forceboard` opens when given no file.
///
/// It is the data file `Scenarios/haiti-mss.yaml`, embedded at build time (the EmbedData plugin),
/// so the file is its only copy. Every figure cites the article ("US, Kenya and others seek
/// 'expanded force' to fight Haiti's gangs", a news article citing AFP, March 2025:
/// `SOURCE-ARTICLE`) where the article gives it; the other contributors, their dates, the
/// money's flows and the cost assumption come from the project's research data
/// (`Scenarios/data/mss-research.yaml`), each with its own source id. Nothing is invented: a
/// value no source gives is an assumption, and a value computed from others carries its
/// derivation.
extension Scenario {
  /// The built-in mission: the Kenya-led MSS in Haiti, from the project's own data file.
  public static let haitiMSS: Scenario = BuiltInScenario.load()

  /// The digest journals of the built-in mission are checked against: of its embedded text,
  /// which changes whenever the scenario does. Hashing the 45 kB text takes tens of
  /// microseconds; encoding the scenario to hash it took longer than the first edit's frame.
  public static let haitiMSSDigest = ContentDigest(BuiltInScenario.text ?? "")
}

/// Reads the embedded built-in scenario.
enum BuiltInScenario {
  /// The file the built-in scenario is read from, as its diagnostics name it.
  static let file = "Scenarios/haiti-mss.yaml"

  /// The scenario, or, should the embedded file not read (a broken edit that a test did not
  /// catch), an empty scenario whose banner says why: the program still starts and says so.
  /// The embedded file's text; nil if it was not embedded.
  static var text: String? { EmbeddedScenarios.files.first(where: { $0.name == "haiti-mss" })?.text }

  static func load() -> Scenario {
    guard let text else {
      return unreadable("it was not embedded")
    }
    do {
      return try ScenarioFile.decode(bytes: Array(text.utf8), file: file)
    } catch {
      return unreadable(error.description)
    }
  }

  static func unreadable(_ why: String) -> Scenario {
    Scenario(
      mission: Mission(
        name: "The built-in scenario could not be read", shortName: "—", leadNation: "—",
        banner: "\(file), embedded at build time, could not be read: \(why)"),
      strength: Strength(), contributors: [], funding: [], assumptions: Assumptions(costPerOfficerYear: Amount(0)),
      sources: [])
  }
}
