import ArgumentParser

/// A length of time on the command line: `20s`, `5m`, `48h`, `2d`, or plain seconds.
struct DurationArgument: ExpressibleByArgument, Sendable {
  var seconds: Int

  init?(argument: String) {
    let text = argument.trimmingSpaces().lowercased()
    let units: [(String, Int)] = [("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]
    var factor = 1
    var digits = Substring(text)
    for (suffix, scale) in units where text.hasSuffix(suffix) {
      factor = scale
      digits = digits.dropLast(suffix.count)
      break
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits), value > 0,
      value <= Int(Int32.max) / factor
    else { return nil }
    seconds = value * factor
  }

  static var defaultCompletionKind: CompletionKind { .default }
}
