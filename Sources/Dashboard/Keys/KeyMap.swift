/// The keys of one context (the panels, the editor, a question…), as rows: what each key does,
/// its help line and its key-bar hint, in one place.
public struct KeyMap<Command: Hashable & Sendable>: Sendable {
  /// The rows, in help order.
  public var rows: [KeyRow<Command>] {
    didSet { hinted = Self.hinted(rows) }
  }
  /// The rows with a hint, in bar order: sorted once, not at every frame.
  private var hinted: [KeyRow<Command>]

  /// A map of `rows`.
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

  /// What a key does in a state: a command to run, refused (read-only; the reducer says why),
  /// or nothing (unbound, or a kiosk, which runs only the rows marked for it).
  public enum Resolution: Sendable, Hashable {
    case run(Command)
    case refused
    case unbound
  }

  /// What `key` does in `state`, after the read-only and kiosk filters.
  public func resolve(_ key: Key, in state: AppState) -> Resolution {
    guard let (command, row) = lookup(key), !state.ops.kiosk || row.kiosk else { return .unbound }
    return state.refuses(row) ? .refused : .run(command)
  }

  /// The key bar for a state: the hints of the rows that have one now, in bar order. Rows the
  /// state refuses are left out.
  public func hints(_ state: AppState) -> [(key: String, label: String)] {
    var out: [(key: String, label: String)] = []
    out.reserveCapacity(hinted.count)
    for row in hinted where !state.refuses(row) {
      if let hint = row.hint, let label = hint.label(state) { out.append((hint.key, label)) }
    }
    return out
  }

  /// How a message names the key for `command`: the first key bound to it, written as help
  /// writes keys (`u`, `Esc`). Messages say "(u undoes)" through this, so a key rebound in its
  /// row is renamed in every message too.
  public func key(_ command: Command) -> String {
    for row in rows {
      if let binding = row.bindings.first(where: { $0.command == command }) { return binding.key.name }
    }
    return "?"
  }

  /// Every key bound, each once.
  public var keys: [Key] { rows.flatMap { $0.bindings.map(\.key) } }
}

extension AppState {
  /// The one read-only rule: a row that edits is refused on a read-only display, and while the
  /// panels show the past (edits apply to the latest picture), except a row that saves a copy
  /// where this display may keep one (an address opened for browsing).
  public func refuses<Command>(_ row: KeyRow<Command>) -> Bool {
    // Past the data's date the plan is what edits change: the facts are edited in the latest
    // picture.
    row.edits && (readOnly || (cursor != nil && !isProjecting))
      && !(row.savesCopy && source.canSaveCopy && cursor == nil)
  }
}
