#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes messages to standard error, unbuffered, so they never mix into piped output.
enum StandardError {
  static func write(_ text: String) { writeAll(text, to: 2) }
}

/// Writes output to standard output in one go (fast for a 100,000-line report).
enum StandardOutput {
  static func write(_ text: String) { writeAll(text, to: 1) }
}

/// Writes all of the text to a file descriptor, however many calls it takes; stops quietly
/// when the other end is gone (a closed pipe), as there is nobody left to tell.
private func writeAll(_ text: String, to descriptor: Int32) {
  var text = text
  text.withUTF8 { buffer in
    guard let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
      if written <= 0 { return }
      offset += written
    }
  }
}
