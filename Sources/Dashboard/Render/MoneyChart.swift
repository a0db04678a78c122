import ForceModel

/// The timeline's money view: cash received against the requirement, cash spent, and cash in
/// hand, each in its own strip on its own scale (btop's small graphs), sharing the time axis,
/// the mandate band and the cursor. One scale for all let a $1.8B requirement squash the rest
/// into one row; strips keep each readable, and each strip is named at its left, so mono and
/// NO_COLOR read them as well as colour does.
enum MoneyChart {
  /// One strip: its name, its colour, its value per sample, and a line drawn over it.
  struct Series {
    var name: String
    var role: ThemeRole
    var value: (MoneyTimeline.Sample) -> Double
    /// Cash figures are unknown (a gap, never zero) where the period's cash is unknown.
    var cash = true
    /// A level drawn over the strip as a dashed line (the requirement over cash received).
    var line: ((MoneyTimeline.Sample) -> Double)?
  }

  static func render(
    _ state: AppState, _ timeline: MissionTimeline, first: Day, last: Day, in rect: Rect, into grid: inout Grid
  ) {
    let money = state.moneyTimeline
    let dataEnd = TimelineChart.latestDay(state, last: last)
    let series = strips(money, dataEnd: dataEnd)
    // The left column: each strip's name and its scale's top on its first row.
    let scaleWidth = 7
    let labelWidth = (series.map { TextWidth.of($0.name) } + [0]).max().map { $0 + 1 + scaleWidth } ?? scaleWidth
    let plot = Rect(x: rect.x + labelWidth, y: rect.y + 1, width: rect.width - labelWidth, height: rect.height - 3)
    guard plot.width >= 10, plot.height >= 2 else { return }
    let axis = TimelineChart.TimeAxis(first: first, last: last, width: plot.width)
    let cursor = TimelineChart.cursorDay(state)
    let picked = samples(money.samples, axis: axis, dataEnd: dataEnd, columns: plot.width)
    // Past the data's date the strips are the projection: hatched, in the projected colour
    // (dim past the cursor).
    let projectedFrom = axis.column(dataEnd) + 1
    let dimFrom = cursor.map { axis.column($0) + 1 } ?? plot.width
    // As many strips as there are rows for, the first ones first; each at least a row.
    let shown = Array(series.prefix(plot.height))
    var y = plot.y
    for (index, item) in shown.enumerated() {
      let rows = plot.height / shown.count + (index < plot.height % shown.count ? 1 : 0)
      let area = Rect(x: plot.x, y: y, width: plot.width, height: rows)
      draw(
        item, picked, in: area, labelX: rect.x, labelWidth: labelWidth, projected: (projectedFrom, dimFrom),
        into: &grid)
      y += rows
    }
    if case .runsOut(let day) = state.results.funding.runwayCashOnly, day >= first, day <= last {
      let x = plot.x + axis.column(day)
      for y in plot.y..<plot.maxY where grid[x, y].isSpace {
        grid[x, y] = Cell("┊", style: Style(.shortfall, bold: true))
      }
    }
    TimelineChart.latestLine(dataEnd, cursor: cursor, axis: axis, plot: plot, into: &grid)
    TimelineChart.cursorLine(cursor, axis: axis, plot: plot, into: &grid)
    TimelineChart.band(timeline.periods, axis: axis, y: plot.maxY, x: plot.x, into: &grid)
    TimelineChart.dateAxis(axis, cursor: cursor, latest: dataEnd, y: plot.maxY + 1, x: plot.x, into: &grid)
    legend(state, money, series, day: cursor ?? dataEnd, in: rect, into: &grid)
  }

  /// The strips, most asked-for first: received against required, spent (when anything is
  /// reported), in hand, in kind (when there is any).
  static func strips(_ money: MoneyTimeline, dataEnd: Day) -> [Series] {
    let inKind = money.samples.contains { $0.day <= dataEnd && $0.inKindReceived > 0 }
    return [Series(name: "received", role: .ok, value: { $0.cashReceived }, line: { $0.required })]
      + (money.spendingReported ? [Series(name: "spent", role: .shortfall, value: { $0.cashSpent })] : [])
      + [Series(name: "in hand", role: .bar, value: { $0.inHand })]
      + (inKind ? [Series(name: "in kind", role: .dim, value: { $0.inKindReceived }, cash: false)] : [])
  }

