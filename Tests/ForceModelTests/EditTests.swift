import PropertyBased
import Testing

@testable import ForceModel

/// Edits as values: applied, refused, undone and redone against the baseline.
@Suite struct EditTests {
  @Test func changingKenyasDeploymentMovesEveryShortfallAndUndoRestoresIt() throws {
    var history = EditHistory(baseline: .haitiMSS)
    try history.apply(.deployed(country: "Kenya", HeadCount(900, sources: ["SOURCE-ARTICLE"])))
    #expect(recalculate(history.current).shortfall(.planned)?.count == 1_300)
    #expect(recalculate(history.current).shortfall(.target)?.count == 3_800)
    #expect(history.isEdited)
    history.undo()
    #expect(history.current == .haitiMSS)
    #expect(recalculate(history.current).shortfall(.planned)?.count == 1_500)
    history.redo()
    #expect(recalculate(history.current).shortfall(.planned)?.count == 1_300)
  }

  @Test func aNewEditDropsWhatCouldHaveBeenRedone() throws {
    var history = EditHistory(baseline: .haitiMSS)
    try history.apply(.planned(HeadCount(3_000)))
    try history.apply(.target(HeadCount(6_000)))
    history.undo()
    try history.apply(.horizonMonths(HeadCount(6)))
    #expect(history.edits == [.planned(HeadCount(3_000)), .horizonMonths(HeadCount(6))])
    #expect(!history.canRedo)
    #expect(history.current.strength.target?.value == 5_000)
  }

  @Test func refusedEditsLeaveTheScenarioAsItWas() {
    var history = EditHistory(baseline: .haitiMSS)
    #expect(throws: EditError.noSuchCountry("Atlantis")) {
      try history.apply(.deployed(country: "Atlantis", HeadCount(5)))
    }
    #expect(throws: EditError.self) { try history.apply(.deployed(country: "Kenya", HeadCount(-1))) }
    #expect(throws: EditError.unknownCurrency("USS")) {
      try history.apply(.fundingCurrency(id: "un-trust-fund", "USS"))
    }
    #expect(throws: EditError.self) { try history.apply(.horizonMonths(HeadCount(0))) }
    #expect(throws: EditError.duplicateCountry("kenya")) {
      try history.apply(.addContributor(Contributor(country: "kenya", deployed: HeadCount(1))))
    }
    #expect(history.current == .haitiMSS)
    #expect(history.edits.isEmpty)
  }

  @Test func leavingTheForeignAssistanceLineOutDropsItsCommitmentAndTheDefenseLineItsCeiling() throws {
    var history = EditHistory(baseline: .haitiMSS)
    let before = recalculate(history.current).funding
    try history.apply(.fundingCounted(id: "us-foreign-assistance", false))
    #expect(recalculate(history.current).funding.funding == before.funding - 41_000_000)
    try history.apply(.fundingCounted(id: "us-defense-department", false))
    let funding = recalculate(history.current).funding
    #expect(funding.ceilings == 0)
    #expect(funding.cash.inHand == before.cash.inHand)
  }

  static let edits: [Edit] = [
    .deployed(country: "Kenya", HeadCount(900)), .deployed(country: "Jamaica", HeadCount(0, .about)),
    .pledged(country: "Belize", nil), .planned(HeadCount(3_000)), .target(nil),
    .stageTotal(id: "un-trust-fund", stage: .received, Amount(50_000_000, asOf: AsOf(year: 2025, month: 3))),
    .addFlow(id: "us-foreign-assistance", Flow(.received, Amount(20_000_000, asOf: AsOf(year: 2025, month: 3)))),
    .fundingForm(id: "us-equipment-services", .cash), .periodBudget(id: "res-2751", nil),
    .fundingCurrency(id: "us-foreign-assistance", "CAD"), .fundingCounted(id: "us-defense-department", false),
    .costPerOfficerYear(Amount(300_000)), .fixedYearlyCost(Amount(10_000_000)), .horizonMonths(HeadCount(24)),
    .exchangeRate(currency: "CAD", Amount(0.74)),
    .addContributor(Contributor(country: "Chad", iso: "TCD", deployed: HeadCount(800))),
    .removeContributor(country: "Bahamas"),
    .addFundingLine(
      FundingLine(
        id: "eu", donor: "European Union", channel: .bilateral, currency: "EUR",
        flows: [Flow(.commitment, Amount(10_000_000, asOf: AsOf(year: 2025, month: 1)))])),
    .removeFundingLine(id: "un-trust-fund"), .deployed(country: "Atlantis", HeadCount(1)),
  ]

  @Test func anySequenceOfEditsUndoneGivesBackTheBaselineAndRedoneTheSameResults() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0..<Self.edits.count).array(of: 0...25)) { picks in
      var history = EditHistory(baseline: .haitiMSS)
      for pick in picks { try? history.apply(Self.edits[pick]) }
      let edited = history.current
      let results = recalculate(edited)
      while history.canUndo { history.undo() }
      #expect(history.current == .haitiMSS)
      while history.canRedo { history.redo() }
      #expect(history.current == edited)
      #expect(recalculate(history.current) == results)
    }
  }
}

@Suite struct FigureInputTests {
  @Test func headCountsAreReadForgivingly() throws {
    #expect(try FigureInput.headCount("1200") == (1_200, .exact))
    #expect(try FigureInput.headCount("1,200") == (1_200, .exact))
    #expect(try FigureInput.headCount("1.2k") == (1_200, .exact))
    #expect(try FigureInput.headCount("~900") == (900, .about))
    #expect(try FigureInput.headCount("700+") == (700, .atLeast))
    #expect(try FigureInput.headCount("≤ 800") == (800, .upTo))
  }

  @Test func amountsAreReadForgivingly() throws {
    #expect(try FigureInput.amount("$625M") == (625_000_000, .exact))
    #expect(try FigureInput.amount("625m") == (625_000_000, .exact))
    #expect(try FigureInput.amount("≤ $625M") == (625_000_000, .upTo))
    #expect(try FigureInput.amount("112,500,000") == (112_500_000, .exact))
    #expect(try FigureInput.amount("1.5bn") == (1_500_000_000, .exact))
    #expect(try FigureInput.amount("C$80.5M") == (80_500_000, .exact))
  }

  @Test func andValidatedStrictly() {
    #expect(throws: FigureInput.Problem.negative) { try FigureInput.headCount("-5") }
    #expect(throws: FigureInput.Problem.fractionalOfficers(12.5)) { try FigureInput.headCount("12.5") }
    #expect(throws: FigureInput.Problem.tooLarge) { try FigureInput.headCount("99999999999") }
    #expect(throws: FigureInput.Problem.tooLarge) { try FigureInput.amount("2000000000000000000") }
    #expect(throws: FigureInput.Problem.notANumber("1e400")) { try FigureInput.amount("1e400") }
    #expect(throws: FigureInput.Problem.notANumber("12,00")) { try FigureInput.headCount("12,00") }
    #expect(throws: FigureInput.Problem.notANumber("lots")) { try FigureInput.headCount("lots") }
    #expect(throws: FigureInput.Problem.empty) { try FigureInput.headCount("  ") }
  }
}
