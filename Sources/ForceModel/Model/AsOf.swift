/// A date as precise as its source: a year, a month or a day.
///
/// Sources often give only "March 2025"; inventing a day would fake precision, so the
/// precision is kept and shown.
public struct AsOf: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1–12, when stated.
  public var month: Int?
  /// The day of the month, when stated.
  public var day: Int?

  /// A date stated to the year, month or day.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Parses `2025`, `2025-03` or `2025-03-12`; nil when the text is not such a date.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count) else { return nil }
    guard parts[0].count == 4, let year = Int(parts[0]), AsOf.years.contains(year) else { return nil }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
      month = m
    }
    if parts.count == 3, let m = month {
      guard parts[2].count == 2, let d = Int(parts[2]), d >= 1, d <= AsOf.daysIn(month: m, year: year)
      else { return nil }
      day = d
    }
    self.init(year: year, month: month, day: day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var description: String {
    var text = zeroPadded(year, width: 4)
    if let month { text += "-" + zeroPadded(month, width: 2) }
    if let day { text += "-" + zeroPadded(day, width: 2) }
    return text
  }

  public static func < (lhs: AsOf, rhs: AsOf) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }
}

/// Zero-pads a number to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
  let digits = "\(value)"
  return digits.count >= width ? digits : Array(repeating: "0", count: width - digits.count).joined() + digits
}

extension AsOf {
  static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]

  /// Reads a date the way people type one: `2024-09-12`, `2024-09`, `2024`, `2024/09/12`,
  /// `sep 2024`, `September 2024`, `12 sep 2024`, `sep 12, 2024`; nil when it is none of them.
  public init?(forgiving text: String) {
    let trimmed = text.trimmingSpaces()
    if let exact = AsOf(trimmed.replacing("/", with: "-")) {
      self = exact
      return
    }
    let words = trimmed.lowercased().replacing(",", with: " ").split(separator: " ").map(String.init)
    var year: Int?
    var month: Int?
    var day: Int?
    for word in words {
      if let number = Int(word) {
        if word.count == 4, year == nil {
          year = number
        } else if (1...31).contains(number), day == nil {
          day = number
        } else {
          return nil
        }
      } else if word.count >= 3,
        let index = AsOf.monthNames.firstIndex(where: { $0.hasPrefix(word) }), month == nil
      {
        month = index + 1
      } else {
        return nil
      }
    }
    guard let year, let month else { return nil }
    let text = "\(year)-" + zeroPadded(month, width: 2) + (day.map { "-" + zeroPadded($0, width: 2) } ?? "")
    guard let date = AsOf(text) else { return nil }
    self = date
  }
}

extension AsOf {
  /// The years a date may have: sources of this century and plans well past it.
  public static let years = 1900...2999

  /// Why typed text is not a date, in words for a message: a year out of range or a day the
  /// month does not have is said as such; anything else gets the forms that are read.
  public static func problem(forgiving text: String) -> String {
    let shown = TextSanitizer.clean(text.trimmingSpaces(), limit: 40)
    let forms = "write 2024-09-12, 2024-09, 2024 or sep 2024"
    let digits = text.split { !$0.isNumber }
    if let yearText = digits.first(where: { $0.count >= 4 }), let year = Int(yearText), !years.contains(year) {
      return "'\(shown)' is out of range: dates run from \(years.lowerBound) to \(years.upperBound)"
    }
    let parts = text.trimmingSpaces().split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      years.contains(year), (1...12).contains(month), day > daysIn(month: month, year: year)
    {
      return
        "'\(shown)' is not a date: \(monthNames[month - 1].capitalizedFirst) \(year) has \(daysIn(month: month, year: year)) days"
    }
    return "'\(shown)' is not a date; \(forms)"
  }
}

extension String {
  /// The text with its first letter in capitals ("february" → "February").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
