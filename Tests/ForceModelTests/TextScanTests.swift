import Testing

@testable import ForceModel

/// The one pass over a file's bytes before it is parsed finds the same first broken UTF-8 byte
/// and the same first NUL as a byte-at-a-time check, wherever in a word they fall.
@Suite struct TextScanTests {
  /// The check the scan replaced: one byte, or one character, at a time.
  static func reference(_ bytes: [UInt8]) -> (invalid: Int?, zero: Int?) {
    var zero: Int?
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0, zero == nil { zero = i }
        i += 1
        continue
      }
      let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
      guard length > 0, i + length <= bytes.count,
        let text = String(validating: bytes[i..<i + length], as: UTF8.self), text.unicodeScalars.count == 1
      else { return (i, zero) }
      i += length
    }
    return (nil, zero)
  }

  @Test func theScanAgreesWithAByteAtATimeCheck() {
    var random = SplitMix64(seed: 7)
    let pieces: [[UInt8]] = [
      Array("plain ascii text ".utf8), Array("é".utf8), Array("€".utf8), Array("👩".utf8), [0], [0xFF], [0xC3],
      [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], Array("\n".utf8),
    ]
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0..<12, using: &random) {
        let piece = Int.random(in: 0..<100, using: &random) < 80 ? 0 : Int.random(in: 1..<pieces.count, using: &random)
        bytes += pieces[piece].prefix(Int.random(in: 1...pieces[piece].count, using: &random))
      }
      let scan = ScenarioText.scanText(bytes)
      let expected = Self.reference(bytes)
      #expect(scan.invalid == expected.invalid && scan.zero == expected.zero, "\(bytes)")
    }
  }
}
