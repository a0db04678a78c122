import Foundation
import PropertyBased
import ScenarioStore
import Testing

@testable import ForceModel

/// Goal seek: every answer offered, applied, closes what it was asked to close.
@Suite struct GoalSeekTests {
  func closes(_ goal: Goal, _ results: Results) -> Bool {
    switch goal {
    case .shortfall(let level): results.shortfall(level)?.count == 0
    case .gap(let level): (results.funding.requirement(level)?.gap ?? 1) <= 0.5
    case .runway:
      if case .lasts = results.funding.runwayWithCommitments { true } else { false }
    case .mandate: (results.funding.mandate?.gap ?? 1) <= 0.5
    }
  }

  @Test(arguments: [
    Goal.shortfall(.planned), .shortfall(.target), .gap(.planned), .gap(.target), .runway, .mandate,
  ])
  func everyAnswerForTheBuiltInScenarioClosesItsGoal(_ goal: Goal) throws {
    let scenario = Scenario.haitiMSS
    let answer = GoalSeek.solve(goal, in: scenario)
    #expect(!answer.options.isEmpty, "\(answer)")
    for option in answer.options {
      let results = recalculate(try scenario.applying(option.edit))
      #expect(closes(goal, results), "\(option.label)")
    }
  }

  @Test func theShortfallAnswersPutPledgesThatCoverItFirstAndSayWhereAPledgeIsExceeded() {
    let answer = GoalSeek.solve(.shortfall(.planned), in: .haitiMSS)
    #expect(answer.status == "short by 1,500 (60% of 2,500)")
    // Benin pledged 1,500 and has deployed none: its own pledge closes the shortfall.
    #expect(answer.options.first?.label == "Benin deploys 1,500 more — within its pledge of 1,500")
    // Then the lead, first of the rest, with how far past its pledge that goes.
    #expect(answer.options.dropFirst().first?.label == "Kenya deploys 1,500 more — 1,200 beyond its pledge of 1,000")
    #expect(answer.options.dropFirst().first?.answer.hasPrefix("2,200 deployed") == true)
    #expect(!answer.options.contains { $0.label.contains("Unattributed") })
    // No two answers read alike.
    #expect(Set(answer.options.map(\.label)).count == answer.options.count)
    #expect(answer.notes.contains { $0.hasPrefix("every pledge deployed in full adds") })
  }

  @Test func theGapAnswersAreNewCommitmentsOrACheaperOfficer() {
    let answer = GoalSeek.solve(.gap(.target), in: .haitiMSS)
    #expect(
      answer.question
        == "What closes the funding gap at the target strength to the end of UN Security Council resolution 2751 (2024) (2025-10-02)?"
    )
    // The period's requirement at 5,000 (12 months at $240,000) less the period's $140.2M.
    #expect(answer.status == "short $1.06B of $1.2B")
    #expect(answer.options.map(\.label) == ["$1.06B more committed", "Cost per officer-year at most $28,058"])
  }

  @Test func theRunwayAnswerIsAnAmountReceivedByTheDayCashRunsOut() throws {
    let answer = GoalSeek.solve(.runway, in: .haitiMSS)
    #expect(answer.status == "cash runs out on 2025-07-15, before 2025-10-02")
    let first = try #require(answer.options.first)
    #expect(first.label.hasSuffix("committed, due by 2025-07-15"))
    // The burn from 2025-07-15 to 2025-10-02: 79 days at $257,377 a day.
    guard case .addFundingLine(let line) = first.edit else {
      Issue.record("a new line")
      return
    }
    let amount = try #require(line.flows.first?.amount.value)
    #expect(abs(amount - 62_800_000.0 / 244 * 79) < 1_000_000)
    #expect(line.flows.first?.due == AsOf("2025-07-15"))
  }

  @Test func theMandateGapAnswerIsACommitmentOrASmallerBudget() {
    let answer = GoalSeek.solve(.mandate, in: .haitiMSS)
    #expect(answer.status.hasPrefix("short $459.8M of the $600M the period needs (budget ~$600M)"))
    #expect(answer.options.count == 2)
  }

  @Test func aMetGoalHasNothingToSolve() {
    // At $100,000 an officer-year, the deployed force costs less than the period's funding.
    var cheaper = Scenario.haitiMSS
    cheaper.assumptions.costPerOfficerYear = Amount(100_000)
    let answer = GoalSeek.solve(.gap(.deployed), in: cheaper)
    #expect(answer.options.isEmpty)
    #expect(answer.status.hasPrefix("already met"))
  }

  @Test func anyScenariosGapAnswersCloseIt() async {
    await propertyCheck(count: 100, input: Gen.int(in: 0...1_000_000)) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      for goal in [Goal.shortfall(.planned), .shortfall(.target), .gap(.planned), .gap(.target), .runway, .mandate] {
        for option in GoalSeek.solve(goal, in: scenario).options {
          guard let next = try? scenario.applying(option.edit) else {
            Issue.record("an offered answer applies: \(option.label)")
            continue
          }
          #expect(closes(goal, recalculate(next)), "\(goal) \(option.label)")
        }
      }
    }
  }
}

