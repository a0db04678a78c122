import ForceModel

/// The clock and the watched data's freshness: when it was loaded, what went wrong reloading
/// it, and until when the figures a reload moved stay marked.
public struct LiveFeed: Sendable {
  /// The wall clock at the last `Action.clock`; nil until the executable sends one.
  public var clock: ClockReading?
  /// Why the watched file could not be reloaded; nil while it is fine.
  public var problem: LiveProblem?
  /// When the data on screen was last loaded (Unix seconds).
  public var loadedAt: Int64?
  /// Until when figures that moved on the last reload are marked.
  public var marksUntil: Int64?

  /// Nothing loaded yet.
  public init() {}
}
