import Testing

@testable import ForceModel

/// The sanitiser's scan, eight bytes at a time through printable ASCII, finds every unsafe
/// character a scalar-by-scalar test finds, wherever it falls in a word.
@Suite struct SanitizerScanTests {
  @Test func theWordScanAgreesWithAScalarTest() {
    var random = SplitMix64(seed: 11)
    let pieces = [
      "plain ascii words ", "\n", "\t", "\r", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "é", "\u{202E}", "\u{202A}",
      "\u{2066}", "\u{2069}", "\u{2065}", "\u{2030}", "€", "👩‍👩‍👧", "\u{1B}[31m", "\u{0}",
    ]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<10, using: &random) {
        let piece = Int.random(in: 0..<100, using: &random) < 70 ? 0 : Int.random(in: 1..<pieces.count, using: &random)
        text += pieces[piece]
      }
      let clean = text.unicodeScalars.allSatisfy { !TextSanitizer.isUnsafe($0.value) }
      let cleanLines = text.unicodeScalars.allSatisfy {
        $0 == "\n" || $0 == "\t" || !TextSanitizer.isUnsafe($0.value)
      }
      #expect(TextSanitizer.isClean(text) == clean, "\(text.debugDescription)")
      #expect((TextSanitizer.cleanLines(text) == text) == cleanLines, "\(text.debugDescription)")
    }
  }
}
