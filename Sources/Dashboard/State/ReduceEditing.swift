import ForceModel

/// What-if editing: the editor, the add form, questions, undo and redo, goal seek, saving and
/// opening. Still pure: files are written by the executable when `reduce` returns an effect.
extension AppState {
  static let readOnlyRefusal = "READ-ONLY: this display cannot change the scenario or write files"

  /// What a refused key says here: a display of an address can still keep a copy.
  var refusal: String {
    if let cursor, !readOnly {
      return "AS OF \(cursor): edits apply to the latest picture; press \(KeyMap.panels.key(.latest)) to go back to it"
    }
    return source.canSaveCopy
      ? "READ-ONLY: this display of an address cannot change the scenario; \(KeyMap.panels.key(.saveAs)) saves a local copy"
      : Self.readOnlyRefusal
  }

  /// Asks before going back to the baseline.
  mutating func askReset() {
    guard history.isEdited else {
      show("Nothing to reset: this is the baseline")
      return
    }
    modal = .confirmation(
      Confirmation(
        kind: .reset,
        question:
          "Reset all \(history.position) edit\(history.position == 1 ? "" : "s") to the baseline? (\(KeyMap.panels.key(.redo)) brings them back)"
      ))
  }

  // MARK: - Editor

  /// True when the selected row is an input Enter edits (not a derived result, not read-only).
  public var selectionIsInput: Bool {
    guard !readOnly else { return false }
    if selectedPlanned != nil { return true }
    guard !isProjecting, let target = selectedTarget(focus), !target.isSummary else { return false }
    return EditField.group(for: target, in: scenario) != nil
  }

  /// Opens the editor on the selected input (or the given fields). Read-only never gets here:
  /// the key map refuses the rows that edit, and Enter edits only where `selectionIsInput`.
  mutating func startEditing(fields given: [EditField]? = nil) -> [Effect] {
    let fields: [EditField]
    if let planned = selectedPlanned {
      fields = EditField.planned(planned.plan, id: planned.id)
    } else if isProjecting {
      show(projectionRefusal)
      return []
    } else if let given {
      fields = given
    } else {
      guard let target = selectedTarget(focus), let group = EditField.group(for: target, in: history.current) else {
        show(
          focus == .force
            ? "Not an input: edit Planned or Target here, a country in panel 2, a line in panel 3; \(KeyMap.panels.key(.editAssumptions)) edits assumptions"
            : "Nothing to edit here")
        return []
      }
      fields = group
    }
    guard let first = fields.first else { return [] }
    modal = .editor(EditorState(fields: fields, text: first.currentText(in: history.current)))
    return []
  }

  mutating func handleEditorKey(_ key: Key) -> [Effect] {
    guard var state = editor else { return [] }
    let command = modal.keys.fieldCommand(key)
    switch command {
    case .cancel:
      modal = .none
      showCommitted()
      show("Edit cancelled; nothing changed")
      return []
    case .commit:
      guard state.problem == nil else {
        show("Refused: \(state.problem ?? ""); the old value stays (\(KeyMap.editor.key(.cancel)) cancels)", ticks: 40)
        return []
      }
      // The preview on screen is this very text applied, when there is one: it is the result,
      // and applying the edit again would copy every funding line once more.
      // (At a cursor the preview on screen is the view of the date, not the scenario edited.)
      let previewed = figures.committedResults != nil && cursor == nil
      let edit: Edit
      let next: Scenario
      do {
        if previewed {
          (edit, next) = (try state.field.parsed(from: state.text, in: history.current), scenario)
        } else {
          (edit, next) = try state.field.applied(from: state.text, in: history.current)
        }
      } catch {
        state.problem = error.description
        modal = .editor(state)
        show("Refused: \(error.description); the old value stays (\(KeyMap.editor.key(.cancel)) cancels)", ticks: 40)
        return []
      }
      modal = .none
      if history.current.isUnchanged(by: edit, giving: next) {
        showCommitted()
        show("Unchanged")
        return []
      }
      if previewed {
        commitPreview(edit, giving: next)
      } else {
        let summary = edit.summary(before: history.current)
        history.record(edit, giving: next)
        show("\(summary)  (\(KeyMap.panels.key(.undo)) undoes)")
        showCommitted()
      }
      return journalEffects()
    case .nextField, .previousField:
      let forward = command == .nextField
      state.index = (state.index + (forward ? 1 : state.fields.count - 1)) % state.fields.count
      state.input = TextField(state.field.currentText(in: history.current), replacesOnType: true)
      state.problem = nil
      modal = .editor(state)
      showCommitted()
      return []
    case .erase, .eraseAll, nil:
      guard state.input.apply(command, key) else { return [] }
    }
    modal = .editor(state)
    updatePreview()
    return []
  }

