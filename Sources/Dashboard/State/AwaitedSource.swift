import ForceModel

/// A scenario at an address the display is started on before its first answer: a start-up
/// never waits on the network, and an operations screen comes up and keeps trying.
public struct AwaitedSource: Sendable, Hashable {
  /// The address as shown (no user, no query).
  public var shown: String
  /// The date `--as-of` pins the display to, applied when the data arrives.
  public var pin: AsOf?

  /// An address awaited, pinned to `pin` when given.
  public init(shown: String, pin: AsOf? = nil) {
    self.shown = shown
    self.pin = pin
  }
}
