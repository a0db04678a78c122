import Testing

@testable import ForceModel

/// The keys read by place are spelled out by hand: each must be its case's name as a file writes
/// it, in the cases' order.
@Suite struct FieldKeyTests {
  /// The name a case stands for: its own, in snake case.
  private static func written<Key: FieldKey>(_ key: Key) -> String {
    String(describing: key).reduce(into: "") { name, character in
      if character.isUppercase { name += "_" + character.lowercased() } else { name.append(character) }
    }
  }

  @Test func aFundingLinesKeysAreItsCasesNames() {
    #expect(ScenarioDecoder.LineKey.names.count == ScenarioDecoder.LineKey.allCases.count)
    for key in ScenarioDecoder.LineKey.allCases { #expect(key.name == Self.written(key)) }
  }

  @Test func aFlowsKeysAreItsCasesNames() {
    #expect(ScenarioDecoder.FlowKey.names.count == ScenarioDecoder.FlowKey.allCases.count)
    for key in ScenarioDecoder.FlowKey.allCases { #expect(key.name == Self.written(key)) }
    #expect(ScenarioDecoder.FlowKey.toDate.name == "to_date")
  }
}
