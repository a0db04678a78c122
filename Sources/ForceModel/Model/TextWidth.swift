/// How many terminal cells a character takes, by the rules terminals follow: wide East Asian
/// characters and emoji take two, combining marks and zero-width joiners none.
public enum TextWidth {
  /// Cells taken by one grapheme cluster (a `Character`).
  public static func of(_ character: Character) -> Int {
    // Fast path: printable ASCII and Latin-1 letters, nearly every cell of a frame.
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    if let width = simpleWidth(first.value), scalars.next() == nil { return width }
    if isZeroWidth(first) { return 0 }
    if isWide(first) { return 2 }
    // A cluster with an emoji presentation selector or regional indicators is drawn as emoji.
    for scalar in character.unicodeScalars.dropFirst() where scalar.value == 0xFE0F || isRegionalIndicator(scalar) {
      return 2
    }
    return 1
  }

  /// The width of a scalar that needs no Unicode property lookup and never joins a grapheme
  /// cluster with its neighbours: printable ASCII and Latin, punctuation, currency signs, arrows,
  /// mathematical operators, box drawing, blocks and geometric shapes — the bars, borders and
  /// marks of every frame — and the few symbols the panels mark rows with (★ ☆ ⚠ ✓ ✔ ✕ ✖ ✗ ✘:
  /// text, not emoji, by default). Nil for any other scalar (those take the full rules).
  @inline(__always)
  public static func simpleWidth(_ value: UInt32) -> Int? {
    switch value {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x22FF,
      0x2500...0x25FC, 0x2605...0x2606, 0x26A0, 0x2713...0x2718:
      return 1
    default:
      return nil
    }
  }

  /// A text whose every scalar has a simple width of one cell: as many cells as scalars, each
  /// its own character.
  public struct Simple: Equatable, Sendable {
    /// Its scalars, which are its cells.
    public let cells: Int
    /// True when every scalar is printable ASCII (one byte each).
    public let ascii: Bool
  }

  /// Reads a text's UTF-8 bytes once: nil when some scalar needs the full rules, otherwise how
  /// many cells it takes and whether it is all printable ASCII. One pass instead of an ASCII
  /// scan, a scalar scan and a scalar count, each through the string's index checks (together a
  /// fifth of the rendering of a resized frame).
  public static func simple(_ text: String) -> Simple? {
    let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Simple? in
      var index = 0
      var cells = 0
      var ascii = true
      let count = bytes.count
      while index < count {
        let lead = bytes[index]
        if lead >= 0x20 && lead < 0x7F {
          index += 1
          cells += 1
          continue
        }
        // A Swift string is valid UTF-8: a lead byte is followed by all its continuation bytes.
        let value: UInt32
        switch lead {
        case 0xC0..<0xE0:
          value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        case 0xE0..<0xF0:
          value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
          index += 3
        default:
          // Controls, DEL and four-byte scalars (emoji, rare ideographs) take the full rules.
          return nil
        }
        guard simpleWidth(value) != nil else { return nil }
        ascii = false
        cells += 1
      }
      return Simple(cells: cells, ascii: ascii)
    }
    if let scanned { return scanned }
    // A string without contiguous UTF-8 (bridged): scalar by scalar.
    var cells = 0
    var ascii = true
    for scalar in text.unicodeScalars {
      guard simpleWidth(scalar.value) != nil else { return nil }
      if !scalar.isASCII { ascii = false }
      cells += 1
    }
    return Simple(cells: cells, ascii: ascii)
  }

  /// Cells taken by a whole string.
  public static func of(_ text: String) -> Int {
    if let simple = simple(text) { return simple.cells }
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool { (0x1F1E6...0x1F1FF).contains(scalar.value) }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 || value == 0xFEFF { return true }
    if (0xFE00...0xFE0F).contains(value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x1100 { return false }
    if scalar.properties.isEmojiPresentation { return true }
    if isRegionalIndicator(scalar) { return true }
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The text cut to at most `width` cells, ending with `…` when cut; never splits a character.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if let simple = simple(text) {
      if simple.cells <= width { return text }
      // Each scalar is one cell and its own character: the bytes of the first width - 1 of
      // them (a scalar starts at every byte that is not a continuation byte).
      let cut = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
        var scalars = 0
        var end = 0
        while end < bytes.count {
          if bytes[end] & 0xC0 != 0x80 {
            if scalars == width - 1 { break }
            scalars += 1
          }
          end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
      }
      return (cut ?? String(String.UnicodeScalarView(text.unicodeScalars.prefix(width - 1)))) + "…"
    }
    if of(text) <= width { return text }
    var out = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > width - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// The text padded with spaces (or cut) to exactly `width` cells.
  public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let cut = truncate(text, to: width)
    let gap = max(0, width - of(cut))
    let pad = String(repeating: " ", count: gap)
    return alignRight ? pad + cut : cut + pad
  }
}
