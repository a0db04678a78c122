import ForceModel

/// A scenario the executable loaded for `o`, with its document, the journals earlier sessions
/// left for it, and notes about journals that could not be offered (set aside, and where).
public struct OpenedScenario: Sendable, Hashable {
  public var scenario: Scenario
  public var sourceName: String
  public var document: ScenarioDocument
  public var journals: [JournalOffer]
  public var notes: [String]

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
