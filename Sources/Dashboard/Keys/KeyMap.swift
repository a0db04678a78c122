/// The keys of one context (the panels, the editor, a question…), as rows: what each key does,
/// its help line and its key-bar hint, in one place.
public struct KeyMap<Command: Hashable & Sendable>: Sendable {
  public var rows: [KeyRow<Command>]

  public init(_ rows: [KeyRow<Command>]) { self.rows = rows }

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
    rows.compactMap { row -> (Int, String, String)? in
      guard let hint = row.hint, !(row.edits && state.readOnly), let label = hint.label(state) else { return nil }
      return (hint.order, hint.key, label)
    }
    .sorted { $0.0 < $1.0 }
    .map { ($0.1, $0.2) }
  }

  /// Every key bound, each once.
  public var keys: [Key] { rows.flatMap { $0.bindings.map(\.key) } }
}
