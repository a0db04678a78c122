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

  public init() {}
}

/// A scenario at an address the display is started on before its first answer: a start-up
/// never waits on the network, and an operations screen comes up and keeps trying.
public struct AwaitedSource: Sendable, Hashable {
  /// The address as shown (no user, no query).
  public var shown: String
  /// The date `--as-of` pins the display to, applied when the data arrives.
  public var pin: AsOf?

  public init(shown: String, pin: AsOf? = nil) {
    self.shown = shown
    self.pin = pin
  }
}

/// What went wrong with the watched file; the last good data stays on screen meanwhile.
public struct LiveProblem: Sendable, Hashable {
  /// When the problem was first seen.
  public var since: Int64
  /// `file:line:column: what is wrong`, or that the file is missing.
  public var message: String
}

/// The wall clock as the executable read it.
public struct ClockReading: Sendable, Hashable {
  public var seconds: Int64
  /// Offset of local time from UTC, for the clock on screen.
  public var utcOffset: Int

  public init(seconds: Int64, utcOffset: Int = 0) {
    self.seconds = seconds
    self.utcOffset = utcOffset
  }

  /// `HH:MM` in local time.
  public var hoursMinutes: String {
    let local = seconds + Int64(utcOffset)
    let minutes = ((local / 60) % 1440 + 1440) % 1440
    let h = minutes / 60
    let m = minutes % 60
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }
}

/// How long ago, said briefly: `45 s`, `12 min`, `5 h`, `3 d`.
public func describeAge(_ seconds: Int64) -> String {
  let s = max(0, seconds)
  if s < 90 { return "\(s) s" }
  if s < 90 * 60 { return "\(s / 60) min" }
  if s < 72 * 3600 { return "\(s / 3600) h" }
  return "\(Format.count(Int(s / 86_400))) d"
}

extension AsOf {
  /// The last second the as-of date can mean (the end of its year, month or day), in Unix
  /// seconds UTC: a date stated to the month is not called stale before that month is over.
  public var latestUnixSeconds: Int64 {
    let (y, m, d) = (year, month ?? 12, day ?? Self.daysIn(month: month ?? 12, year: year))
    return Self.daysFromEpoch(year: y, month: m, day: d) * 86_400 + 86_399
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = Int64((month + 9) % 12)
    let doy = (153 * mp + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
