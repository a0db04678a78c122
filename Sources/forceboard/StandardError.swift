import ForceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes messages to standard error, unbuffered, so they never mix into piped output.
///
/// Every message passes `TextSanitizer.cleanLines`: a file name, a theme value or a diagnostic
/// holding ESC, another control or a bidi override is printed with `�` in its place, so no
/// data can move the cursor, retitle the window or reorder a line of the user's terminal.
enum StandardError {
  static func write(_ text: String) { writeAll(TextSanitizer.cleanLines(text), to: 2) }

  /// Our own terminal codes (wiping the "reading…" notice), which carry no data.
  static func writeControl(_ code: String) { writeAll(code, to: 2) }
}

/// Writes output to standard output in one go (fast for a 100,000-line report), sanitised
/// like standard error.
enum StandardOutput {
  static func write(_ text: String) { writeAll(TextSanitizer.cleanLines(text), to: 1) }

  /// A report a piece at a time, as it is written (sanitised as `ReportFormat.write` says).
  static func write(_ report: Report, as format: ReportFormat) {
    format.write(report) { writeAll($0, to: 1) }
  }

  /// A screen drawn with colour codes (`snapshot --color`): the codes are ours, and every
  /// character of data in it went through the grid's sanitiser already.
  static func writeTerminalCodes(_ text: String) { writeAll(text, to: 1) }
}

/// Writes all of the text to a file descriptor, however many calls it takes; stops quietly
/// when the other end is gone (a closed pipe), as there is nobody left to tell.
private func writeAll(_ text: String, to descriptor: Int32) {
  var text = text
  text.withUTF8 { writeAll($0, to: descriptor) }
}

/// Writes all of the bytes to a file descriptor, however many calls it takes; stops quietly
/// when the other end is gone.
private func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
  guard let base = buffer.baseAddress else { return }
  var offset = 0
  while offset < buffer.count {
    let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
    if written <= 0 { return }
    offset += written
  }
}