  /// Recalculates the whole screen with the typed value, or says why it cannot be used.
  mutating func updatePreview() {
    guard var state = editor else { return }
    do {
      let preview = try state.field.applied(from: state.text, in: history.current).result
      state.problem = nil
      modal = .editor(state)
      showPreview(preview)
    } catch {
      state.problem = error.description
      modal = .editor(state)
      showCommitted()
    }
  }

  // MARK: - History

  mutating func undo() -> [Effect] {
    guard history.canUndo else {
      show("Nothing to undo: this is the baseline")
      return []
    }
    history.undo()
    let undone = history.edits[history.position]
    showCommitted()
    show("Undone: \(undone.summary(before: history.current))  (\(KeyMap.panels.key(.redo)) redoes)")
    return journalEffects()
  }

  mutating func redo() -> [Effect] {
    guard history.canRedo else {
      show("Nothing to redo")
      return []
    }
    let before = history.current
    history.redo()
    showCommitted()
    show("Redone: \(history.edits[history.position - 1].summary(before: before))")
    return journalEffects()
  }

  mutating func jump(to position: Int) -> [Effect] {
    // A read-only display keeps the data before a reload only to mark what moved: going back
    // to it would show superseded figures as if they were the file's.
    guard !readOnly else {
      modal = .none
      show("Read-only: the screen shows \(sourceName) as it is now; earlier data only marks what moved (▲▼)")
      return []
    }
    history.jump(to: position)
    showCommitted()
    show(
      position == 0
        ? "Back at the baseline (\(KeyMap.panels.key(.redo)) redoes)" : "At edit \(position) of \(history.edits.count)")
    return journalEffects()
  }

  mutating func openHistory() {
    guard !history.edits.isEmpty else {
      show("No edits yet: this is the baseline")
      return
    }
    var lines = [
      readOnly ? "Before the last reload of \(sourceName) (for the marks only)" : "Baseline (\(sourceName), as loaded)"
    ]
    var scenario = history.baseline
    for edit in history.edits {
      lines.append(edit.summary(before: scenario))
      if let next = try? scenario.applying(edit) { scenario = next }
    }
    status.clear()
    modal = .overlay(.history(lines: lines, selected: history.position))
  }

  mutating func openCompare() {
    let current = history.current
    // The plans on the date projected to, else at the end of the mandate in force.
    let date = isProjecting ? cursor : current.mandateDeadline
    let plans = current.plans.isEmpty ? nil : date.map { PlanComparison(current, on: $0) }
    modal = .overlay(
      .compare(ScenarioDiff(baseline: history.baseline, changed: current), scroll: 0, plans: plans))
  }

  mutating func openGoalSeek() {
    let goal: Goal
    switch selectedTarget(focus) {
    case .result(.shortfall(let level)): goal = .shortfall(level)
    case .result(.gap(let level)): goal = .gap(level)
    case .result(.runway), .result(.runwayWithCommitments): goal = .runway
    case .result(.mandateGap), .result(.coverage): goal = .mandate
    default:
      show(
        "\(KeyMap.panels.key(.goalSeek)) solves a shortfall or gap: select a Short of row (panel \(KeyMap.panels.key(.forcePanel))), or a Gap or Runway row (panel \(KeyMap.panels.key(.fundingPanel)))"
      )
      return
    }
    // The box's keys are on the status line: an older message would cover them.
    status.clear()
    // Past the data's date a shortfall is solved in time: arrivals the plan still needs.
    if isProjecting, case .shortfall(let level) = goal {
      let answer = GoalSeek.reachInTime(level, in: history.current, plan: timelineState.plan)
      return modal = .overlay(.goalSeek(answer, selected: 0))
    }
    modal = .overlay(.goalSeek(GoalSeek.solve(goal, in: history.current), selected: 0))
  }

  /// Writes or drops the journal after the history changed. Read-only writes nothing.
  func journalEffects() -> [Effect] {
    guard !readOnly else { return [] }
    guard history.hasUnsavedChanges else { return [.deleteJournal(key: document.journalKey)] }
    return [
      .writeJournal(EditJournal(source: document.journalKey, digest: document.digest, edits: history.unsavedEdits))
    ]
  }

  /// Offers to replay edits earlier sessions left unsaved: one journal or several, each with
  /// when it was written and how many edits it holds. Nothing is discarded unless the user
  /// says so; `n` keeps them all for the next start.
  public mutating func offerRestore(_ offers: [JournalOffer]) {
    guard let first = offers.first else { return }
    let question: String
    if offers.count == 1 {
      question = "Unsaved edits from an earlier session: \(first.summary). Restore them?"
    } else {
      question = "\(min(9, offers.count)) unsaved journals (above)"
    }
    modal = .confirmation(Confirmation(kind: .restore(Array(offers.prefix(9))), question: question))
  }

