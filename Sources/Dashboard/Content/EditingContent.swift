import ForceModel

/// The text of the what-if boxes: the side-by-side comparison, the edit history, goal seek and
/// the add form.
enum EditingContent {
  static func compare(_ diff: ScenarioDiff, plans: PlanComparison? = nil, state: AppState) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = []
    // Nothing edited: the plans are the comparison.
    if let plans, !state.history.isEdited {
      out += planLines(plans)
      out.append(("", .normal))
      out.append(
        ("forceboard diff FILE --plans prints the same comparison.  \(KeyMap.reading.key(.close)) closes.", .dim))
      return out
    }
    let edits = state.history.position
    if state.readOnly {
      out.append(
        (
          state.history.isEdited
            ? "Read-only: the data before the last reload of \(state.sourceName), against the data now."
            : "Read-only: nothing to compare until \(state.sourceName) changes on disk.", .dim
        ))
    } else {
      out.append(
        (
          "Baseline: \(state.sourceName) as loaded.  What-if: \(edits) edit\(edits == 1 ? "" : "s")"
            + (state.history.hasUnsavedChanges ? ", unsaved." : ", saved."), .dim
        ))
    }
    out.append(("", .normal))
    let label = 34
    let column = 12
    out.append(
      (
        TextWidth.fit("Result", to: label) + TextWidth.fit("Baseline", to: column, alignRight: true)
          + TextWidth.fit("What-if", to: column, alignRight: true) + "  Change", .columnHeader
      ))
    for movement in diff.movements {
      let line =
        TextWidth.fit(movement.metric.label, to: label)
        + TextWidth.fit(movement.baseline.display, to: column, alignRight: true)
        + TextWidth.fit(movement.metric.display, to: column, alignRight: true) + "  " + (movement.delta ?? "—")
      out.append((line, movement.delta == nil ? .normal : .warning))
    }
    out.append(("", .normal))
    out.append(("Inputs changed (\(diff.changes.count))", .title))
    if diff.changes.isEmpty { out.append(("  none: this is the baseline", .dim)) }
    for change in diff.changes {
      out.append(("  \(change.path): \(change.before) → \(change.after)", .normal))
    }
    if let plans {
      out.append(("", .normal))
      out += planLines(plans)
    }
    out.append(("", .normal))
    out.append(
      (
        "forceboard diff BASELINE EDITED prints the same comparison"
          + (plans == nil ? "" : "; forceboard diff FILE --plans the plans")
          + ".  \(KeyMap.reading.key(.close)) closes.",
        .dim
      ))
    return out
  }

  /// The plans side by side, each value with its range, the gap from the first in brackets.
  static func planLines(_ plans: PlanComparison) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [
      (
        "Plans projected to \(plans.date): each value with its range, [the gap from '\(plans.plans.first ?? "")']",
        .title
      )
    ]
    // A result a block, a plan a line: readable in a box of any width (a wide table wraps).
    let width = plans.plans.map { TextWidth.of(TextSanitizer.clean($0, limit: 30)) }.max() ?? 0
    for row in plans.rows {
      out.append(("  " + row.label, .columnHeader))
      for (index, plan) in plans.plans.enumerated() {
        let gap = index > 0 ? row.gaps[index - 1] : ""
        let name = TextWidth.fit(TextSanitizer.clean(plan, limit: 30), to: width)
        out.append(
          ("    \(name)  \(row.values[index])\(gap.isEmpty ? "" : "  [\(gap)]")", gap.isEmpty ? .normal : .warning))
      }
    }
    return out
  }

  static func history(_ lines: [String], selected: Int, state: AppState) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [
      (
        "Every edit since the scenario was loaded; ▶ marks where you are. ↑↓ choose, \(KeyMap.history.key(.choose)) jumps, \(KeyMap.history.key(.close)) closes.",
        .dim
      ),
      (
        "Edits after the mark are undone and can be redone (\(KeyMap.panels.key(.redo))) until a new edit replaces them.",
        .dim
      ),
      ("", .normal),
    ]
    for (index, line) in lines.enumerated() {
      let mark = index == state.history.position ? "▶" : " "
      let text =
        (index == selected ? "▸" : " ") + "\(mark) \(TextWidth.fit(String(index), to: 3, alignRight: true)). \(line)"
      let role: ThemeRole = index == selected ? .selected : (index > state.history.position ? .dim : .normal)
      out.append((text, role))
    }
    return out
  }

  static func goalSeek(_ answer: GoalSeekAnswer, selected: Int) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [(answer.question, .title), ("Now: \(answer.status)", .shortfall), ("", .normal)]
    if answer.options.isEmpty {
      out.append(("Nothing to solve.", .ok))
    } else {
      out.append(
        (
          "Each line changes one input to the value that closes it. \(KeyMap.goalSeek.key(.choose)) applies it as an edit.",
          .dim
        ))
      for (index, option) in answer.options.enumerated() {
        out.append(
          (
            (index == selected ? "▸ " : "  ") + "\(option.label) — \(option.answer)",
            index == selected ? .selected : .normal
          ))
      }
    }
    for note in answer.notes { out.append(("Note: \(note)", .dim)) }
    out.append(("", .normal))
    out.append(
      ("A goal-seek value is an assumption: no source states it. \(KeyMap.panels.key(.undo)) undoes it.", .assumption))
    return out
  }

  static func form(_ form: AddForm) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [
      (
        "\(KeyMap.form.key(.nextField)) or ↑↓ moves between fields, \(KeyMap.form.key(.commit)) adds, \(KeyMap.form.key(.cancel)) cancels.",
        .dim
      ), ("", .normal),
    ]
    for (index, label) in form.labels.enumerated() {
      let value = form.values[index] + (index == form.index ? "█" : "")
      out.append(
        (
          (index == form.index ? "▸ " : "  ") + TextWidth.fit(label, to: 20) + "[" + TextWidth.fit(value, to: 28) + "]",
          index == form.index ? .selected : .normal
        ))
    }
    out.append(("", .normal))
    // The hint of the field being typed, on its own line so no line is too wide to stay aligned.
    out.append(("\(form.labels[form.index]): \(form.hint(form.index))", .dim))
    if let problem = form.problem {
      out.append(("Cannot add: \(problem)", .shortfall))
    } else {
      out.append(("A typed figure has no source: it shows as an assumption.", .assumption))
    }
    return out
  }

  /// The journals offered for restoring, numbered as the keys that restore them, each with its
  /// first edits as the history would name them.
  static func journals(_ offers: [JournalOffer], state: AppState) -> [(String, ThemeRole)] {
    var lines: [(String, ThemeRole)] = [
      (
        "Earlier sessions ended without saving these edits. Nothing is discarded unless you press \(KeyMap<AnswerCommand>.answers(.restore(offers)).key(.discard)).",
        .dim
      ),
      ("", .normal),
    ]
    for (index, offer) in offers.enumerated() {
      lines.append(("\(index + 1))  \(offer.summary)", .title))
      var scenario = state.history.baseline
      for edit in offer.journal.edits.prefix(3) {
        lines.append(("      " + edit.summary(before: scenario), .normal))
        if let next = try? scenario.applying(edit) { scenario = next }
      }
      if offer.journal.edits.count > 3 { lines.append(("      and \(offer.journal.edits.count - 3) more", .dim)) }
    }
    lines.append(("", .normal))
    let answers = KeyMap<AnswerCommand>.answers(.restore(offers))
    lines.append(
      (
        "1–\(offers.count) restores that journal · \(answers.key(.no)) keeps them all for later · \(answers.key(.discard)) discards them all",
        .dim
      ))
    return lines
  }
}
