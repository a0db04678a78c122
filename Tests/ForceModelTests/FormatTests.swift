import Testing

@testable import ForceModel

@Suite struct FormatTests {
  @Test func headCountsCarryTheirQualifier() {
    #expect(Format.headCount(HeadCount(1_000)) == "1,000")
    #expect(Format.headCount(HeadCount(1_000, .about)) == "~1,000")
    #expect(Format.headCount(HeadCount(700, .atLeast)) == "700+")
    #expect(Format.headCount(HeadCount(2_500, .upTo)) == "≤ 2,500")
  }

  @Test func moneyIsCompactAndNamesItsCurrency() {
    #expect(Format.amount(Amount(625_000_000, .upTo), currency: "USD") == "≤ $625M")
    #expect(Format.money(947_500_000) == "$947.5M")
    #expect(Format.money(1_200_000_000) == "$1.2B")
    #expect(Format.money(240_000) == "$240,000")
    #expect(Format.money(80_500_000, currency: "CAD") == "C$80.5M")
    #expect(Format.money(10_000_000, currency: "EUR") == "€10M")
    #expect(Format.money(5_000_000, currency: "GBP") == "£5M")
    #expect(Format.money(1_000, currency: "KES") == "KES 1,000")
    #expect(Format.money(-82_500_000) == "-$82.5M")
    #expect(Format.amount(Amount(835_000_000, .atLeast), currency: "USD") == "$835M+")
  }

  @Test func countsAndPercentages() {
    #expect(Format.count(0) == "0")
    #expect(Format.count(999) == "999")
    #expect(Format.count(1_234_567) == "1,234,567")
    #expect(Format.count(-4_000) == "-4,000")
    #expect(Format.percent(0.6) == "60%")
    #expect(Format.percent(0.002) == "0.2%")
    #expect(Format.percent(0) == "0%")
    #expect(Format.months(16.125) == "16.1 months")
    #expect(Format.decimal(0.741620, places: 6) == "0.74162")
  }

  @Test func datesKeepTheirPrecision() {
    #expect(AsOf("2025")?.description == "2025")
    #expect(AsOf("2025-03")?.description == "2025-03")
    #expect(AsOf("2024-02-29")?.description == "2024-02-29")
    #expect(AsOf("2025-02-29") == nil)
    #expect(AsOf("2025-13") == nil)
    #expect(AsOf("25-03") == nil)
    #expect(AsOf("March 2025") == nil)
    #expect(AsOf("2025-03")! < AsOf("2025-03-01")!)
  }

  @Test func sanitisingRemovesEveryControlCharacter() {
    #expect(TextSanitizer.clean("a\u{1B}[31mred") == "a\u{FFFD}[31mred")
    #expect(TextSanitizer.clean("line\nbreak\ttab") == "line break tab")
    #expect(TextSanitizer.clean("c1\u{9B}31m") == "c1\u{FFFD}31m")
    #expect(TextSanitizer.clean("abcdef", limit: 4) == "abc…")
    #expect(TextSanitizer.isClean("Kenya 🇰🇪"))
    #expect(!TextSanitizer.isClean("bell\u{07}"))
  }
}