  /// The sample each column shows (the latest on or before its day); past the data's date, the
  /// projection's.
  static func samples(_ samples: [MoneyTimeline.Sample], axis: TimelineChart.TimeAxis, dataEnd: Day, columns: Int)
    -> [MoneyTimeline.Sample?]
  {
    var index = 0
    return (0..<columns).map { column in
      let day = axis.day(atColumn: column, endingAt: dataEnd) ?? axis.day(atColumn: column)
      while index < samples.count && samples[index].day <= day { index += 1 }
      return index > 0 ? samples[index - 1] : nil
    }
  }

  /// One strip: an area in eighth blocks on a scale of its own (its top value under its name),
  /// with its line (dashed) where the area does not cover it.
  static func draw(
    _ series: Series, _ picked: [MoneyTimeline.Sample?], in area: Rect, labelX: Int, labelWidth: Int,
    projected: (from: Int, dimFrom: Int), into grid: inout Grid
  ) {
    let value = { (sample: MoneyTimeline.Sample?) -> Double? in
      guard let sample, !(series.cash && sample.cashUnknown) else { return nil }
      return series.value(sample)
    }
    let peak = picked.reduce(0.0) { max($0, value($1) ?? 0, $1.flatMap { series.line?($0) } ?? 0) }
    let top = TimelineChart.niceCeiling(max(1, peak))
    let style = Style(series.role, bold: true)
    grid.put(series.name, x: labelX, y: area.y, style: style, limit: labelWidth - 1)
    let scale = Format.money(top)
    grid.put(scale, x: labelX + labelWidth - 1 - TextWidth.of(scale), y: area.y, style: Style(.dim))
    let eighths = area.height * 8
    for (column, sample) in picked.enumerated() {
      let x = area.x + column
      if let amount = value(sample) {
        var filled = Int((amount / top * Double(eighths)).rounded())
        if amount > 0 { filled = max(1, filled) }
        let ahead = column >= projected.from
        let look = ahead ? Style(column >= projected.dimFrom ? .dim : .projected) : style
        for row in 0..<area.height where filled > row * 8 {
          let part = min(8, filled - row * 8)
          // A projected full cell is hatched, so the projection reads without colour.
          let glyph = ahead && part == 8 ? "╱" : TimelineChart.eighths[part]
          grid[x, area.maxY - 1 - row] = Cell(glyph, style: look)
        }
      }
      if let level = sample.flatMap({ series.line?($0) }), level > 0 {
        let row = min(area.height - 1, Int(level / top * Double(area.height) - 0.001))
        let y = area.maxY - 1 - max(0, row)
        if grid[x, y].isSpace { grid[x, y] = Cell("┄", style: Style(.warning, bold: true)) }
      }
    }
  }

  /// The line over the chart: each strip's value on the day shown, the requirement it is set
  /// against (and its basis), and the day cash runs out.
  static func legend(
    _ state: AppState, _ money: MoneyTimeline, _ series: [Series], day: Day, in rect: Rect, into grid: inout Grid
  ) {
    let now = money.sample(on: day)
    var runs: [TextRun] = [TextRun(text: "Cash by mandate, USD ", style: Style(.title, bold: true))]
    for item in series {
      let unknown = item.cash && now?.cashUnknown == true
      runs.append(TextRun(text: " \(item.name) ", style: Style(item.role, bold: true)))
      runs.append(
        TextRun(text: unknown ? "unknown" : now.map { Format.money(item.value($0)) } ?? "—", style: Style(.dim)))
    }
    runs.append(TextRun(text: "  ┄", style: Style(.warning, bold: true)))
    runs.append(
      TextRun(
        text: "\(requiredName(state.results.funding)) \(now.map { Format.money($0.required) } ?? "—")",
        style: Style(.dim)))
    if !money.spendingReported {
      runs.append(TextRun(text: "  spending not reported", style: Style(.warning)))
    }
    if case .runsOut(let day) = state.results.funding.runwayCashOnly {
      runs.append(TextRun(text: "  ┊", style: Style(.shortfall, bold: true)))
      let passed = state.results.funding.runwayCashOnly.passed(before: state.results.funding.day) != nil
      runs.append(TextRun(text: passed ? "ran out ~\(day) (proj.)" : "runs out \(day)", style: Style(.dim)))
    }
    TimelineChart.runs(runs, x: rect.x, y: rect.y, width: rect.width, into: &grid)
  }

  /// The requirement's legend name: a stated budget, or derived from the cost per officer-year
  /// (an assumption), as the period in force has it.
  static func requiredName(_ funding: FundingResults) -> String {
    guard let mandate = funding.mandate else { return "required (assumption)" }
    switch mandate.basis {
    case .budget: return "required (budget)"
    case .derived(let strength, _, let perOfficer):
      return "required (assumed: \(Format.count(strength)) × \(Format.money(perOfficer)))"
    }
  }
}
