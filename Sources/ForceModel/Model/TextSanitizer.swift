/// Makes text safe to print: no control character, escape sequence or bidi override that came
/// from data (a file, a file name, a theme, a journal) may ever reach a terminal or a report.
///
/// One rule for the screen, standard error, standard output and every report format: C0 and C1
/// controls (ESC among them) and DEL become `�`, and so do the bidi embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), which would make what follows them read in another
/// order than it is stored (a "Trojan Source" name in a report).
public enum TextSanitizer {
  /// One line of text: the above, and tabs and newlines become spaces; cut to `limit`
  /// characters (grapheme clusters, so an emoji sequence or a flag is never split) with `…`.
  public static func clean(_ text: String, limit: Int = .max) -> String {
    var out = isClean(text) ? text : replacing(text, keepLines: false)
    if limit != .max, out.count > limit {
      out = String(out.prefix(max(0, limit - 1))) + "…"
    }
    return out
  }

  /// Text of many lines (a report, a message for standard error): the above, but newlines and
  /// tabs stay. Text with nothing to replace is returned as it is, after one pass over its bytes.
  public static func cleanLines(_ text: String) -> String {
    needsWork(text.utf8, keepLines: true) ? replacing(text, keepLines: true) : text
  }

  /// True when the text holds nothing that `clean` would change.
  public static func isClean(_ text: String) -> Bool { !needsWork(text.utf8, keepLines: false) }

  /// True for a scalar that must never be printed as it is.
  @inline(__always)
  public static func isUnsafe(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }

  /// A scan of the UTF-8 bytes for anything unsafe: controls are single bytes, C1 controls are
  /// C2 80–9F, the bidi controls E2 80 AA–AE and E2 81 A6–A9.
  private static func needsWork(_ utf8: String.UTF8View, keepLines: Bool) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ needsWork(bytes: $0, keepLines: keepLines) }) {
      return found
    }
    return needsWork(bytes: utf8, keepLines: keepLines)
  }

  /// The scan over contiguous bytes: eight at a time while they are printable ASCII (a report
  /// of 150 MB is almost all of that), a byte at a time through any word that is not.
  private static func needsWork(bytes: UnsafeBufferPointer<UInt8>, keepLines: Bool) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let n = bytes.count
    var scanner = Scanner(keepLines: keepLines)
    var i = 0
    while i < n {
      if i + 8 <= n {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // No byte below 0x20 and none above 0x7E: nothing to do, and no sequence goes on.
        if (word &- ones &* 0x20) & ~word & high == 0 && ((word &+ ones) | word) & high == 0 {
          scanner = Scanner(keepLines: keepLines)
          i += 8
          continue
        }
      }
      let stop = min(n, i + 8)
      while i < stop {
        if scanner.isUnsafe(base[i]) { return true }
        i += 1
      }
    }
    return false
  }

  private static func needsWork<Bytes: Sequence<UInt8>>(bytes utf8: Bytes, keepLines: Bool) -> Bool {
    var scanner = Scanner(keepLines: keepLines)
    for byte in utf8 where scanner.isUnsafe(byte) { return true }
    return false
  }

  /// The byte-at-a-time test, with the two bytes before it: controls are single bytes, C1
  /// controls are C2 80–9F, the bidi controls E2 80 AA–AE and E2 81 A6–A9.
  private struct Scanner {
    let keepLines: Bool
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0

    init(keepLines: Bool) { self.keepLines = keepLines }

    mutating func isUnsafe(_ byte: UInt8) -> Bool {
      defer {
        beforePrevious = previous
        previous = byte
      }
      if byte < 0x20 { return !(keepLines && (byte == 0x0A || byte == 0x09)) }
      if byte == 0x7F { return true }
      if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
      if beforePrevious == 0xE2, previous == 0x80, (0xAA...0xAE).contains(byte) { return true }
      if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
      return false
    }
  }

  private static func replacing(_ text: String, keepLines: Bool) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x0A || value == 0x09 {
        out.append(keepLines ? scalar : " ")
      } else if value == 0x0D {
        out.append(" ")
      } else if isUnsafe(value) {
        out.append("\u{FFFD}")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}
