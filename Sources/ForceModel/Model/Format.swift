/// Number formatting shared by the report, the diff and the screen, so that a figure reads the
/// same everywhere: `1,000`, `~1,000`, `700+`, `≤ $625M`.
public enum Format {
  /// A whole number with thousands separators: `1,000`, `-4,000`.
  public static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    out.reserveCapacity(digits.count + digits.count / 3 + 1)
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return value < 0 ? "-" + out : out
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
    var text = count(whole)
    if digits > 0 {
      let fractionText = String(fraction)
      text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    }
    return (value < 0 && scaled != 0 ? "-" : "") + text
  }
}
