/// JSON text built as bytes in a buffer of its own: a report of half a million items is some
/// twenty million small appends, and each is a bounds check and a copy here, where an array's
/// append also checked that its storage was not shared (a fifth of writing the report was that)
/// and a `String`'s kept its count and flags up to date.
///
/// Not copyable: the buffer has one owner, which frees it.
struct JSONBytes: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var used = 0
  private var capacity: Int

  init(capacity: Int = 4096) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// How many bytes are waiting to be taken.
  var count: Int { used }

  /// Makes room for `more` bytes past those held, doubling the buffer when it is short.
  @inline(__always)
  private mutating func room(_ more: Int) {
    if used + more > capacity { grow(to: used + more) }
  }

  private mutating func grow(to needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: base, count: used)
    base.deallocate()
    base = moved
    capacity = larger
  }

  /// Appends bytes held elsewhere (a key written once for the whole report, a string's UTF-8).
  mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
    guard let start = more.baseAddress, !more.isEmpty else { return }
    room(more.count)
    (base + used).initialize(from: start, count: more.count)
    used += more.count
  }

  /// Appends one byte.
  @inline(__always)
  mutating func append(byte: UInt8) {
    room(1)
    base[used] = byte
    used += 1
  }

  /// Appends `text`'s UTF-8, read in place: a copy of the string to read it would be a retain of
  /// text two threads may share.
  mutating func append(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
      for byte in text.utf8 { append(byte: byte) }
    }
  }

  /// `count` spaces.
  mutating func pad(_ count: Int) {
    guard count > 0 else { return }
    room(count)
    (base + used).initialize(repeating: 0x20, count: count)
    used += count
  }

  /// `text` double-quoted with JSON escapes, as `DocumentWriter.quote` writes it — controls, C1
  /// controls and bidi overrides as `\uXXXX`, so no text written can act on a terminal; text
  /// with nothing to escape (nearly every text, `£47.41M` included) is copied as it is.
  mutating func quoted(_ text: String) {
    let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      if DocumentWriter.needsEscape(utf8) { return false }
      room(utf8.count + 2)
      append(byte: 0x22)
      append(utf8)
      append(byte: 0x22)
      return true
    }
    if plain != true {
      var escaped = ""
      DocumentWriter.quote(text, into: &escaped)
      append(escaped)
    }
  }

  /// Hands the bytes so far to `write` (for the call only), leaving the buffer empty with its
  /// room kept for the next piece; nothing is handed on when there is nothing.
  mutating func hand(to write: (UnsafeBufferPointer<UInt8>) -> Void) {
    guard used > 0 else { return }
    write(UnsafeBufferPointer(start: base, count: used))
    used = 0
  }
}
