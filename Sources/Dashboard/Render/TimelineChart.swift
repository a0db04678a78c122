import ForceModel

/// The timeline's chart: deployed strength over the mission's history (stacked by country in
/// eighth blocks, or the total with the reported totals marked), the planned, authorized and
/// target lines, the mandate periods as a band, dated axes, and the as-of cursor; or money
/// (`MoneyChart`).
enum TimelineChart {
  /// Blocks by share of a cell's height, in eighths (ratatui's bar set): none, then the
  /// sparkline's eight.
  static let eighths: [Character] = [" "] + Glyphs.spark
  /// The fill of each stacked series: a shade of block as well as a colour, so `mono` still
  /// tells neighbours apart.
  static let shades: [Character] = ["█", "▓", "▒", "░"]
  /// How each strength level's line is drawn, and in which role; drawn in this order, so where
  /// two share a row the ceiling shows.
  static let levelStyles: [(level: StrengthLevel, glyph: Character, role: ThemeRole)] = [
    (.target, "┄", .assumption), (.planned, "─", .ok), (.authorized, "━", .warning),
  ]

  /// Maps days to columns and back over a plot `width` columns wide.
  struct TimeAxis {
    var first: Day
    var last: Day
    var width: Int

    var span: Int { max(1, last.number - first.number) }

    func column(_ day: Day) -> Int {
      Int((Double(day.number - first.number) / Double(span) * Double(max(1, width - 1))).rounded())
    }

    /// The day a column stands for.
    func day(atColumn column: Int) -> Day {
      Day(number: first.number + Int((Double(span) * Double(column) / Double(max(1, width - 1))).rounded()))
    }

    /// The day a column shows when the chart stops at `end` (its column shows `end` itself).
    func day(atColumn column: Int, endingAt end: Day) -> Day? {
      let endColumn = self.column(end)
      if column > endColumn { return nil }
      return column == endColumn ? end : min(end, day(atColumn: column))
    }

