/// Makes text from a file safe to print: no control character or escape sequence that came
/// from data may ever reach a terminal.
public enum TextSanitizer {
  /// Replaces C0 and C1 control characters (ESC among them) and DEL with `�`, tabs and newlines
  /// with a space, and cuts the result to `limit` characters with `…`.
  public static func clean(_ text: String, limit: Int = .max) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= limit {
        out.removeLast()
        out.append("…")
        return out
      }
      let value = scalar.value
      if value == 0x09 || value == 0x0A || value == 0x0D {
        out.unicodeScalars.append(" ")
      } else if value < 0x20 || (0x7F...0x9F).contains(value) {
        out.unicodeScalars.append("\u{FFFD}")
      } else {
        out.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return out
  }

  /// True when the text holds nothing that `clean` would change.
  public static func isClean(_ text: String) -> Bool {
    !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }
}
