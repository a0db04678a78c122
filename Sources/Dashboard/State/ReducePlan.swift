import ForceModel

/// The plan from the keyboard: following another plan, and adding, editing and removing its
/// events as what-if edits (undone, journalled and saved like any other).
extension AppState {
  /// The planned event selected on the timeline, with the plan it belongs to.
  public var selectedPlanned: (plan: String, id: String)? {
    guard focus == .timeline, case .event(let index) = selectedTarget(.timeline) else { return nil }
    let line = timeline
    guard line.events.indices.contains(index), let id = line.events[index].planned, let plan = line.plan else {
      return nil
    }
    return (plan, id)
  }

  /// What an edit of the facts says past the data's date.
  var projectionRefusal: String {
    "PROJECTED: edits here change the plan (timeline: \(KeyMap.panels.key(.edit)) edits a planned event, "
      + "\(KeyMap.panels.key(.add)) adds one, \(KeyMap.panels.key(.remove)) removes it); "
      + "\(KeyMap.panels.key(.latest)) goes back to the latest picture to edit the facts"
  }

  /// The plan the projection follows: the one chosen, else the scenario's first.
  var followedPlan: Plan? { history.current.plan(named: timelineState.plan) }

  /// Follows the scenario's next plan (round), and says which.
  mutating func followNextPlan() {
    let plans = history.current.plans
    guard !plans.isEmpty else {
      return show(
        "This scenario has no plan: \(KeyMap.panels.key(.timelinePanel)) then \(KeyMap.panels.key(.add)) adds a planned event"
      )
    }
    let now = plans.firstIndex { $0.name == followedPlan?.name } ?? 0
    let next = plans[(now + 1) % plans.count]
    follow(plan: next.name)
    show(
      "Plan '\(TextSanitizer.clean(next.name, limit: 30))' (\(now + 2 > plans.count ? 1 : now + 2) of \(plans.count))"
        + (next.note.map { ": " + TextSanitizer.clean($0, limit: 120) } ?? ""))
  }

  /// Opens the form for a planned event, dated at the cursor when it is past the data's date.
  mutating func startAddingPlanned() {
    var form = AddForm(.plannedEvent(plan: followedPlan?.name ?? "base"))
    let day = isProjecting ? cursor?.lastDay : latestDay.map { $0.adding(months: 1) }
    if let day { form.fields[0] = TextField("\(day)", replacesOnType: true) }
    modal = .form(form)
  }

  /// Asks before removing a planned event.
  mutating func askRemovePlanned(_ planned: (plan: String, id: String)) {
    let event = EditField.event(planned.plan, planned.id, in: history.current)
    modal = .confirmation(
      Confirmation(
        kind: .remove(.removePlannedEvent(plan: planned.plan, id: planned.id)),
        question:
          "Remove \(TextSanitizer.clean(event.map { "\($0.date): \($0.summary())" } ?? planned.id, limit: 60)) from the plan '\(TextSanitizer.clean(planned.plan, limit: 20))'?"
      ))
  }

  /// Puts the selection and the cursor on a planned event just added.
  mutating func selectPlanned(_ id: String) {
    ensureWholeTimeline()
    guard let index = timeline.events.firstIndex(where: { $0.planned == id }) else { return }
    focus = .timeline
    move(.timeline, to: index)
    followSelectedEvent()
  }
}