  /// The answer to the restore question: one journal restored, all kept, or all discarded.
  mutating func answerRestore(_ offers: [JournalOffer], _ answer: AnswerCommand) -> [Effect] {
    switch answer {
    case .no:
      modal = .none
      show("Journalled edits kept; they are offered again at the next start", ticks: 40)
      return []
    case .discard:
      modal = .none
      show("Journalled edits discarded (\(offers.count == 1 ? "1 journal" : "\(offers.count) journals"))")
      return [.discardJournals(paths: offers.map(\.path))]
    case .yes:
      guard let offer = offers.first else { return [] }
      return restore(offer)
    case .pick(let index):
      guard offers.indices.contains(index) else { return [] }
      return restore(offers[index])
    case .saveFirst:
      return []
    }
  }

  /// Replays one journal on the file as loaded, and says exactly which edits did not apply.
  /// A journal restored whole becomes this session's own (and its old file goes); one
  /// restored in part is set aside under a name that says so, never deleted.
  mutating func restore(_ offer: JournalOffer) -> [Effect] {
    modal = .none
    var restored = EditHistory(baseline: history.baseline)
    var refused: [String] = []
    for edit in offer.journal.edits {
      let before = restored.current
      do {
        try restored.apply(edit)
      } catch {
        refused.append("\(edit.summary(before: before)) (\(error.description))")
      }
    }
    history = restored
    showCommitted()
    let total = offer.journal.edits.count
    var effects = journalEffects()
    if refused.isEmpty {
      show(
        "Restored \(total) edit\(total == 1 ? "" : "s"); \(KeyMap.panels.key(.undo)) undoes, \(KeyMap.panels.key(.save)) saves"
      )
      effects.append(.discardJournals(paths: [offer.path]))
    } else {
      show(
        "Restored \(history.position) of \(total) edits; not applied: \(refused.joined(separator: "; ")). The journal is kept aside (partly-restored)",
        ticks: 120)
      effects.append(.setJournalAside(path: offer.path, reason: "partly-restored"))
    }
    return effects
  }

  // MARK: - Questions

  /// A key while a question is asked: the question's own key map says which answer it is.
  mutating func answer(_ asked: Confirmation, key: Key) -> [Effect] {
    guard case .answers(let map) = modal.keys, let answer = map.lookup(key)?.command else { return [] }
    if case .restore(let offers) = asked.kind { return answerRestore(offers, answer) }
    let yes = answer == .yes
    modal = .none
    if case .quit = asked.kind, answer == .saveFirst { return save(quitAfter: true) }
    switch asked.kind {
    case .remove(let edit):
      guard yes else {
        show("Kept")
        return []
      }
      guard commit(edit) else { return [] }
      return journalEffects()
    case .reset:
      guard yes else {
        show("Edits kept")
        return []
      }
      return jump(to: 0)
    case .quit:
      guard yes else {
        show("Still here; \(KeyMap.panels.key(.save)) saves")
        return []
      }
      return [.deleteJournal(key: document.journalKey), .quit]
    case .overwrite(let path, let quitAfter):
      guard yes else {
        show("Not saved; the edits are still here (\(KeyMap.panels.key(.saveAs)) saves under another name)", ticks: 40)
        return []
      }
      return [.save(saveRequest(path: path, overwrite: true, quitAfter: quitAfter))]
    case .discardAndOpen(let path):
      guard yes else {
        show("Edits kept; nothing opened")
        return []
      }
      return [.open(path: path)]
    case .restore:
      return []
    }
  }

  // MARK: - Files

  func saveRequest(path: String, overwrite: Bool, quitAfter: Bool) -> SaveRequest {
    SaveRequest(
      scenario: history.current, path: path, expectedStamp: path == document.path ? document.stamp : nil,
      onDisk: path == document.path ? history.savedScenario : nil, overwrite: overwrite, quitAfter: quitAfter)
  }

  mutating func save(quitAfter: Bool = false) -> [Effect] {
    guard let path = document.path else {
      modal = .pathPrompt(PathPrompt(purpose: .saveAs(quitAfter: quitAfter), text: ""))
      show("The built-in scenario has no file: type a name to save it as (.yaml or .json)", ticks: 40)
      return []
    }
    guard history.hasUnsavedChanges || quitAfter else {
      show("Nothing to save: \(sourceName) is as on disk")
      return []
    }
    return [.save(saveRequest(path: path, overwrite: false, quitAfter: quitAfter))]
  }

  mutating func requestQuit() -> [Effect] {
    guard !readOnly, history.hasUnsavedChanges else { return [.quit] }
    let count = history.unsavedEdits.count
    let quitAnswers = KeyMap<AnswerCommand>.answers(.quit)
    modal = .confirmation(
      Confirmation(
        kind: .quit,
        question:
          "\(count) unsaved edit\(count == 1 ? "" : "s"). Quit and lose them? \(quitAnswers.key(.yes)) quits, \(quitAnswers.key(.saveFirst)) saves first, \(quitAnswers.key(.no)) stays"
      ))
    return []
  }

