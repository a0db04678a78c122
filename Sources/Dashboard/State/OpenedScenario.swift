import ForceModel

/// A scenario the executable loaded for `o`, with its document, the journals earlier sessions
/// left for it, and notes about journals that could not be offered (set aside, and where).
public struct OpenedScenario: Sendable, Hashable {
  /// The scenario read.
  public var scenario: Scenario
  /// Its name for the header.
  public var sourceName: String
  /// The file behind it.
  public var document: ScenarioDocument
  /// Journals other sessions left for it.
  public var journals: [JournalOffer]
  /// What the user should know about the read.
  public var notes: [String]

  /// A scenario opened from a file.
  public init(
    scenario: Scenario, sourceName: String, document: ScenarioDocument, journals: [JournalOffer] = [],
    notes: [String] = []
  ) {
    self.scenario = scenario
    self.sourceName = sourceName
    self.document = document
    self.journals = journals
    self.notes = notes
  }
}
