import ForceModel

/// Adding and removing rows — a country, a funding line, a planned event — and leaving a line
/// out of the totals.
extension AppState {
  mutating func startAdding() {
    if focus == .timeline || isProjecting {
      return startAddingPlanned()
    }
    modal = .form(AddForm(focus == .funding ? .fundingLine : .contributor))
  }

  mutating func handleFormKey(_ key: Key) -> [Effect] {
    guard var state = form else { return [] }
    let command = modal.keys.fieldCommand(key)
    switch command {
    case .cancel:
      modal = .none
      show("Nothing added")
      return []
    case .nextField: state.index = (state.index + 1) % state.fields.count
    case .previousField: state.index = (state.index + state.fields.count - 1) % state.fields.count
    case .erase, .eraseAll, nil:
      guard state.fields[state.index].apply(command, key) else { return [] }
    case .commit:
      do {
        let edit = try state.edit(in: history.current)
        modal = .none
        guard commit(edit) else { return [] }
        selectAdded(edit)
        return journalEffects()
      } catch {
        state.problem = error.description
        modal = .form(state)
        return []
      }
    }
    state.problem = nil
    modal = .form(state)
    return []
  }

  /// Puts the selection on the row just added, so the user sees it.
  mutating func selectAdded(_ edit: Edit) {
    switch edit {
    case .addContributor(let contributor):
      guard let index = scenario.contributors.firstIndex(where: { $0.country == contributor.country }),
        let row = visible[.contributions]?.firstIndex(of: index)
      else { return }
      focus = .contributions
      move(.contributions, to: row)
    case .addFundingLine(let line):
      guard let index = scenario.funding.firstIndex(where: { $0.id == line.id }),
        let row = visible[.funding]?.firstIndex(of: index)
      else { return }
      focus = .funding
      move(.funding, to: row)
    case .addPlannedEvent(let plan, let event):
      if plan != followedPlan?.name { follow(plan: plan) }
      selectPlanned(event.id)
    default: break
    }
  }

  mutating func askRemove() {
    if let planned = selectedPlanned { return askRemovePlanned(planned) }
    if isProjecting { return show(projectionRefusal) }
    switch selectedTarget(focus) {
    case .contributor(let index):
      let contributor = history.current.contributors[index]
      modal = .confirmation(
        Confirmation(
          kind: .remove(.removeContributor(country: contributor.country)),
          question:
            "Remove \(TextSanitizer.clean(contributor.country, limit: 30)) (\(Format.headCount(contributor.deployed)) deployed)?"
        ))
    case .fundingLine(let index):
      let line = history.current.funding[index]
      modal = .confirmation(
        Confirmation(
          kind: .remove(.removeFundingLine(id: line.id)),
          question:
            "Remove the line \(TextSanitizer.clean(line.donor, limit: 30)) — \(TextSanitizer.clean(line.purpose ?? line.id, limit: 30)) (\(line.flows.count) flow\(line.flows.count == 1 ? "" : "s"))?"
        ))
    default:
      show("d removes a country (panel 2) or a funding line (panel 3): select one first")
    }
  }

  mutating func toggleCounted() -> [Effect] {
    if isProjecting {
      show(projectionRefusal)
      return []
    }
    guard case .fundingLine(let index) = selectedTarget(focus) else {
      show(
        "\(KeyMap.panels.key(.toggleCounted)) leaves a funding line out of the totals (or counts it again): select one in panel 3"
      )
      return []
    }
    let line = history.current.funding[index]
    guard commit(.fundingCounted(id: line.id, !line.counted)) else { return [] }
    return journalEffects()
  }
}
