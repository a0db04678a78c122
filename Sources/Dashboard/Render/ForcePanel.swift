import ForceModel

/// Panel 1: the strengths the force is measured against, what was deployed, the shortfalls,
/// and deployed strength over time.
public struct ForcePanel: Sendable {
  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .force
    PanelFrame.draw(.force, title: PanelID.force.title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 0 else { return }
    let targets = PanelTargets.force(scenario: state.scenario, results: state.results)
    let count = targets.count
    let timeline = state.scenario.deploymentTimeline()
    let spare = inner.height - count
    // Room to spare (a tall screen): a chart; a little: a sparkline; none: neither.
    let chartRows = timeline.count >= 2 && spare >= 8 ? min(14, spare - 1) : 0
    let sparkRows = chartRows == 0 && timeline.count >= 2 && spare >= 2 ? 2 : 0
    let reserved = chartRows > 0 ? chartRows + 1 : sparkRows
    let rows = inner.height - reserved
    TableDrawer.draw(
      ForceRows.table(state, targets: targets, width: inner.width, rows: rows),
      in: Rect(x: inner.x, y: inner.y, width: inner.width, height: rows), frame: rect, focused: focused, into: &grid)

    if chartRows > 0 {
      let top = inner.maxY - chartRows
      grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: top - 1, style: Style(.border))
      Self.drawChart(timeline, in: Rect(x: inner.x, y: top, width: inner.width, height: chartRows), into: &grid)
    } else if sparkRows > 0 {
      let y = inner.maxY - 1
      let label = "Over time "
      let values = timeline.map(\.deployed)
      let range = " \(timeline.first?.asOf.description ?? "")→\(timeline.last?.asOf.description ?? "")"
      let width = max(1, inner.width - TextWidth.of(label) - TextWidth.of(range))
      grid.put(label, x: inner.x, y: y, style: Style(.dim))
      let spark = Glyphs.sparkline(Glyphs.fit(values, width: width))
      let used = grid.put(spark, x: inner.x + TextWidth.of(label), y: y, style: Style(.bar))
      grid.put(
        range, x: inner.x + TextWidth.of(label) + used, y: y, style: Style(.dim),
        limit: inner.maxX - (inner.x + TextWidth.of(label) + used))
      grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: y - 1, style: Style(.border))
    }
  }

  /// Deployed strength over time as vertical bars, one per dated change, with the largest value
  /// on the axis and the first and last dates below.
  static func drawChart(_ timeline: [TimelinePoint], in rect: Rect, into grid: inout Grid) {
    guard rect.height >= 4, rect.width >= 12 else { return }
    let top = max(1, timeline.map(\.deployed).max() ?? 1)
    let axisWidth = TextWidth.of(Format.count(top)) + 1
    grid.put(
      "Deployed over time (sum of the countries' latest figures)", x: rect.x, y: rect.y, style: Style(.dim),
      limit: rect.width)
    let plot = Rect(x: rect.x + axisWidth, y: rect.y + 1, width: rect.width - axisWidth, height: rect.height - 2)
    let points = Glyphs.fit(timeline.map(\.deployed), width: plot.width)
    let barWidth = max(1, min(4, plot.width / max(1, points.count)))
    grid.put(Format.count(top), x: rect.x, y: plot.y, style: Style(.dim), limit: axisWidth - 1)
    grid.put("0", x: rect.x + axisWidth - 2, y: plot.maxY - 1, style: Style(.dim))
    let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    for (index, value) in points.enumerated() {
      let x = plot.x + index * barWidth
      guard x + barWidth <= plot.maxX else { break }
      let total = Int((Double(value) / Double(top) * Double(plot.height * 8)).rounded())
      for row in 0..<plot.height {
        let filled = min(8, max(0, total - row * 8))
        guard filled > 0 else { break }
        let cell = String(repeating: String(eighths[filled]), count: max(1, barWidth - (barWidth > 1 ? 1 : 0)))
        grid.put(cell, x: x, y: plot.maxY - 1 - row, style: Style(.bar))
      }
    }
    let first = timeline.first?.asOf.description ?? ""
    let last = "\(timeline.last?.asOf.description ?? "") \(Format.count(timeline.last?.deployed ?? 0))"
    grid.put(first, x: plot.x, y: rect.maxY - 1, style: Style(.dim), limit: plot.width)
    let lastX = max(
      plot.x + TextWidth.of(first) + 1, min(plot.maxX, plot.x + points.count * barWidth) - TextWidth.of(last))
    grid.put(last, x: lastX, y: rect.maxY - 1, style: Style(.dim), limit: rect.maxX - lastX)
  }
}
