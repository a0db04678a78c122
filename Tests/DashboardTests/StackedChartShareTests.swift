import ForceModel
import Testing

@testable import Dashboard

/// The stacked strength chart never exaggerates: each band's share of the chart's area is its
/// share of the person-days over the history, at every height, and a band's colour is the same
/// whatever the height.
@Suite struct StackedChartShareTests {
  static let gsf = GSFScenario.scenario

  /// Each band's share of the person-days from the history's first step to the data's date,
  /// worked out here from the steps, independently of the chart.
  static func personDayShares(_ timeline: MissionTimeline, _ bands: ChartBands) -> [Double] {
    var days = [Double](repeating: 0, count: bands.names.count)
    // To the data's date: past it the chart draws the projected total, not the countries.
    let horizon = timeline.horizon ?? .distantFuture
    for (index, step) in timeline.steps.enumerated() where step.day <= horizon {
      let next = index + 1 < timeline.steps.count ? timeline.steps[index + 1].day : (timeline.last ?? step.day)
      let end = min(next, horizon)
      for (country, count) in step.counts.enumerated() {
        days[bands.bandOf[country]] += Double(count) * Double(end.number - step.day.number)
      }
    }
    let total = days.reduce(0, +)
    return days.map { $0 / total }
  }

  /// Each chart role's share of the filled area below the legend: a full cell counts one, the
  /// total's top cell its eighths.
  static func areaShares(_ grid: Grid, bands: Int) -> [Double] {
    let text = grid.text.components(separatedBy: "\n")
    let legend = text.firstIndex { $0.contains("by country") } ?? 0
    var area = [Double](repeating: 0, count: bands)
    for y in (legend + 1)..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        guard let band = (0..<bands).first(where: { ThemeRole.chart($0) == cell.style.role }) else { continue }
        if let eighth = Glyphs.spark.firstIndex(of: cell.character), cell.character != "█" {
          area[band] += Double(eighth + 1) / 8
        } else if TimelineChart.shades.contains(cell.character) {
          area[band] += 1
        }
      }
    }
    let total = area.reduce(0, +)
    return area.map { $0 / max(1, total) }
  }

  @Test(arguments: [(120, 20), (160, 40), (200, 60)])
  func eachBandsAreaIsItsShareOfThePersonDays(_ width: Int, _ height: Int) throws {
    let state = AppState(scenario: Self.gsf, sourceName: "gsf", width: width, height: height)
    let timeline = state.timeline
    let bands = ChartBands(timeline)
    let expected = Self.personDayShares(timeline, bands)
    var grid = Grid(width: width, height: height)
    TimelineChart.render(state, in: Rect(x: 0, y: 0, width: width, height: height), into: &grid)
    let drawn = Self.areaShares(grid, bands: bands.names.count)
    #expect(bands.names.count <= 6)
    for (band, name) in bands.names.enumerated() {
      #expect(
        abs(drawn[band] - expected[band]) <= 0.03,
        "\(name) at \(width)×\(height): drawn \(drawn[band]), person-days \(expected[band])")
    }
    // Kenya, most of the MSS's person-days, is most of the chart.
    let kenya = try #require(bands.names.firstIndex(of: "Kenya"))
    #expect(drawn[kenya] == drawn.max())
  }

  /// `cells` shared by `counts` in proportion, as a column of the chart shares its cells.
  static func share(_ cells: Int, by counts: [Int]) -> [Int] {
    let total = counts.reduce(0, +)
    guard total > 0 else { return counts.map { _ in 0 } }
    var out: [Int] = []
    ChartBands.share(cells, quotas: counts.map { Double($0) * Double(cells) / Double(total) }, into: &out)
    return out
  }

  @Test func largestRemainderGivesEveryCellAndNoBandMoreThanItsQuotaRoundedUp() {
    let counts = [400, 21, 150, 78, 2]
    for cells in 0...40 {
      let shares = Self.share(cells, by: counts)
      #expect(shares.reduce(0, +) == cells)
      for (band, share) in shares.enumerated() {
        let quota = Double(counts[band]) * Double(cells) / Double(counts.reduce(0, +))
        #expect(Double(share) <= quota.rounded(.up) && Double(share) >= quota.rounded(.down))
      }
    }
    #expect(Self.share(5, by: [0, 0]) == [0, 0])
  }
}
