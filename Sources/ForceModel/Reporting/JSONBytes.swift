/// JSON text built as bytes: appending to a byte array is a copy of the bytes, where appending
/// to a `String` also kept its count and flags up to date — most of writing a report of half a
/// million items was that.
struct JSONBytes {
  private var bytes: [UInt8] = []

  /// How many bytes are waiting to be taken.
  var count: Int { bytes.count }

  mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

  /// Appends `text`'s UTF-8, read in place: a copy of the string to read it would be a retain of
  /// text two threads may share.
  mutating func append(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  mutating func append(_ more: [UInt8]) { bytes.append(contentsOf: more) }

  /// Appends bytes held outside any array (a key written once for the whole report).
  mutating func append(_ more: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: more) }

  /// `count` spaces.
  mutating func pad(_ count: Int) {
    for _ in 0..<count { bytes.append(0x20) }
  }

  /// `text` double-quoted with JSON escapes, as `DocumentWriter.quote` writes it: printable
  /// ASCII without a quote or a backslash (nearly every text) is copied as it is.
  mutating func quoted(_ text: String) {
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      for byte in utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C { return false }
      bytes.append(0x22)
      bytes.append(contentsOf: utf8)
      bytes.append(0x22)
      return true
    }
    if plain != true {
      var escaped = ""
      DocumentWriter.quote(text, into: &escaped)
      append(escaped)
    }
  }

  /// The text so far, leaving the buffer empty (its room kept for the next piece).
  mutating func take() -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    bytes.removeAll(keepingCapacity: true)
    return text
  }
}
