import Testing

@testable import ForceModel

/// A key is found in its list from its bytes, with no string made: the same answer as comparing
/// strings, and by the fast path (the bits a short ASCII string holds) where it applies.
@Suite struct TextLookupTests {
  @Test func aTextIsFoundFromItsBytesAsFromItsString() {
    let list = ScenarioDecoder.flowKeys + ["a", "", "fifteen-bytes-x", "sixteen-bytes-xx", "émigré", "日本"]
    let probes = list + ["stag", "stages", "to-date", "sixteen-bytes-xy", "é", "nope", "AMOUNT"]
    for probe in probes {
      let found = Array(probe.utf8).withUnsafeBufferPointer { TextLookup.index(ofUTF8: $0, in: list) }
      #expect(found == list.firstIndex(of: probe), "\(probe)")
    }
  }

  @Test func aShortASCIITextsBitsAreTheBitsItsStringHolds() {
    // Were they not, every lookup would fall back to comparing bytes: right, but slower.
    for text in ScenarioDecoder.flowKeys + ScenarioDecoder.lineKeys + ["", "a", "fifteen-bytes-x"] {
      let bits = Array(text.utf8).withUnsafeBufferPointer(TextLookup.smallBits)
      let held = unsafeBitCast(text, to: (UInt64, UInt64).self)
      #expect(bits?.0 == held.0 && bits?.1 == held.1, "\(text)")
    }
    #expect(Array("sixteen-bytes-xx".utf8).withUnsafeBufferPointer(TextLookup.smallBits) == nil)
    #expect(Array("é".utf8).withUnsafeBufferPointer(TextLookup.smallBits) == nil)
  }
}
