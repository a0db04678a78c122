import Dashboard

#if canImport(Glibc)
  import Glibc
#endif

/// The time, read at the edge and handed to `reduce` as an action.
enum WallClock {
  static func now() -> ClockReading {
    var seconds = time(nil)
    var local = tm()
    localtime_r(&seconds, &local)
    return ClockReading(seconds: Int64(seconds), utcOffset: Int(local.tm_gmtoff))
  }

  /// Seconds on a clock that never jumps, for debouncing.
  static func monotonic() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
