import ForceModel

/// The wall clock as the executable read it.
public struct ClockReading: Sendable, Hashable {
  /// Unix seconds, UTC.
  public var seconds: Int64
  /// Offset of local time from UTC, for the clock on screen.
  public var utcOffset: Int

  /// A reading of the clock.
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