/// The journal: what it writes reads back the same, and replays to the unsaved state.
@Suite struct EditJournalTests {
  @Test func everyKindOfEditSurvivesTheJournal() throws {
    let edits =
      EditTests.edits + [
        .pledged(country: "Kenya", nil), .planned(nil),
        .deployed(country: "Kenya", HeadCount(1_200, .about, note: "typed")),
        .exchangeRate(currency: "EUR", nil), .replaceAll(.haitiMSS),
        .addPlannedEvent(
          plan: "base",
          PlannedEvent(
            id: "chad", date: AsOf(year: 2026, month: 6),
            change: .arrival(
              country: "Chad", HeadCount(800, .upTo, sources: ["A"], asOf: AsOf(year: 2026, month: 6), note: "soon")))),
        .plannedEvent(
          plan: "base",
          PlannedEvent(
            id: "paid", date: AsOf(year: 2026, month: 4, day: 30),
            change: .flow(line: "un-trust-fund", .received, Amount(85e6, asOf: AsOf(year: 2026, month: 4, day: 30))))),
        .addPlannedEvent(
          plan: "next",
          PlannedEvent(
            id: "renew", date: AsOf(year: 2025, month: 9),
            change: .renewal(
              period: "res-2751", until: AsOf(year: 2026, month: 10, day: 2),
              Amount(6e8, .about, asOf: AsOf(year: 2025, month: 9))))),
        .removePlannedEvent(plan: "base", id: "chad"),
      ]
    let journal = EditJournal(source: "/tmp/a.yaml", digest: ContentDigest("abc"), edits: edits)
    let read = try EditJournal.decode(bytes: Array(journal.encoded().utf8), file: "journal.json")
    #expect(read == journal)
  }

  @Test func aBrokenJournalIsNamedByLineAndColumn() {
    let text =
      "{\n  \"forceboard_journal\": 1,\n  \"source\": \"builtin\",\n  \"digest\": \"0000000000000000\",\n  \"edits\": [{\"edit\": \"deploy\"}]\n}\n"
    #expect {
      try EditJournal.decode(bytes: Array(text.utf8), file: "j.json")
    } throws: { error in
      "\(error)".contains("j.json:5:") && "\(error)".contains("did you mean 'deployed'")
    }
  }

  @Test func unsavedEditsReplayFromTheSavedFileToTheScreen() throws {
    var history = EditHistory(baseline: .haitiMSS)
    try history.apply(.planned(HeadCount(3_000)))
    history.markSaved()
    let onDisk = history.current
    try history.apply(.target(HeadCount(6_000)))
    try history.apply(.horizonMonths(HeadCount(6)))
    #expect(history.unsavedEdits.count == 2)
    var replay = EditHistory(baseline: onDisk)
    for edit in history.unsavedEdits { try replay.apply(edit) }
    #expect(replay.current == history.current)
    // Undo past the save and edit on: no forward list exists, so the whole scenario stands in.
    history.jump(to: 0)
    try history.apply(.target(HeadCount(7_000)))
    #expect(history.savedPosition == nil)
    #expect(history.unsavedEdits == [.replaceAll(history.current)])
    #expect(history.hasUnsavedChanges)
  }

  @Test func journalsAreWrittenPrivately() throws {
    let folder = try TemporaryFolder()
    let path = EditJournal.path(for: "builtin", instance: "1-a", in: folder.path)
    try EditJournal(source: "builtin", digest: ContentDigest("x"), edits: [.planned(nil)]).write(to: path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[FileAttributeKey.posixPermissions] as? Int) == 0o600)
    #expect(try EditJournal.read(path).edits == [.planned(nil)])
  }

  /// A rewritten journal is 0600 whatever mode the file it replaces had (0644, or 000).
  @Test func aRewrittenJournalIsPrivateWhateverTheOldFileWas() throws {
    let folder = try TemporaryFolder()
    let path = EditJournal.path(for: "builtin", instance: "1-a", in: folder.path)
    for oldMode in [0o644, 0o000] {
      FileManager.default.createFile(atPath: path, contents: Data("{}".utf8))
      chmod(path, mode_t(oldMode))
      try EditJournal(source: "builtin", digest: ContentDigest("x"), edits: [.planned(nil)]).write(to: path)
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      #expect((attributes[FileAttributeKey.posixPermissions] as? Int) == 0o600, "was \(String(oldMode, radix: 8))")
    }
  }
}
