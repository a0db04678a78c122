/// A date as precise as its source: a year, a month or a day.
///
/// Sources often give only "March 2025"; inventing a day would fake precision, so the
/// precision is kept and shown.
public struct AsOf: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Year, month and day in one number (`year << 9 | month << 5 | day`, 0 for a part not
  /// stated), so a date costs four bytes: a large scenario holds a million of them, and three
  /// optional integers made each flow four times the size of its amount.
  private var packed: UInt32

  /// The year.
  public var year: Int {
    get { Int(packed >> 9) }
    set { packed = UInt32(truncatingIfNeeded: newValue) << 9 | packed & 0x1FF }
  }
  /// The month, 1–12, when stated.
  public var month: Int? {
    get { packed >> 5 & 0xF == 0 ? nil : Int(packed >> 5 & 0xF) }
    set { packed = packed & ~0x1E0 | UInt32(newValue ?? 0) << 5 }
  }
  /// The day of the month, when stated.
  public var day: Int? {
    get { packed & 0x1F == 0 ? nil : Int(packed & 0x1F) }
    set { packed = packed & ~0x1F | UInt32(newValue ?? 0) }
  }

  /// A date stated to the year, month or day.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    let month = month.map { UInt32(truncatingIfNeeded: $0) & 0xF } ?? 0
    let day = month == 0 ? 0 : day.map { UInt32(truncatingIfNeeded: $0) & 0x1F } ?? 0
    packed = UInt32(truncatingIfNeeded: year) << 9 | month << 5 | day
  }

  /// A date or none as four bytes, for a value stored by the million: all ones for none, which
  /// is no date (its month would be 15).
  static func stored(_ date: AsOf?) -> UInt32 { date?.packed ?? .max }

  /// The date `stored` keeps, or nil for none.
  init?(stored: UInt32) {
    guard stored != .max else { return nil }
    packed = stored
  }

  /// Parses `2025`, `2025-03` or `2025-03-12`; nil when the text is not such a date.
  public init?(_ text: String) {
    var text = text
    guard let date = text.withUTF8(AsOf.init(utf8:)) else { return nil }
    self = date
  }

  /// Parses `2025`, `2025-03` or `2025-03-12` from UTF-8 bytes, with no string made: a large
  /// file has a million dates.
  init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for i in from..<from + count {
        let digit = bytes[i] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    let count = bytes.count
    guard count == 4 || count == 7 || count == 10, let year = number(0, 4), AsOf.years.contains(year) else {
      return nil
    }
    var month: Int?
    var day: Int?
    if count >= 7 {
      guard bytes[4] == UInt8(ascii: "-"), let m = number(5, 2), (1...12).contains(m) else { return nil }
      month = m
    }
    if count == 10, let m = month {
      guard bytes[7] == UInt8(ascii: "-"), let d = number(8, 2), d >= 1, d <= AsOf.daysIn(month: m, year: year)
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
    // Written as bytes: a report of 100,000 funding lines writes half a million dates, and
    // padding each part as a string was a tenth of building it.
    let year = self.year
    let month = self.month
    let day = self.day
    var yearDigits = 4
    var rest = year / 10_000
    while rest > 0 {
      yearDigits += 1
      rest /= 10
    }
    let count = yearDigits + (month == nil ? 0 : 3) + (day == nil ? 0 : 3)
    return String(unsafeUninitializedCapacity: count) { buffer in
      func put(_ value: Int, digits: Int, at start: Int) {
        var value = value
        for offset in stride(from: start + digits - 1, through: start, by: -1) {
          buffer[offset] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      put(year, digits: yearDigits, at: 0)
      if let month {
        buffer[yearDigits] = UInt8(ascii: "-")
        put(month, digits: 2, at: yearDigits + 1)
      }
      if let day {
        buffer[count - 3] = UInt8(ascii: "-")
        put(day, digits: 2, at: count - 2)
      }
      return count
    }
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
