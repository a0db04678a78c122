/// The baseline, the edits made to it, and where undo and redo stand.
///
/// The current scenario is always the baseline with the first `position` edits replayed, so
/// undoing everything gives back the baseline exactly, and redoing gives back exactly what was.
public struct EditHistory: Sendable, Hashable {
  /// The scenario as loaded: what every delta is measured against.
  public let baseline: Scenario
  /// Every edit made, undone ones included until a new edit replaces them.
  public private(set) var edits: [Edit] = []
  /// How many of `edits` are applied; edits after it can be redone.
  public private(set) var position = 0
  /// The baseline with the edits up to the undo position applied.
  public private(set) var current: Scenario
  /// The position whose scenario is on disk; nil once that state can no longer be reached by
  /// undo or redo (the user undid past it and made a new edit).
  public private(set) var savedPosition: Int? = 0
  /// The scenario on disk as this session last read or wrote it (nil once unknown), to name
  /// what someone else changed when the file on disk turns out to be another.
  public private(set) var savedScenario: Scenario?

  /// A history with no edits yet.
  public init(baseline: Scenario) {
    self.baseline = baseline
    current = baseline
    savedScenario = baseline
  }

  /// Whether an edit is left to undo.
  public var canUndo: Bool { position > 0 }
  /// Whether an undone edit is left to redo.
  public var canRedo: Bool { position < edits.count }
  /// True when the current scenario differs from the baseline by at least one applied edit.
  public var isEdited: Bool { position > 0 }

  /// True when what is on screen is not what is on disk.
  public var hasUnsavedChanges: Bool { savedPosition != position }

  /// Notes that the current scenario is now what is on disk.
  public mutating func markSaved() {
    savedPosition = position
    savedScenario = current
  }

  /// The edits that take the scenario on disk to the current one: what a journal records. When
  /// the user undid past a save and edited on, no such list exists and the whole current
  /// scenario stands in for it.
  public var unsavedEdits: [Edit] {
    guard let saved = savedPosition else { return [.replaceAll(current)] }
    if saved <= position { return Array(edits[saved..<position]) }
    return [.replaceAll(current)]
  }

  /// Applies an edit; anything that could have been redone is dropped, as in every editor.
  public mutating func apply(_ edit: Edit) throws(EditError) {
    record(edit, giving: try current.applying(edit))
  }

  /// Records an edit whose result the caller already has (`current.applying(edit)`, worked out
  /// for the preview): a second application would copy every funding line again.
  public mutating func record(_ edit: Edit, giving next: Scenario) {
    if let saved = savedPosition, saved > position { savedPosition = nil }
    edits.removeSubrange(position...)
    edits.append(edit)
    position += 1
    current = next
  }

  /// Steps back one edit.
  public mutating func undo() {
    guard canUndo else { return }
    jump(to: position - 1)
  }

  /// Steps forward one undone edit.
  public mutating func redo() {
    guard canRedo else { return }
    jump(to: position + 1)
  }

  /// Replays the first `target` edits on the baseline.
  public mutating func jump(to target: Int) {
    let target = min(max(0, target), edits.count)
    var scenario = baseline
    for edit in edits[..<target] {
      // Every recorded edit applied once to this same sequence, so it applies again.
      if let next = try? scenario.applying(edit) { scenario = next }
    }
    current = scenario
    position = target
  }
}
