/// The keys of one context (the panels, the editor, a question…), as rows: what each key does,
/// its help line and its key-bar hint, in one place.
public struct KeyMap<Command: Hashable & Sendable>: Sendable {
  public var rows: [KeyRow<Command>] {
    didSet { hinted = Self.hinted(rows) }
  }
  /// The rows with a hint, in bar order: sorted once, not at every frame.
  private var hinted: [KeyRow<Command>]

  public init(_ rows: [KeyRow<Command>]) {
    self.rows = rows
    hinted = Self.hinted(rows)
  }

  private static func hinted(_ rows: [KeyRow<Command>]) -> [KeyRow<Command>] {
    rows.filter { $0.hint != nil }.sorted { ($0.hint?.order ?? 0) < ($1.hint?.order ?? 0) }
  }

  /// The row and command a key is bound to, if any.
  public func lookup(_ key: Key) -> (command: Command, row: KeyRow<Command>)? {
    for row in rows {
      if let binding = row.bindings.first(where: { $0.key == key }) { return (binding.command, row) }
    }
    return nil
  }

  /// The key bar for a state: the hints of the rows that have one now, in bar order. Rows that
  /// edit are left out where editing is refused.
  public func hints(_ state: AppState) -> [(key: String, label: String)] {
    var out: [(key: String, label: String)] = []
    out.reserveCapacity(hinted.count)
    for row in hinted where !(row.edits && state.readOnly) {
      if let hint = row.hint, let label = hint.label(state) { out.append((hint.key, label)) }
    }
    return out
  }

  /// Every key bound, each once.
  public var keys: [Key] { rows.flatMap { $0.bindings.map(\.key) } }
}
