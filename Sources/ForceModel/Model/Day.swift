/// A calendar day, counted from 1970-01-01.
///
/// Money results are dates (the day cash runs out) and their arithmetic — a three-month window,
/// months left in a mandate — needs whole days, while sources give "March 2025". `AsOf` keeps
/// what a source said; `Day` is what the calculation uses, taken at the end of the source's
/// precision (`AsOf.lastDay`), so a figure "of March 2025" is known from 2025-03-31.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public var number: Int

  /// The mean length of a month in days (365.2425 / 12): the unit of burn rates and months left.
  public static let daysPerMonth = 30.436875

  /// The day `number` days after 1970-01-01.
  public init(number: Int) { self.number = number }

  /// The day of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  public init(year: Int, month: Int, day: Int) {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    number = era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month and day of this day (`civil_from_days`).
  public var civil: (year: Int, month: Int, day: Int) {
    let z = number + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// This day as a date of day precision.
  public var asOf: AsOf {
    let c = civil
    return AsOf(year: c.year, month: c.month, day: c.day)
  }

  public var description: String { asOf.description }

  /// The day `days` later (earlier when negative).
  public func adding(days: Int) -> Day { Day(number: number + days) }

  /// The day a (fractional) number of months later, in mean months.
  public func adding(months: Double) -> Day {
    guard months.isFinite else { return Day(number: months > 0 ? Int.max / 2 : Int.min / 2) }
    let days = (months * Day.daysPerMonth).rounded(.down)
    return Day(number: number + Int(max(-1e9, min(1e9, days))))
  }

  /// Mean months from `self` to `later` (negative when `later` is earlier).
  public func months(to later: Day) -> Double { Double(later.number - number) / Day.daysPerMonth }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
}

extension AsOf {
  /// The last day this date can mean: a figure "of March 2025" is known by 2025-03-31, one "of
  /// 2025" by 2025-12-31.
  public var lastDay: Day {
    guard let month else { return Day(year: year, month: 12, day: 31) }
    return Day(year: year, month: month, day: day ?? AsOf.daysIn(month: month, year: year))
  }

  /// The first day this date can mean.
  public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }
}