  mutating func handlePathKey(_ key: Key) -> [Effect] {
    guard var prompt = pathPrompt else { return [] }
    let command = modal.keys.fieldCommand(key)
    switch command {
    case .cancel:
      modal = .none
      show("Cancelled")
      return []
    case .erase, .eraseAll, nil:
      guard prompt.input.apply(command, key) else { return [] }
    case .nextField, .previousField: return []
    case .commit:
      let path = prompt.text.trimmingSpaces()
      guard !path.isEmpty else {
        let cancel = KeyMap.pathPrompt.key(.cancel)
        show(
          prompt.purpose == .asOfDate
            ? "Type a date first (\(cancel) cancels)" : "Type a file name first (\(cancel) cancels)")
        return []
      }
      modal = .none
      switch prompt.purpose {
      case .saveAs(let quitAfter):
        return [.save(saveRequest(path: path, overwrite: false, quitAfter: quitAfter))]
      case .open:
        if history.hasUnsavedChanges {
          modal = .confirmation(
            Confirmation(
              kind: .discardAndOpen(path: path),
              question:
                "Open \(TextSanitizer.clean(path, limit: 40)) and lose \(history.unsavedEdits.count) unsaved edit(s)?"))
          return []
        }
        return [.open(path: path)]
      case .asOfDate:
        guard let date = AsOf(forgiving: path) else {
          modal = .pathPrompt(prompt)
          show(AsOf.problem(forgiving: path))
          return []
        }
        pin(asOf: date)
        show(cursorMessage)
        return []
      }
    }
    modal = .pathPrompt(prompt)
    return []
  }

  mutating func finishSave(_ outcome: SaveOutcome) -> [Effect] {
    switch outcome {
    case .saved(let path, _, _, let quitAfter) where readOnly:
      // A copy of a display's data: the display goes on following its source.
      show(
        "Saved a copy to \(TextSanitizer.clean(path, limit: 60)); this display still follows \(sourceName)", ticks: 40)
      return quitAfter ? [.quit] : []
    case .saved(let path, let file, let journalKey, let quitAfter):
      let oldKey = document.journalKey
      history.markSaved()
      source.document = ScenarioDocument(path: path, journalKey: journalKey, digest: file.digest, stamp: file.stamp)
      source.changedOnDisk = nil
      source.name = FileName.of(path)
      show("Saved to \(TextSanitizer.clean(path, limit: 60))")
      var effects: [Effect] = [.deleteJournal(key: oldKey)]
      if journalKey != oldKey { effects.append(.deleteJournal(key: journalKey)) }
      if quitAfter { effects.append(.quit) }
      return effects
    case .failed(let path, let reason):
      show(
        "Could not save \(Self.fileName(path)): \(reason). The file is unchanged and your edits are still here; \(KeyMap.panels.key(.saveAs)) saves elsewhere",
        ticks: 80)
    case .changedOnDisk(let path, let quitAfter, let change):
      // The question takes the whole line: an earlier notice about the same file steps aside.
      status.clear()
      source.changedOnDisk = .changed
      let what = change.map { " (\(TextSanitizer.clean($0, limit: 80)))" } ?? ""
      modal = .confirmation(
        Confirmation(
          kind: .overwrite(path: path, quitAfter: quitAfter),
          question: "\(Self.fileName(path)) was changed on disk by someone else\(what). Overwrite it?"))
    case .exists(let path, let quitAfter):
      status.clear()
      modal = .confirmation(
        Confirmation(
          kind: .overwrite(path: path, quitAfter: quitAfter),
          question: "\(Self.fileName(path)) already exists. Replace it?"))
    }
    return []
  }
}

extension AppState {
  /// A file's name for a question on one line: the last part of its path, cleaned.
  static func fileName(_ path: String) -> String {
    TextSanitizer.clean(FileName.of(path), limit: 40)
  }

  /// Someone else saved (or deleted) the file being edited. Nothing is read or reloaded: the
  /// user's edits stay as they are, and is told at once rather than at the next save.
  mutating func noticeChangeOnDisk(gone: Bool) {
    guard !readOnly, document.path != nil else { return }
    source.changedOnDisk = gone ? .deleted : .changed
    let edits = history.hasUnsavedChanges ? "your edits are kept; " : ""
    show(
      gone
        ? "\(sourceName) was deleted or moved on disk: \(edits)\(KeyMap.panels.key(.save)) writes it again"
        : "\(sourceName) changed on disk (someone else saved it): \(edits)\(KeyMap.panels.key(.save)) asks before overwriting it, \(KeyMap.panels.key(.open)) opens the new version",
      ticks: 120)
    bumpRevision()
  }
}
