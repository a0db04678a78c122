/// Goal seek in time: how many more officers must arrive, and by which date, for a level to be
/// met by the end of the mandate, under a plan.
extension GoalSeek {
  /// Solves "by which date must how many more arrive for `level` to be met by the end of the
  /// mandate in force at the data's date", projected under the plan named `plan`. Each option is
  /// one planned arrival on the mandate's last day (the latest it can come and still count),
  /// checked by projecting with it; the worse end of the range is said too.
  public static func reachInTime(_ level: StrengthLevel, in scenario: Scenario, plan: String?) -> GoalSeekAnswer {
    let planName = scenario.plan(named: plan)?.name ?? "base"
    guard let deadline = scenario.mandateDeadline else {
      return GoalSeekAnswer(
        question: "When must more officers arrive?", status: "this scenario has no date to project from", options: [],
        notes: [])
    }
    let question =
      "How many more must arrive, by when, for the \(level.label) strength by \(deadline) (plan '\(TextSanitizer.clean(planName, limit: 20))')?"
    let view = ScenarioView(date: deadline, plan: plan)
    let ranged = RangedResults(scenario) { view($0, wholeLines: true) }
    guard let shortfall = ranged.results.shortfall(level) else {
      return GoalSeekAnswer(
        question: question, status: "this scenario has no \(level.label) strength", options: [], notes: [])
    }
    var notes: [String] = []
    let worst =
      ranged.ranges.range(.shortfall(level), point: ranged.results).map { Int($0.upperBound) } ?? shortfall.count
    if worst > shortfall.count {
      notes.append(
        "with every uncertain input at its worse end, \(Format.count(worst)) are missing: \(Format.count(worst - shortfall.count)) more cover that too"
      )
    }
    guard shortfall.count > 0 else {
      return GoalSeekAnswer(
        question: question, status: "met by \(deadline) under the plan: \(Format.count(shortfall.surplus)) over",
        options: [], notes: notes)
    }
    let missing = shortfall.count
    let projected = view(scenario)
    let results = ranged.results
    // Countries with a pledge not yet deployed first, largest first; then the lead nation.
    var order = projected.contributors.indices.filter { (results.contributors[$0].pledgedNotDeployed ?? 0) > 0 }
      .sorted {
        (results.contributors[$0].pledgedNotDeployed ?? 0) > (results.contributors[$1].pledgedNotDeployed ?? 0)
      }
    if let lead = projected.leadContributorIndex, !order.contains(lead) { order.append(lead) }
    var options: [GoalSeekOption] = []
    for index in order.prefix(6) {
      let contributor = projected.contributors[index]
      let left = results.contributors[index].pledgedNotDeployed ?? 0
      let against =
        left >= missing
        ? "within its pledge (\(Format.count(left)) pledged, not deployed)"
        : left > 0 ? "\(Format.count(missing - left)) beyond its pledge" : "no pledge outstanding"
      var id = "goal-\(level.rawValue)-\(options.count + 1)"
      let taken = Set(scenario.plan(named: planName)?.events.map(\.id) ?? [])
      while taken.contains(id) { id += "-1" }
      let event = PlannedEvent(
        id: id, date: deadline,
        change: .arrival(
          country: contributor.country, HeadCount(missing, sources: [], asOf: deadline, note: note)))
      let edit = Edit.addPlannedEvent(plan: planName, event)
      // Checked: with it, the projection meets the level on the deadline.
      guard let applied = try? scenario.applying(edit),
        (recalculate(view(applied)).shortfall(level)?.count ?? 1) == 0
      else { continue }
      options.append(
        GoalSeekOption(
          label:
            "\(TextSanitizer.clean(contributor.country, limit: 30)) sends \(Format.count(missing)) more by \(deadline) — \(against)",
          answer: "a planned arrival of \(Format.count(missing)) on \(deadline)", edit: edit))
    }
    notes.append("\(deadline) is the mandate's last day: an arrival dated later does not count for it")
    return GoalSeekAnswer(
      question: question,
      status:
        "projected short by \(Format.count(missing)) on \(deadline) (\(Format.percent(shortfall.ratio)) of \(Format.count(shortfall.reference)))",
      options: options, notes: notes)
  }
}
