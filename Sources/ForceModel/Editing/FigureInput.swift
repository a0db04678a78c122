/// Reads what a planner types for a figure: forgiving in form, strict in meaning.
///
/// `1200`, `1,200`, `1.2k`, `~900`, `700+`, `≤ 800` for head counts; `$625M`, `625m`, `1.5bn`,
/// `112,500,000` for amounts. A negative head count, a fraction of an officer, an overflow or
/// anything else is refused with a reason, and nothing changes.
public enum FigureInput {
  /// Why a typed figure cannot be read.
  public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case notANumber(String)
    case negative
    case fractionalOfficers(Double)
    case tooLarge

    public var description: String {
      switch self {
      case .empty: "type a number, such as 1200, 1.2k or $625M"
      case .notANumber(let text):
        "'\(TextSanitizer.clean(text, limit: 30))' is not a number; try 1200, 1,200, 1.2k or $625M"
      case .negative: "a value here is 0 or more"
      case .fractionalOfficers(let value): "\(value) is not a whole number of officers"
      case .tooLarge: "that number is too large"
      }
    }
  }

  /// A head count with its qualifier.
  public static func headCount(_ text: String) throws(Problem) -> (value: Int, qualifier: Qualifier) {
    let (number, qualifier) = try parse(text)
    guard number.rounded() == number else { throw .fractionalOfficers(number) }
    guard number <= Double(ScenarioDecoder.maximumHeadCount) else { throw .tooLarge }
    return (Int(number), qualifier)
  }

  /// An amount of money (any currency) with its qualifier.
  public static func amount(_ text: String) throws(Problem) -> (value: Double, qualifier: Qualifier) {
    let (number, qualifier) = try parse(text)
    guard number <= ScenarioDecoder.maximumAmount else { throw .tooLarge }
    return (number, qualifier)
  }

  static func parse(_ raw: String) throws(Problem) -> (Double, Qualifier) {
    var text = raw.lowercased().filter { $0 != " " && $0 != "_" }
    guard !text.isEmpty else { throw .empty }
    var qualifier = Qualifier.exact
    if text.hasPrefix("~") {
      qualifier = .about
      text.removeFirst()
    } else if text.hasPrefix("≤") || text.hasPrefix("<=") {
      qualifier = .upTo
      text.removeFirst(text.hasPrefix("≤") ? 1 : 2)
    } else if text.hasSuffix("+") {
      qualifier = .atLeast
      text.removeLast()
    }
    if text.hasPrefix("-") { throw .negative }
    for symbol in ["us$", "c$", "$", "€", "£"] where text.hasPrefix(symbol) {
      text.removeFirst(symbol.count)
      break
    }
    var scale = 1.0
    for (suffix, factor) in [("bn", 1e9), ("b", 1e9), ("m", 1e6), ("k", 1e3)] where text.hasSuffix(suffix) {
      scale = factor
      text.removeLast(suffix.count)
      break
    }
    // Thousands separators are fine, but only in groups of three.
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    if groups.count > 1 {
      let valid = groups.dropFirst().enumerated().allSatisfy { index, group in
        index == groups.count - 2 ? group.prefix { $0 != "." }.count == 3 : group.count == 3
      }
      guard valid, !(groups.first?.isEmpty ?? true) else { throw .notANumber(raw) }
      text = groups.joined()
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      text.filter({ $0 == "." }).count <= 1, let number = Double(text)
    else { throw .notANumber(raw) }
    let value = number * scale
    guard value.isFinite else { throw .tooLarge }
    return ((value * 1e6).rounded() / 1e6, qualifier)
  }
}
