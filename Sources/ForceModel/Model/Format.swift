/// Number formatting shared by the report, the diff and the screen, so that a figure reads the
/// same everywhere: `1,000`, `~1,000`, `700+`, `≤ $625M`.
public enum Format {
  /// A whole number with thousands separators: `1,000`, `-4,000`.
  public static func count(_ value: Int) -> String {
    digits(value.magnitude, negative: value < 0)
  }

  /// `magnitude` with thousands separators, a `-` before it when `negative`, then `fraction`'s
  /// last `places` digits after a point (none when `places` is 0): written right to left into
  /// bytes on the stack, so a figure of up to fifteen characters is made with no allocation.
  private static func digits(_ magnitude: UInt, negative: Bool, fraction: Int = 0, places: Int = 0) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      var end = buffer.count
      func put(_ byte: UInt8) {
        end -= 1
        buffer[end] = byte
      }
      var rest = fraction
      for _ in 0..<max(0, min(places, 30)) {
        put(0x30 + UInt8(rest % 10))
        rest /= 10
      }
      if places > 0 { put(UInt8(ascii: ".")) }
      var whole = magnitude
      var written = 0
      repeat {
        if written > 0 && written % 3 == 0 { put(UInt8(ascii: ",")) }
        put(0x30 + UInt8(whole % 10))
        whole /= 10
        written += 1
      } while whole > 0
      if negative { put(UInt8(ascii: "-")) }
      return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
    }
  }

  /// A head count with its qualifier mark.
  public static func headCount(_ figure: HeadCount) -> String {
    qualified(count(figure.value), figure.qualifier)
  }

  /// A money amount, compact: `$625M`, `C$80.5M`, `€10M`, `$1.2B`, `$240,000`.
  public static func money(_ value: Double, currency: String = "USD") -> String {
    let sign = value < 0 ? "-" : ""
    let magnitude = abs(value)
    let body: String
    if magnitude >= 1e9 {
      body = decimal(magnitude / 1e9, places: 2) + "B"
    } else if magnitude >= 1e6 {
      body = decimal(magnitude / 1e6, places: 2) + "M"
    } else {
      body = count(Int(magnitude.rounded()))
    }
    return sign + symbol(currency) + body
  }

  /// A money figure with its qualifier mark: `≤ $625M`, `$835M+`, `~$10M`.
  public static func amount(_ figure: Amount, currency: String) -> String {
    qualified(money(figure.value, currency: currency), figure.qualifier)
  }

  /// The prefix that names a currency: `$` for USD, `C$`, `€`, `£`, else the code and a space.
  public static func symbol(_ currency: String) -> String {
    switch currency {
    case "USD": "$"
    case "CAD": "C$"
    case "EUR": "€"
    case "GBP": "£"
    default: currency + " "
    }
  }

  /// Puts a qualifier's mark on already formatted text.
  public static func qualified(_ text: String, _ qualifier: Qualifier) -> String {
    switch qualifier {
    case .exact: text
    case .about: "~" + text
    case .atLeast: text + "+"
    case .upTo: "≤ " + text
    }
  }

  /// A share or ratio as a percentage with no decimals unless it is small: `60%`, `0.4%`.
  public static func percent(_ ratio: Double) -> String {
    let value = ratio * 100
    if value != 0 && abs(value) < 1 { return decimal(value, places: 1) + "%" }
    return "\(Int(value.rounded()))%"
  }

  /// Months with one decimal: `16.1 months`.
  public static func months(_ value: Double) -> String {
    decimal(value, places: 1) + (value == 1 ? " month" : " months")
  }

  /// A decimal with at most `places` digits after the point, trailing zeros dropped.
  public static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return "\(value)" }
    let whole = Int(scaled) / Int(scale)
    var fraction = Int(scaled) % Int(scale)
    var digits = places
    while digits > 0 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    return Self.digits(UInt(whole), negative: value < 0 && scaled != 0, fraction: fraction, places: digits)
  }
}