    /// The day a dot column (two per cell) stands for.
    func day(atDot dot: Int) -> Day {
      Day(number: first.number + Int((Double(span) * Double(dot) / Double(max(1, width * 2 - 1))).rounded()))
    }
  }

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    guard rect.width >= 20, rect.height >= 1 else { return }
    // A strip draws from the quick outline when that is all there is; a chart from the whole.
    let timeline = rect.height < 5 ? (state.timelineState.cached ?? state.timeline) : state.timeline
    guard let first = timeline.first, let last = timeline.last, first < last else {
      grid.put(
        "No dated history to chart: figures need dates (as_of) to be placed in time", x: rect.x + 1, y: rect.y,
        style: Style(.dim), limit: rect.width - 1)
      return
    }
    if rect.height < 5 {
      strip(state, timeline, first: first, last: last, in: rect, into: &grid)
      return
    }
    switch state.chart.view {
    case .strength: strength(state, timeline, first: first, last: last, in: rect, into: &grid)
    case .money: MoneyChart.render(state, timeline, first: first, last: last, in: rect, into: &grid)
    }
  }

  /// The cursor's day, or nil at the latest picture.
  static func cursorDay(_ state: AppState) -> Day? { state.cursor?.lastDay }

  /// A round number at or above `value` for the top of an axis: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6
  /// or 8 times a power of ten, so the tallest figure fills most of the height.
  static func niceCeiling(_ value: Double) -> Double {
    guard value > 0, value.isFinite else { return 1 }
    var power = 1.0
    while power * 10 <= value { power *= 10 }
    while power > value { power /= 10 }
    for step in [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0] where step * power >= value {
      return step * power
    }
    return value
  }

  // MARK: - Strength

  static func strength(
    _ state: AppState, _ timeline: MissionTimeline, first: Day, last: Day, in rect: Rect, into grid: inout Grid
  ) {
    let byCountry = state.chart.byCountry
    let outlook = state.outlook
    var peak = max(timeline.steps.map(\.total).max() ?? 0, outlook?.better.steps.map(\.total).max() ?? 0)
    for points in timeline.levels.values { peak = max(peak, points.map(\.value).max() ?? 0) }
    if !byCountry { peak = max(peak, timeline.reported.map(\.value).max() ?? 0) }
    let top = niceCeiling(Double(max(1, peak)))
    let labels = [Format.count(Int(top)), Format.count(Int(top / 2)), "0"]
    guard let area = plotArea(rect, labels: labels, first: first, last: last) else { return }
    var plot = area.0
    let axis = area.1
    let cursor = cursorDay(state)
    let dataEnd = latestDay(state, last: last)
    let shownDay = cursor ?? dataEnd
    // The days that matter ahead get the plot's top row to themselves, where there is room.
    let markRow = outlook.map { !$0.milestones.isEmpty && plot.height >= 4 } == true ? plot.y : nil
    if markRow != nil {
      plot.y += 1
      plot.height -= 1
    }

    // The bands are worked out once a frame, for the stack and its legend alike.
    let bands = ChartBands(timeline)
    stack(
      timeline, bands: bands, byCountry: byCountry, top: top, plot: plot, axis: axis, dataEnd: dataEnd,
      cursor: cursor, into: &grid)
    projection(
      timeline, outlook: outlook, top: top, plot: plot, axis: axis, dataEnd: dataEnd, cursor: cursor, into: &grid)
    // The levels' lines over the stack: the plan, the ceiling, the target as they stood (and,
    // past the data's date, as decided or as planned).
    for (level, glyph, role) in levelStyles {
      guard timeline.levels[level] != nil else { continue }
      for column in 0..<plot.width {
        let day = axis.day(atColumn: column, endingAt: dataEnd) ?? axis.day(atColumn: column)
        guard let value = timeline.level(level, on: day) else { continue }
        let row = min(plot.height - 1, Int(Double(value) / top * Double(plot.height)))
        grid[plot.x + column, plot.maxY - 1 - row] = Cell(glyph, style: Style(role, bold: true))
      }
    }
    if !byCountry {
      // A report's mark sits on top of the bar where the bar reaches its level: drawn in the
      // bar, it cut a cell out of it, and the bar read as dropping to zero at every report.
      for point in timeline.reported where point.day >= first && point.day <= last {
        let x = plot.x + axis.column(point.day)
        var y = plot.maxY - 1 - min(plot.height - 1, Int(Double(point.value) / top * Double(plot.height)))
        while y >= plot.y, eighths.contains(grid[x, y].character), grid[x, y].character != " " { y -= 1 }
        if y >= plot.y { grid[x, y] = Cell("◆", style: Style(.title, bold: true)) }
      }
    }
    frame(
      labels: labels, periods: timeline.periods, plot: plot, axis: axis, cursor: cursor, latest: dataEnd, in: rect,
      into: &grid)

    var legendRect = rect
    if dataEnd < last, rect.width >= 60 {
      // Past the data's date the chart is a projection, and says whose.
      let ahead = " ╱┊ " + (timeline.plan.map { "plan \(TextSanitizer.clean($0, limit: 14))" } ?? "carried forward")
      let width = TextWidth.of(ahead)
      grid.put(ahead, x: rect.maxX - width, y: rect.y, style: Style(.projected))
      legendRect.width -= width + 1
    }
    strengthLegend(timeline, bands: bands, byCountry: byCountry, on: shownDay, in: legendRect, into: &grid)
    if let markRow { milestones(outlook, row: markRow, plot: plot, axis: axis, into: &grid) }
  }

  /// Past the data's date, the projected total (no longer by country: nobody reports the
  /// split of a plan): hatched `╱` up to the low end of its range, `┊` over the range to its
  /// high end, `━` at the value itself; glyphs as well as a colour, so `mono` reads it too.
  static func projection(
    _ timeline: MissionTimeline, outlook: Outlook?, top: Double, plot: Rect, axis: TimeAxis, dataEnd: Day,
    cursor: Day?, into grid: inout Grid
  ) {
    let start = axis.column(dataEnd) + 1
    guard start < plot.width else { return }
    func rows(_ value: Int) -> Int {
      min(plot.height, max(0, Int((Double(value) / top * Double(plot.height)).rounded())))
    }
    for column in start..<plot.width {
      let day = axis.day(atColumn: column)
      guard let total = timeline.total(on: day) else { continue }
      let low = rows(min(total, outlook?.worse.total(on: day) ?? total))
      let high = rows(max(total, outlook?.better.total(on: day) ?? total))
      let point = rows(total)
      let x = plot.x + column
      // Past the cursor, what the plan brings later is dim, as the history's later part is.
      let role: ThemeRole = cursor.map { column > axis.column($0) } == true ? .dim : .projected
      for row in 0..<high {
        grid[x, plot.maxY - 1 - row] = Cell(row < low ? "╱" : "┊", style: Style(role))
      }
      if point > 0 { grid[x, plot.maxY - point] = Cell("━", style: Style(role, bold: true)) }
    }
  }

  /// The days that matter ahead on their own row over the plot: `◇` on the day, `·` over the
  /// days its range allows.
  static func milestones(_ outlook: Outlook?, row y: Int, plot: Rect, axis: TimeAxis, into grid: inout Grid) {
    guard let outlook else { return }
    for milestone in outlook.milestones {
      if let earliest = milestone.earliest, let latest = milestone.latest ?? Optional(axis.last), earliest < latest {
        let from = max(0, axis.column(max(earliest, axis.first)))
        let to = min(plot.width - 1, axis.column(min(latest, axis.last)))
        for column in stride(from: from, through: to, by: 1) where grid[plot.x + column, y].isSpace {
          grid[plot.x + column, y] = Cell("·", style: Style(.projected))
        }
      }
      if let day = milestone.day, day >= axis.first, day <= axis.last {
        grid[plot.x + axis.column(day), y] = Cell("◇", style: Style(.projected, bold: true))
      }
    }
  }

  /// The stack, column by column: each band whole cells by largest remainder of its share,
  /// what a band's rounding gains or loses in one column carried to the next (error diffusion),
  /// so over the chart each band's area is its share of the person-days at any height; the
  /// total's top cell in eighths, in the colour of the band most short of its share. Dim past
  /// the cursor.
  static func stack(
    _ timeline: MissionTimeline, bands: ChartBands, byCountry: Bool, top: Double, plot: Rect, axis: TimeAxis,
    dataEnd: Day, cursor: Day?, into grid: inout Grid
  ) {
    let cellsHigh = plot.height * 8
    var carried = [Double](repeating: 0, count: byCountry ? bands.names.count : 1)
    // Buffers reused column after column: a frame allocates nothing per column.
    var counts: [Int] = []
    var quotas: [Double] = []
    var cells: [Int] = []
    for column in 0..<plot.width {
      // Nothing is known past the data's date; past the cursor, what was learnt later is dim.
      guard let day = axis.day(atColumn: column, endingAt: dataEnd), let step = timeline.step(on: day) else {
        continue
      }
      let later = cursor.map { column > axis.column($0) } ?? false
      if byCountry {
        bands.bandCounts(step.counts, into: &counts)
      } else {
        counts.removeAll(keepingCapacity: true)
        counts.append(step.total)
      }
      let totalEighths = min(cellsHigh, Int((Double(step.total) / top * Double(cellsHigh)).rounded()))
      let height = Double(totalEighths) / 8
      let total = Double(max(1, counts.reduce(0, +)))
      quotas.removeAll(keepingCapacity: true)
      for band in counts.indices {
        quotas.append(Double(counts[band]) * height / total + (counts[band] > 0 ? carried[band] : 0))
      }
      ChartBands.share(totalEighths / 8, quotas: quotas, into: &cells)
      // The top cell goes to the band furthest short of its share.
      var upper: Int?
      if totalEighths % 8 > 0 {
        for band in counts.indices where counts[band] > 0 {
          if let best = upper, quotas[best] - Double(cells[best]) >= quotas[band] - Double(cells[band]) { continue }
          upper = band
        }
      }
      for band in counts.indices {
        let drawn = Double(cells[band]) + (band == upper ? Double(totalEighths % 8) / 8 : 0)
        carried[band] = counts[band] > 0 ? quotas[band] - drawn : 0
      }
      func role(_ band: Int) -> ThemeRole { later ? .dim : byCountry ? .chart(band) : .bar }
      let x = plot.x + column
      var row = 0
      for (band, height) in cells.enumerated() {
        for _ in 0..<height where row < plot.height {
          grid[x, plot.maxY - 1 - row] = Cell(byCountry ? shades[band % shades.count] : "█", style: Style(role(band)))
          row += 1
        }
      }
      if let upper, row < plot.height {
        grid[x, plot.maxY - 1 - row] = Cell(eighths[totalEighths % 8], style: Style(role(upper)))
      }
    }
  }

  /// The legend says what the colours and lines are, with their values on the day shown.
  static func strengthLegend(
    _ timeline: MissionTimeline, bands: ChartBands, byCountry: Bool, on shownDay: Day, in rect: Rect,
    into grid: inout Grid
  ) {
    var legend: [TextRun] = []
    let step = timeline.step(on: shownDay)
    legend.append(
      TextRun(
        text: "Deployed \(Format.count(step?.total ?? 0))\(byCountry ? " by country" : " (sum of countries)") ",
        style: Style(.title, bold: true)))
    for (level, glyph, role) in levelStyles {
      guard let value = timeline.level(level, on: shownDay) else { continue }
      legend.append(TextRun(text: " \(glyph)\(glyph) ", style: Style(role, bold: true)))
      legend.append(TextRun(text: "\(level.label) \(Format.count(value))", style: Style(.dim)))
    }
    if !byCountry && !timeline.reported.isEmpty {
      legend.append(TextRun(text: "  ◆ ", style: Style(.title, bold: true)))
      legend.append(TextRun(text: "reported", style: Style(.dim)))
    } else if byCountry {
      legend.append(TextRun(text: "  │", style: Style(.border)))
      // The bands, with their counts on the day shown, as many as the line holds.
      let counts = bands.bandCounts(step?.counts ?? [])
      var width = legend.reduce(0) { $0 + TextWidth.of($1.text) }
      for (band, name) in bands.names.enumerated() where counts[band] > 0 {
        guard width < rect.width else { break }
        let isOthers = bands.othersCount > 0 && band == bands.names.count - 1
        let label = isOthers ? "\(bands.othersCount) others" : name
        width += TextWidth.of(label) + 8
        legend.append(TextRun(text: " \(shades[band % shades.count])", style: Style(.chart(band))))
        legend.append(TextRun(text: "\(label) \(Format.count(counts[band]))", style: Style(.dim)))
      }
    }
    runs(legend, x: rect.x, y: rect.y, width: rect.width, into: &grid)
  }

  // MARK: - Parts

  /// The plot inside a chart's rectangle, right of the value labels and between the legend
  /// line and the band and date lines, with its time axis; nil when too small to draw.
  static func plotArea(_ rect: Rect, labels: [String], first: Day, last: Day) -> (Rect, TimeAxis)? {
    let labelWidth = labels.map(TextWidth.of).max().map { $0 + 1 } ?? 2
    let plot = Rect(x: rect.x + labelWidth, y: rect.y + 1, width: rect.width - labelWidth, height: rect.height - 3)
    guard plot.width >= 10, plot.height >= 2 else { return nil }
    return (plot, TimeAxis(first: first, last: last, width: plot.width))
  }

  /// What every chart draws around its plot: the data's date and the cursor down it, the
  /// value labels left of it, the mandate band and the dates under it.
  static func frame(
    labels: [String], periods: [MandatePeriod], plot: Rect, axis: TimeAxis, cursor: Day?, latest: Day,
    in rect: Rect, into grid: inout Grid
  ) {
    latestLine(latest, cursor: cursor, axis: axis, plot: plot, into: &grid)
    cursorLine(cursor, axis: axis, plot: plot, into: &grid)
    yLabels(labels, plot: plot, labelWidth: plot.x - rect.x, x: rect.x, into: &grid)
    band(periods, axis: axis, y: plot.maxY, x: plot.x, into: &grid)
    dateAxis(axis, cursor: cursor, latest: latest, y: plot.maxY + 1, x: plot.x, into: &grid)
  }

  /// The last day the data tells of: the scenario's own date, else its last event.
  static func latestDay(_ state: AppState, last: Day) -> Day {
    min(last, state.history.current.mission.asOf?.lastDay ?? last)
  }

  /// The data's own date down the plot, dim, when the chart runs on past it (to the end of the
  /// mandate in force): what lies right of it is not known yet.
  static func latestLine(_ day: Day, cursor: Day?, axis: TimeAxis, plot: Rect, into grid: inout Grid) {
    guard day < axis.last, cursor != day else { return }
    let x = plot.x + axis.column(day)
    for y in plot.y..<plot.maxY where grid[x, y].isSpace {
      grid[x, y] = Cell("╎", style: Style(.dim))
    }
  }

  /// The as-of cursor down the plot: over empty cells a line, over filled ones the cursor's
  /// colour, so the column reads as "this day" either way.
  static func cursorLine(_ cursor: Day?, axis: TimeAxis, plot: Rect, into grid: inout Grid) {
    guard let cursor, cursor >= axis.first, cursor <= axis.last else { return }
    let x = plot.x + axis.column(cursor)
    for y in plot.y..<plot.maxY {
      var cell = grid[x, y]
      if cell.isSpace {
        cell = Cell("│", style: Style(.cursor))
      } else {
        cell.style = Style(.cursor, bold: true)
      }
      grid[x, y] = cell
    }
  }

  /// The value axis: the top, the middle and zero, right-aligned before the plot.
  static func yLabels(_ labels: [String], plot: Rect, labelWidth: Int, x: Int, into grid: inout Grid) {
    let rows = [plot.y, plot.y + (plot.height - 1) / 2, plot.maxY - 1]
    for (label, y) in zip(labels, rows) where plot.height >= 3 || label != labels[1] {
      grid.put(label, x: x + labelWidth - 1 - TextWidth.of(label), y: y, style: Style(.dim))
    }
  }

  /// The mandate periods as a band under the plot: `├─ MSS res-2751 ─┤`, alternate periods in
  /// alternate styles so neighbours are told apart.
  static func band(_ periods: [MandatePeriod], axis: TimeAxis, y: Int, x: Int, into grid: inout Grid) {
    for (index, period) in periods.enumerated() {
      guard period.endDay > axis.first, period.startDay < axis.last else { continue }
      let start = max(0, axis.column(max(period.startDay, axis.first)))
      let end = min(axis.width - 1, axis.column(min(period.endDay, axis.last)))
      guard end > start else { continue }
      let style = Style(index % 2 == 0 ? .title : .assumption)
      var text = Array(String(repeating: "─", count: end - start + 1))
      if period.startDay >= axis.first { text[0] = "├" }
      if period.endDay <= axis.last { text[text.count - 1] = "┤" }
      let name = " \([period.force, period.id].compactMap { $0 }.joined(separator: " ")) "
      let nameWidth = TextWidth.of(name)
      if nameWidth + 2 <= text.count {
        let at = (text.count - nameWidth) / 2
        for (offset, character) in name.enumerated() { text[at + offset] = character }
      }
      grid.put(String(text), x: x + start, y: y, style: style)
    }
  }

  /// Dates under the plot, as many as fit without touching: months on a short history,
  /// quarters or years on a long one; the cursor's own date highlighted where it stands.
  static func dateAxis(_ axis: TimeAxis, cursor: Day?, latest: Day, y: Int, x: Int, into grid: inout Grid) {
    let firstCivil = axis.first.civil
    let months = max(1, axis.span / 30)
    let label = 8
    // The fewest months between ticks that leaves room for each label.
    let room = max(1, axis.width / label)
    let every = [1, 2, 3, 6, 12, 24, 60].first { months / $0 <= room } ?? 60
    var taken = [Bool](repeating: false, count: axis.width + label)
    // The day shown is labelled where it stands: the cursor's, else the data's own date.
    let marked = cursor ?? latest
    let text = cursor == nil ? "▲\(marked) latest" : "▲\(marked)"
    let at = min(max(0, axis.column(marked)), max(0, axis.width - TextWidth.of(text)))
    grid.put(text, x: x + at, y: y, style: Style(cursor == nil ? .title : .cursor, bold: true))
    let cursorSpan: Range<Int> = (at - 1)..<(at + TextWidth.of(text) + 1)
    var month = firstCivil.year * 12 + (firstCivil.month - 1) + 1
    while true {
      let year = month / 12
      let m = month % 12 + 1
      month += 1
      guard (year * 12 + m - 1) % every == 0 else { continue }
      let day = Day(year: year, month: m, day: 1)
      if day > axis.last { break }
      let text = every >= 12 ? "\(year)" : "\(year)-\(m < 10 ? "0" : "")\(m)"
      let at = axis.column(day)
      let span = at..<(at + TextWidth.of(text) + 1)
      guard span.upperBound <= axis.width + 1, !span.contains(where: { taken[$0] }) else { continue }
      if cursorSpan.overlaps(span) { continue }
      for column in span { taken[column] = true }
      grid.put(text, x: x + at, y: y, style: Style(.dim))
    }
  }

  /// One line of styled runs, cut to `width`.
  static func runs(_ runs: [TextRun], x: Int, y: Int, width: Int, into grid: inout Grid) {
    var at = x
    for run in runs {
      let room = x + width - at
      guard room > 0 else { break }
      at += grid.put(run.text, x: at, y: y, style: run.style, limit: room)
    }
  }

  /// A one-line chart for a small panel: deployed strength (or cash received) as a sparkline
  /// over the whole history, with its dates and where the cursor is.
  static func strip(
    _ state: AppState, _ timeline: MissionTimeline, first: Day, last: Day, in rect: Rect, into grid: inout Grid
  ) {
    let label = state.chart.view == .money ? "Received " : "Deployed "
    let range = " \(first) → \(last)" + (timeline.isComplete ? " · \(timeline.days.count) dates" : "")
    let width = max(1, rect.width - TextWidth.of(label) - TextWidth.of(range) - 1)
    let axis = TimeAxis(first: first, last: last, width: width)
    let values: [Int] = (0..<width).map { column in
      let day = axis.day(atColumn: column)
      if state.chart.view == .money {
        return Int(state.timelineState.money?.sample(on: day)?.cashReceived ?? 0)
      }
      return timeline.total(on: day) ?? 0
    }
    grid.put(label, x: rect.x, y: rect.y, style: Style(.dim))
    let x = rect.x + TextWidth.of(label)
    let used = grid.put(Glyphs.sparkline(values), x: x, y: rect.y, style: Style(.bar))
    // Past the data's date the strip is the projection, in its own look.
    let dataEnd = latestDay(state, last: last)
    if dataEnd < last {
      for column in (axis.column(dataEnd) + 1)..<max(axis.column(dataEnd) + 1, min(width, used)) {
        var cell = grid[x + column, rect.y]
        cell.style = Style(.projected)
        grid[x + column, rect.y] = cell
      }
    }
    if let cursor = cursorDay(state), cursor >= first, cursor <= last {
      let column = x + axis.column(cursor)
      var cell = grid[column, rect.y]
      cell.style = Style(.cursor, bold: true)
      grid[column, rect.y] = cell
    }
    grid.put(range, x: x + used, y: rect.y, style: Style(.dim), limit: rect.maxX - x - used)
  }
}
