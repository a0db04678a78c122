/// Finds a text in a short list of texts, comparing bits before comparing text.
///
/// Two short ASCII strings (a key, a currency code) of the same text hold the same bits, so a
/// list is searched first by comparing two integers an entry; only when that finds nothing are
/// the texts compared as text (another form of the same text, a long one). Comparing unequal
/// strings as text was a tenth of reading a large file: each flow's keys were looked up in lists
/// of a dozen names.
enum TextLookup {
  /// The index of `text` in `list`, or nil.
  @inline(__always)
  static func index(of text: String, in list: [String]) -> Int? {
    let bits = unsafeBitCast(text, to: (UInt64, UInt64).self)
    for index in list.indices where unsafeBitCast(list[index], to: (UInt64, UInt64).self) == bits { return index }
    return list.firstIndex(of: text)
  }

  /// The index of the text whose UTF-8 is `bytes` in `list`, or nil, with no string made: a
  /// short ASCII text is turned into the bits a Swift string of it holds and compared as such,
  /// and anything else (or a list entry held another way) is compared byte for byte.
  @inline(__always)
  static func index(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, in list: [String]) -> Int? {
    if let bits = smallBits(bytes) {
      for index in list.indices where unsafeBitCast(list[index], to: (UInt64, UInt64).self) == bits { return index }
    }
    return list.firstIndex { $0.utf8.elementsEqual(bytes) }
  }

  /// The bits of a Swift string holding `bytes` in its own two words — ASCII of at most 15
  /// bytes, read lowest first, with a count of them in the top byte (`_StringObject`'s small
  /// form, 64-bit) — or nil for a text held otherwise. Only a fast path depends on this: a
  /// mismatch falls back to comparing bytes.
  @inline(__always)
  static func smallBits(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
    guard bytes.count <= 15 else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    var ascii: UInt8 = 0
    for (offset, byte) in bytes.enumerated() {
      ascii |= byte
      if offset < 8 {
        low |= UInt64(byte) << (offset &* 8)
      } else {
        high |= UInt64(byte) << ((offset &- 8) &* 8)
      }
    }
    guard ascii < 0x80 else { return nil }
    return (low, high | (0xE0 | UInt64(bytes.count)) << 56)
  }
}
