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
}
