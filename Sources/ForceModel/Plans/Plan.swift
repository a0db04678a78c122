/// A named plan: the dated events one view of the future expects ("base", "optimistic",
/// "pessimistic"), kept in the scenario beside the facts and never mixed with them.
public struct Plan: Sendable, Hashable {
  /// The plan's name, unique in its scenario.
  public var name: String
  /// What the plan assumes, in words.
  public var note: String?
  /// Its events, in the order written (the projection sorts them by date).
  public var events: [PlannedEvent]

  /// A plan of these events.
  public init(name: String, note: String? = nil, events: [PlannedEvent] = []) {
    self.name = name
    self.note = note
    self.events = events
  }
}
