import ForceModel

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
