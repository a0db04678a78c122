import Testing

@testable import ForceModel

/// A date written as bytes reads as the padded parts did: every year, month and day.
@Suite struct DateTextTests {
  @Test func aDateIsWrittenAsItsPaddedParts() {
    for year in [0, 7, 99, 999, 1970, 2025, 9999, 10_000, 123_456] {
      for month in [nil, 1, 9, 10, 12] as [Int?] {
        for day in [nil, 1, 9, 10, 31] as [Int?] {
          var date = AsOf(year: year)
          date.month = month
          date.day = day
          var expected = zeroPadded(year, width: 4)
          if let month { expected += "-" + zeroPadded(month, width: 2) }
          if let day { expected += "-" + zeroPadded(day, width: 2) }
          #expect(date.description == expected)
        }
      }
    }
  }
}
