import Testing

@testable import Dashboard
@testable import ForceModel

/// What-if editing, as a planner does it: stories of keys, from the built-in scenario.
@Suite struct WhatIfTests {
  var state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)

  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += reduce(&state, .key(key)) }
    return effects
  }

  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    var effects: [Effect] = []
    for c in text { effects += reduce(&state, .key(.character(c))) }
    return effects
  }

  var kenya: Contributor { state.scenario.contributors[0] }

  @Test mutating func typingPreviewsEveryResultAndEnterCommitsOneEdit() {
    press(.character("2"), .character("e"))
    #expect(state.editor?.field == .deployed(country: "Kenya"))
    #expect(state.editor?.text == "700+")
    type("1,200")
    // The first character replaced the old value; the whole screen already shows the preview.
    #expect(state.editor?.text == "1,200")
    #expect(state.results.deployedTotal == 1_500)
    #expect(state.results.shortfall(.planned)?.count == 1_000)
    #expect(state.history.position == 0)
    #expect(state.mode == .browse)
    let effects = press(.enter)
    #expect(state.editor == nil)
    #expect(kenya.deployed.value == 1_200)
    #expect(kenya.deployed.isUnsourced)
    #expect(state.history.position == 1)
    #expect(state.mode == .whatIf)
    #expect(state.message?.contains("Kenya deployed 700+ → 1,200") == true)
    guard case .writeJournal(let journal) = effects.first else {
      Issue.record("an edit journals itself: \(effects)")
      return
    }
    #expect(journal.source == "builtin")
    #expect(journal.edits.count == 1)
    #expect(render(state).text.contains("WHAT-IF · 1 edit · unsaved"))
  }

  @Test mutating func theStatusLineShowsTheHeadlineMovingWhileTyping() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24)
    press(.character("2"), .character("e"))
    type("1200")
    let status = render(state).text.split(separator: "\n").last ?? ""
    #expect(status.contains("→ short of planned 1,000 ▼ 500"), "\(status)")
  }

  @Test mutating func escapeCancelsAndTheOldValueStays() {
    press(.character("2"), .character("e"))
    type("2000")
    #expect(state.results.deployedTotal == 2_300)
    press(.escape)
    #expect(state.editor == nil)
    #expect(state.results.deployedTotal == 1_000)
    #expect(state.history.position == 0)
  }

  @Test(arguments: ["-5", "12.5", "99999999999", "lots", ""])
  mutating func badInputIsRefusedWithAMessageAndChangesNothing(_ typed: String) {
    press(.character("2"), .character("e"), .control("u"))
    type(typed)
    #expect(state.editor?.problem != nil)
    #expect(state.results.deployedTotal == 1_000)
    let effects = press(.enter)
    #expect(effects.isEmpty)
    #expect(state.editor != nil, "the editor stays open so the user can fix the text")
    #expect(state.message?.hasPrefix("Refused:") == true)
    #expect(kenya.deployed.value == 700)
    press(.escape)
    #expect(state.history.position == 0)
  }

  @Test mutating func forgivingInputIsUnderstood() {
    for (typed, value) in [("1200", 1_200), ("1.2k", 1_200), ("~900", 900), ("700+", 700)] {
      press(.character("2"), .character("e"))
      type(typed)
      press(.enter)
      #expect(kenya.deployed.value == value, "\(typed)")
    }
    #expect(kenya.deployed.qualifier == .atLeast)
    press(.character("3"), .character("e"))
    #expect(state.editor?.field == .stageTotal(id: state.scenario.funding[0].id, stage: .received))
    type("625m")
    press(.enter)
    #expect(state.results.funding.ledger(of: 0, in: state.scenario)?.received == 625_000_000)
    // A typed total is dated the scenario's date and carries no source: an assumption.
    let typed = state.scenario.funding[0].flows.last
    #expect(
      typed?.toDate == true && typed?.amount.asOf == state.scenario.mission.asOf && typed?.amount.isUnsourced == true)
  }

  @Test mutating func tabMovesBetweenAnInputsFields() {
    press(.character("2"), .character("e"), .tab)
    #expect(state.editor?.field == .pledged(country: "Kenya"))
    type("1500")
    press(.enter)
    #expect(kenya.pledged?.value == 1_500)
    press(.character("3"), .character("e"), .tab)
    #expect(state.editor?.field == .stageTotal(id: state.scenario.funding[0].id, stage: .spent))
    press(.tab, .tab, .tab)
    #expect(state.editor?.field == .fundingForm(id: state.scenario.funding[0].id))
    press(.control("u"))
    type("in_")
    press(.enter)
    #expect(state.scenario.funding[0].form == .inKind)
  }

  @Test mutating func assumptionsAreEditedWithA() {
    press(.character("A"))
    #expect(state.editor?.field == .periodBudget(id: "res-2751"))
    type("$500M")
    press(.enter)
    #expect(state.scenario.mission.periods[1].budget?.value == 500_000_000)
    #expect(state.results.funding.mandate?.requirement == 500_000_000)
    press(.character("A"), .tab)
    #expect(state.editor?.field == .costPerOfficerYear)
    type("$200,000")
    press(.enter)
    #expect(state.scenario.assumptions.costPerOfficerYear.value == 200_000)
    press(.character("A"), .tab, .tab, .tab)
    #expect(state.editor?.field == .horizonMonths)
    type("6")
    press(.enter)
    #expect(state.scenario.assumptions.horizonMonths.value == 6)
    press(.character("A"), .tab, .tab, .tab, .tab)
    #expect(state.editor?.field == .exchangeRate(currency: "CAD"))
    press(.escape)
    // Emptied, the budget is derived from the cost per officer-year again.
    press(.character("A"), .control("u"), .enter)
    #expect(state.scenario.mission.periods[1].budget == nil)
  }

  @Test mutating func deltasAppearBesideEveryMovedFigure() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    let screen = render(state).text
    #expect(screen.contains("1,200 ▲500"), "Kenya's own change")
    #expect(screen.contains("1,500 ▲ 500"), "the deployed total")
    #expect(screen.contains("1,000 ▼ 500  SHORT  40%"), "the shortfall against planned, its word kept")
  }

  @Test mutating func undoRedoAndHistoryJumpWithoutLimit() {
    for value in ["800", "900", "1000"] {
      press(.character("2"), .character("e"))
      type(value)
      press(.enter)
    }
    #expect(state.history.position == 3)
    press(.character("u"), .character("u"))
    #expect(kenya.deployed.value == 800)
    press(.control("r"))
    #expect(kenya.deployed.value == 900)
    press(.character("H"))
    guard case .history(let lines, let selected) = state.overlay else {
      Issue.record("H opens the history")
      return
    }
    #expect(lines.count == 4)
    #expect(selected == 2)
    #expect(lines[3].contains("900 → 1,000"))
    press(.up, .up, .enter)
    #expect(state.history.position == 0)
    #expect(state.scenario == .haitiMSS)
    press(.control("r"), .control("r"), .control("r"))
    #expect(kenya.deployed.value == 1_000)
    press(.character("u"), .character("u"), .character("u"), .character("u"))
    #expect(state.scenario == .haitiMSS)
    #expect(state.message?.contains("Nothing to undo") == true)
  }

  @Test mutating func resetAsksFirst() {
    press(.character("2"), .character("e"))
    type("1")
    press(.enter)
    press(.character("R"))
    #expect(state.confirmation?.kind == .reset)
    press(.character("n"))
    #expect(state.history.position == 1)
    press(.character("R"), .character("y"))
    #expect(state.scenario == .haitiMSS)
    #expect(state.mode == .browse)
  }

  @Test mutating func addAContributorWithTheForm() {
    press(.character("2"), .character("a"))
    #expect(state.form?.kind == .contributor)
    type("Chad")
    press(.tab, .control("u"))
    type("400")
    press(.enter)
    #expect(state.form == nil)
    #expect(state.scenario.contributors.last?.country == "Chad")
    #expect(state.results.deployedTotal == 1_400)
    #expect(state.selectedTarget(.contributions) == .contributor(state.scenario.contributors.count - 1))
    #expect(render(state).text.contains("400 new"))
  }

  @Test mutating func theFormRefusesADuplicateAndKeepsWhatWasTyped() {
    press(.character("2"), .character("a"))
    type("Kenya")
    press(.enter)
    #expect(state.form?.problem?.contains("already a contributor") == true)
    #expect(state.form?.values[0] == "Kenya")
    press(.escape)
    #expect(state.history.position == 0)
  }

  @Test mutating func addAFundingLine() {
    press(.character("3"), .character("a"))
    type("Canada")
    press(.tab)
    type("C$80.5M")
    press(.tab, .control("u"))
    type("CAD")
    press(.tab, .control("u"))
    type("pl")
    press(.enter)
    let line = state.scenario.funding.last
    #expect(line?.donor == "Canada")
    #expect(line?.currency == "CAD")
    #expect(line?.flows.first?.stage == .pledge)
    #expect(line?.flows.first?.amount.value == 80_500_000)
    #expect(line?.flows.first?.amount.asOf == state.scenario.mission.asOf)
  }

  @Test mutating func removeAsksAndXLeavesALineOut() {
    press(.character("2"), .down, .character("d"))
    #expect(state.confirmation != nil)
    press(.character("y"))
    #expect(!state.scenario.contributors.contains { $0.country == "Jamaica" })
    let listed = state.results.funding.funding
    press(.character("3"), .character("x"))
    #expect(state.scenario.funding[0].counted == false)
    #expect(state.results.funding.funding < listed)
    #expect(render(state).text.contains("left out"))
  }

  @Test mutating func goalSeekClosesTheShortfallWhenApplied() {
    press(.end, .up)
    #expect(state.selectedTarget(.force) == .result(.shortfall(.planned)))
    press(.character("g"))
    guard case .goalSeek(let answer, _) = state.overlay else {
      Issue.record("g opens goal seek")
      return
    }
    #expect(answer.options.dropFirst().first?.label.hasPrefix("Kenya deploys 1,500 more") == true)
    press(.down, .enter)
    #expect(state.results.shortfall(.planned)?.count == 0)
    #expect(kenya.deployed.value == 2_200)
    #expect(kenya.deployed.note == GoalSeek.note)
  }

  @Test mutating func goalSeekElsewhereSaysWhereItWorks() {
    press(.character("g"))
    #expect(state.overlay == .none)
    #expect(state.message?.contains("g solves a shortfall or gap") == true)
  }

  @Test mutating func compareShowsBaselineWhatIfAndChange() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter, .character("b"))
    let screen = render(state).text
    #expect(screen.contains("Baseline │ what-if │ change"))
    #expect(screen.contains("▲ 500"))
    #expect(screen.contains("contributors[Kenya].deployed"))
  }

  @Test mutating func saveAskedForTheBuiltInNamesAFile() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    #expect(press(.character("w")).isEmpty)
    #expect(state.pathPrompt?.purpose == .saveAs(quitAfter: false))
    type("mine.yaml")
    let effects = press(.enter)
    guard case .save(let request) = effects.first else {
      Issue.record("Enter asks the executable to save: \(effects)")
      return
    }
    #expect(request.path == "mine.yaml")
    #expect(request.expectedStamp == nil)
    #expect(request.scenario == state.history.current)
    let saved = reduce(
      &state,
      .saveFinished(
        .saved(
          path: "mine.yaml", ScenarioFile.SavedFile(digest: ContentDigest("x"), stamp: nil),
          journalKey: "/tmp/mine.yaml", quitAfter: false)))
    #expect(saved.contains(.deleteJournal(key: "builtin")))
    #expect(!state.history.hasUnsavedChanges)
    #expect(state.sourceName == "mine.yaml")
    #expect(render(state).text.contains("WHAT-IF · 1 edit · saved"))
  }

  @Test mutating func aFailedSaveKeepsTheEditsAndSaysWhy() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    _ = reduce(&state, .saveFinished(.failed(path: "/ro/mine.yaml", reason: "Read-only file system")))
    #expect(state.message?.contains("Read-only file system") == true)
    #expect(state.message?.contains("edits are still here") == true)
    #expect(state.history.hasUnsavedChanges)
    #expect(kenya.deployed.value == 1_200)
  }

  @Test mutating func aFileChangedOnDiskIsOverwrittenOnlyAfterAsking() {
    state.source.document = ScenarioDocument(
      path: "a.yaml", journalKey: "/a.yaml", digest: ContentDigest("a"), stamp: nil)
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    _ = reduce(&state, .saveFinished(.changedOnDisk(path: "a.yaml", quitAfter: false)))
    #expect(state.confirmation?.question.contains("changed on disk") == true)
    let effects = press(.character("y"))
    guard case .save(let request) = effects.first else {
      Issue.record("y saves with overwrite")
      return
    }
    #expect(request.overwrite)
  }

  @Test mutating func someoneElseSavingTheFileIsToldAtOnce_andTheNextSaveClearsIt() {
    state.source.document = ScenarioDocument(
      path: "a.yaml", journalKey: "/a.yaml", digest: ContentDigest("a"), stamp: nil)
    state.source.name = "a.yaml"
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    _ = reduce(&state, .changedOnDisk(gone: false))
    #expect(state.source.changedOnDisk == .changed)
    #expect(state.message?.contains("a.yaml changed on disk (someone else saved it): your edits are kept") == true)
    #expect(render(state).text.contains("WHAT-IF · 1 edit · unsaved · ⚠ changed on disk"))
    #expect(kenya.deployed.value == 1_200, "nothing is reloaded over the edits")
    press(.character("o"))
    #expect(state.pathPrompt?.text == "a.yaml", "o offers the changed file")
    press(.escape)
    _ = reduce(
      &state,
      .saveFinished(
        .saved(
          path: "a.yaml", ScenarioFile.SavedFile(digest: ContentDigest("b"), stamp: nil), journalKey: "/a.yaml",
          quitAfter: false)))
    #expect(state.source.changedOnDisk == nil)
    #expect(!render(state).text.contains("changed on disk"))
    _ = reduce(&state, .changedOnDisk(gone: true))
    #expect(render(state).text.contains("⚠ deleted on disk"))
    #expect(state.message?.contains("w writes it again") == true)
  }

  @Test mutating func openingTheFileAgainDropsTheDiscardedEditsJournalInsteadOfOfferingItBack() {
    state.source.document = ScenarioDocument(
      path: "a.yaml", journalKey: "/a.yaml", digest: ContentDigest("a"), stamp: nil)
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    press(.character("o"))
    type("a.yaml")
    press(.enter)
    #expect(state.confirmation?.question.contains("lose 1 unsaved edit") == true)
    #expect(press(.character("y")) == [.open(path: "a.yaml")])
    // The executable lists other sessions' journals only, never this instance's own.
    let document = ScenarioDocument(path: "a.yaml", journalKey: "/a.yaml", digest: ContentDigest("b"), stamp: nil)
    let effects = reduce(
      &state, .opened(OpenedScenario(scenario: .haitiMSS, sourceName: "a.yaml", document: document, journals: [])))
    #expect(state.confirmation == nil, "no restore offered for edits the user just let go")
    #expect(effects == [.deleteJournal(key: "/a.yaml")])
    #expect(kenya.deployed.value == 700)
  }

  @Test func aReadOnlyDisplayOrTheBuiltInScenarioIgnoresChangesOnDisk() {
    var builtIn = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 120, height: 40)
    _ = reduce(&builtIn, .changedOnDisk(gone: false))
    #expect(builtIn.source.changedOnDisk == nil)
    var display = AppState(scenario: .haitiMSS, sourceName: "a.yaml", readOnly: true, width: 120, height: 40)
    display.source.document = ScenarioDocument(
      path: "a.yaml", journalKey: "/a.yaml", digest: ContentDigest("a"), stamp: nil)
    _ = reduce(&display, .changedOnDisk(gone: false))
    #expect(display.source.changedOnDisk == nil)
  }

  @Test mutating func quittingWithUnsavedEditsAsksFirst() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter)
    #expect(press(.character("q")).isEmpty)
    #expect(state.confirmation?.kind == .quit)
    press(.character("n"))
    #expect(state.confirmation == nil)
    press(.character("q"))
    #expect(press(.character("y")) == [.deleteJournal(key: "builtin"), .quit])
  }

  @Test mutating func aJournalIsOfferedAndRestored() throws {
    let journal = EditJournal(
      source: "builtin", digest: state.document.digest,
      edits: [.deployed(country: "Kenya", HeadCount(1_200)), .planned(HeadCount(3_000))])
    state.offerRestore([JournalOffer(path: "/state/journal-x-1-a.json", journal: journal, written: "today 14:03")])
    #expect(
      state.confirmation?.question == "Unsaved edits from an earlier session: today 14:03, 2 edits. Restore them?")
    #expect(render(state).text.contains("Restore them?   y  restore  n  keep for later  d  discard"))
    let effects = press(.character("y"))
    #expect(effects.contains(.discardJournals(paths: ["/state/journal-x-1-a.json"])), "restored whole: its file goes")
    #expect(effects.first.map { if case .writeJournal = $0 { true } else { false } } == true, "ours is written first")
    #expect(state.history.position == 2)
    #expect(state.results.shortfall(.planned)?.count == 1_500)
    press(.character("u"), .character("u"))
    #expect(state.scenario == .haitiMSS)
  }

  /// Every journal is listed with its time and count; n keeps them all, d discards all, a
  /// digit restores one — and nothing is deleted unless the user says so.
  @Test mutating func severalJournalsAreListedAndNoneIsLostUnasked() throws {
    let one = EditJournal(source: "builtin", digest: state.document.digest, edits: [.planned(HeadCount(3_000))])
    let two = EditJournal(
      source: "builtin", digest: ContentDigest("older"),
      edits: [.planned(HeadCount(2_600)), .target(HeadCount(6_000)), .planned(HeadCount(2_700))])
    let offers = [
      JournalOffer(path: "/s/journal-x-1-a.json", journal: one, written: "2026-11-29 14:03"),
      JournalOffer(path: "/s/journal-x-2-b.json", journal: two, written: "2026-11-29 13:50", otherVersion: true),
    ]
    _ = reduce(&state, .resize(width: 100, height: 30))
    state.offerRestore(offers)
    let question = state.confirmation?.question ?? ""
    #expect(question == "2 unsaved journals (above)")
    expectSnapshot(render(state).text, named: "journals-100x30")
    #expect(press(.character("n")).isEmpty, "n keeps every journal: no effect touches them")
    #expect(state.message?.contains("kept") == true)
    state.offerRestore(offers)
    #expect(press(.character("d")) == [.discardJournals(paths: ["/s/journal-x-1-a.json", "/s/journal-x-2-b.json"])])
    state.offerRestore(offers)
    let effects = press(.character("2"))
    #expect(state.history.position == 3)
    #expect(effects.contains(.discardJournals(paths: ["/s/journal-x-2-b.json"])))
    #expect(!effects.contains(.discardJournals(paths: ["/s/journal-x-1-a.json"])), "the other journal stays")
  }

  /// A restore that cannot apply every edit says which, and keeps the journal aside.
  @Test mutating func aPartialRestoreSaysWhatItCouldNotApplyAndKeepsTheJournal() throws {
    let journal = EditJournal(
      source: "builtin", digest: state.document.digest,
      edits: [
        .planned(HeadCount(3_000)), .removeContributor(country: "Atlantis"),
        .deployed(country: "Kenya", HeadCount(900)),
      ])
    state.offerRestore([JournalOffer(path: "/s/journal-x-1-a.json", journal: journal, written: "today")])
    let effects = press(.character("y"))
    #expect(state.history.position == 2)
    let text = state.message ?? ""
    #expect(text.hasPrefix("Restored 2 of 3 edits; not applied: "), "\(text)")
    #expect(text.contains("Atlantis"))
    #expect(effects.contains(.setJournalAside(path: "/s/journal-x-1-a.json", reason: "partly-restored")))
    #expect(!effects.contains(.discardJournals(paths: ["/s/journal-x-1-a.json"])))
  }

  @Test mutating func readOnlyRefusesEveryEditingKey() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", readOnly: true, width: 120, height: 40)
    for key: Key in [
      .character("e"), .character("a"), .character("d"), .character("x"), .character("u"), .control("r"),
      .character("R"), .character("w"), .character("W"), .character("o"), .character("A"),
    ] {
      state.status.clear()
      #expect(press(key).isEmpty)
      #expect(state.message?.hasPrefix("READ-ONLY") == true, "\(key)")
    }
    press(.character("2"), .enter)
    #expect(state.overlay == .details(.contributor(0), scroll: 0), "Enter shows details in read-only")
    #expect(state.scenario == .haitiMSS)
    #expect(state.mode == .readOnly)
  }

  // MARK: - Whole screens

  @Test mutating func screenWhileTypingAt80x24() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 80, height: 24)
    press(.character("2"), .character("e"))
    type("1,200")
    expectSnapshot(render(state).text, named: "whatif-typing-80x24")
  }

  @Test mutating func screenAfterTwoEditsAt120x40() {
    press(.character("2"), .character("e"))
    type("1200")
    press(.enter, .character("3"), .character("x"))
    expectSnapshot(render(state).text, named: "whatif-edited-120x40")
  }

  @Test mutating func goalSeekScreenAt100x30() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 100, height: 30)
    press(.character("3"), .end, .up, .up, .character("g"))
    expectSnapshot(render(state).text, named: "whatif-goalseek-100x30")
  }

  /// On the runway: what received amount, by which date, keeps the force paid to the end of the
  /// mandate; applied, the runway with commitments lasts through it.
  @Test mutating func runwayGoalSeekKeepsTheForcePaidToTheEndOfTheMandate() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 100, height: 30)
    press(.character("3"), .end, .up, .up, .up, .up, .up)
    #expect(state.selectedTarget(.funding) == .result(.runway))
    press(.character("g"))
    let screen = render(state).text
    #expect(screen.contains("What received amount, by which date, keeps the force paid to the end of"))
    #expect(screen.contains("committed, due by 2025-07-15"))
    expectSnapshot(screen, named: "whatif-goalseek-runway-100x30")
    press(.enter)
    #expect(state.results.funding.runwayWithCommitments == .lasts(through: Day(year: 2025, month: 10, day: 2)))
    #expect(state.results.funding.runwayCashOnly == .runsOut(Day(year: 2025, month: 7, day: 15)))
  }

  @Test mutating func addFormAndHistoryScreensAt100x30() {
    state = AppState(scenario: .haitiMSS, sourceName: "built-in", width: 100, height: 30)
    press(.character("2"), .character("a"))
    type("Chad")
    expectSnapshot(render(state).text, named: "whatif-addform-100x30")
    press(.tab)
    type("400")
    press(.enter, .character("H"))
    expectSnapshot(render(state).text, named: "whatif-history-100x30")
  }
}
