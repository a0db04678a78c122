import Testing

@testable import Dashboard

/// The layout's small solver: fixed parts first, in order, then what is left shared.
@Suite struct ConstraintTests {
  private let area = Rect(x: 2, y: 1, width: 20, height: 10)

  @Test func fixedPartsComeFirstAndFillTakesTheRest() {
    let rows = area.split(.vertical, [.length(1), .fill, .length(3)])
    #expect(
      rows == [
        Rect(x: 2, y: 1, width: 20, height: 1), Rect(x: 2, y: 2, width: 20, height: 6),
        Rect(x: 2, y: 8, width: 20, height: 3),
      ])
  }

  @Test func ratiosRoundDownAndFillsShareWhatIsLeftTheLastTakingTheOddCell() {
    let columns = area.split(.horizontal, [.ratio(9, 20), .fill, .fill])
    #expect(columns.map(\.width) == [9, 5, 6])
    #expect(columns.map(\.x) == [2, 11, 16])
  }

  @Test func partsThatDoNotFitAreClampedInOrderAndNothingIsNegative() {
    let rows = area.split(.vertical, [.length(7), .length(7), .fill, .length(-2)])
    #expect(rows.map(\.height) == [7, 3, 0, 0])
    #expect(rows.last?.y == 11)
  }

  @Test func theDashboardsPanelsTileTheBodyAtEverySize() {
    for (width, height) in [(60, 16), (80, 24), (109, 30), (120, 40), (200, 60)] {
      for focus in PanelID.allCases {
        for kiosk in [false, true] {
          let layout = DashboardLayout(
            width: width, height: height, focus: focus, banner: true, alerts: 2, kiosk: kiosk,
            needs: .init(force: 9, contributions: 12, fundingLines: 40))
          let cells = layout.panels.values.reduce(0) { $0 + max(0, $1.width) * max(0, $1.height) }
          let chrome = [
            layout.header, layout.status, layout.bannerTop, layout.bannerBottom, layout.alerts, layout.headline,
            layout.meters,
          ]
          .compactMap { $0 }.reduce(0) { $0 + $1.width * $1.height }
          #expect(cells + chrome == width * height, "\(width)×\(height) \(focus) kiosk \(kiosk)")
        }
      }
    }
  }
}
