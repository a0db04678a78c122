import ArgumentParser
import ForceModel

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

  /// Parses an option's value, or says what a duration looks like (`-5s` included: the option
  /// takes its next word whatever it starts with, so a negative value is named, not "missing").
  static func parse(_ text: String) throws -> DurationArgument {
    guard let duration = DurationArgument(argument: text) else {
      throw ValidationError(
        "'\(TextSanitizer.clean(text, limit: 20))' is not a duration: write a positive whole number with s, m, h or d (20s, 5m, 48h, 2d)"
      )
    }
    return duration
  }
}
