import ForceModel

/// How the dashboard runs as an operations screen: kiosk layout, rotation, staleness, the quit
/// chord, live reloading. All times are Unix seconds that the executable passes in with
/// `Action.clock`, so `reduce` stays pure and tests can run weeks in a moment.
public struct OpsScreen: Sendable, Hashable {
  /// Large headline, no key bar, keys do nothing but the quit chord and Ctrl-L.
  public var kiosk = false
  /// Seconds between rotations of the highlighted panel or page; nil: no rotation.
  public var cycleSeconds: Int?
  /// Data older than this many seconds (by its as-of date or the file's age) is flagged.
  public var staleAfterSeconds: Int?
  /// The keys that end a kiosk display, in order.
  public var quitChord: [Key] = [.character("q"), .character("y")]
  /// How long figures that changed on a reload stay marked.
  public var markSeconds = 600
  /// How often the whole screen is redrawn from scratch, against corruption.
  public var fullRedrawSeconds = 600
  /// An address whose first answer has not come yet: the screen says so, and what went wrong,
  /// until the first scenario arrives, instead of drawing figures nobody sent.
  public var awaiting: AwaitedSource?
  /// Keys of the quit chord pressed so far.
  var chordProgress = 0
  /// Quiet ticks left to press the chord's next key before it starts over.
  var chordTicks = 0
  /// When the highlighted panel or page next rotates.
  var nextCycleAt: Int64?
  /// When the whole screen was last redrawn from scratch.
  var lastFullRedraw: Int64?

  /// An ordinary screen: no kiosk, no rotation, no staleness check.
  public init() {}

  /// One quiet tick passed: a chord left half-pressed too long starts over.
  mutating func tick() {
    guard chordTicks > 0 else { return }
    chordTicks -= 1
    if chordTicks == 0 { chordProgress = 0 }
  }
}
