import ForceModel

/// Panel 1: the strengths the force is measured against, what was deployed, the shortfalls,
/// and deployed strength over time.
public struct ForcePanel: Sendable {
  /// The selectable figures, in screen order.
  public static func targets(scenario: Scenario, results: Results) -> [DetailTarget] {
    var targets: [DetailTarget] = []
    if scenario.strength.planned != nil { targets.append(.strength(.planned)) }
    targets.append(.strength(.authorized))
    if scenario.strength.target != nil { targets.append(.strength(.target)) }
    targets.append(.result(.deployedTotal))
    for index in scenario.strength.reported.indices { targets.append(.reported(index)) }
    for shortfall in results.shortfalls { targets.append(.result(.shortfall(shortfall.level))) }
    return targets
  }

  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .force
    PanelFrame.draw(.force, title: PanelID.force.title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 0 else { return }
    let scenario = state.scenario
    let results = state.results
    let targets = Self.targets(scenario: scenario, results: results)
    let table = state.table(.force)
    let labelWidth = 18
    let valueWidth = 9
    // In what-if, a column for the change from the baseline sits between value and bar.
    let deltaWidth = state.showsDeltas ? 9 : 0
    let barWidth = max(0, inner.width - labelWidth - valueWidth - deltaWidth - 3)
    let baseline = state.baseline
    let before = state.baselineResults
    let scale = Double(
      max(
        1, scenario.strength.planned?.value ?? 0, scenario.strength.target?.value ?? 0,
        scenario.strength.authorized?.value ?? 0, results.deployedTotal))

    let timeline = scenario.deploymentTimeline()
    let spare = inner.height - targets.count
    // Room to spare (a tall screen): a chart; a little: a sparkline; none: neither.
    let chartRows = timeline.count >= 2 && spare >= 8 ? min(14, spare - 1) : 0
    let sparkRows = chartRows == 0 && timeline.count >= 2 && spare >= 2 ? 2 : 0
    let reserved = chartRows > 0 ? chartRows + 1 : sparkRows
    let rows = inner.height - reserved
    let first = min(table.scroll, max(0, targets.count - rows))
    for (offset, index) in (first..<min(targets.count, first + rows)).enumerated() {
      let y = inner.y + offset
      let selected = index == table.selected && !state.ops.kiosk
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : .normal)
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      var label = ""
      var value = ""
      var fraction: Double?
      var extra = ""
      var extraStyle = Style(.dim)
      var delta: String?
      var higherIsBetter = true
      switch targets[index] {
      case .strength(let figure) where figure != .authorized:
        let now = scenario.strength.figure(figure.level)
        label = figure == .planned ? "Planned" : "Target"
        value = now.map(Format.headCount) ?? "—"
        fraction = Double(now?.value ?? 0) / scale
        delta = Deltas.count(now?.value, baseline.strength.figure(figure.level)?.value)
      case .strength(.authorized):
        label = "Authorized"
        if let authorized = scenario.strength.authorized {
          value = Format.headCount(authorized)
          fraction = Double(authorized.value) / scale
        } else {
          value = "none"
          extra = "no numeric ceiling was set"
        }
      case .result(.deployedTotal):
        label = "Deployed (sum)"
        value = Format.count(results.deployedTotal)
        fraction = Double(results.deployedTotal) / scale
        delta = Deltas.count(results.deployedTotal, before.deployedTotal)
      case .reported(let i):
        let reported = scenario.strength.reported[i]
        let inConflict = results.conflicts.contains { $0.reported.contains(i) }
        label = inConflict ? "Reported !" : "Reported"
        value = Format.headCount(reported.deployed)
        extra = (inConflict ? "CONFLICT " : "") + reported.label
        extraStyle = Style(inConflict ? .conflict : .dim)
      case .result(.shortfall(let level)):
        guard let shortfall = results.shortfall(level) else { continue }
        let short = shortfall.count > 0
        label = (short ? "▼ Short of " : "✓ Short of ") + level.label
        value = Format.count(shortfall.count)
        extra = short ? "\(Format.percent(shortfall.ratio))  SHORT" : "OK, \(Format.count(shortfall.surplus)) over"
        extraStyle = Style(short ? .shortfall : .ok)
        delta = Deltas.count(shortfall.count, before.shortfall(level)?.count)
        higherIsBetter = false
      default:
        continue
      }
      var valueStyle = selected ? base : Style(.normal, bold: true)
      let field: EditField? =
        targets[index] == .strength(.planned) ? .planned : (targets[index] == .strength(.target) ? .target : nil)
      if let field, let typed = state.typing(field) {
        value = typed
        valueStyle = Style(.key, bold: true)
      }
      let labelStyle: Style =
        selected ? base : (label.hasPrefix("▼") ? Style(.shortfall) : (label.hasPrefix("✓") ? Style(.ok) : base))
      grid.put(fitting: label, x: inner.x, y: y, width: labelWidth, style: labelStyle)
      grid.put(fitting: value, x: inner.x + labelWidth, y: y, width: valueWidth, style: valueStyle, alignRight: true)
      if deltaWidth > 0, let delta {
        grid.put(
          fitting: delta, x: inner.x + labelWidth + valueWidth + 1, y: y, width: deltaWidth - 1,
          style: selected ? base : Style(Deltas.role(delta, higherIsBetter: higherIsBetter), bold: true),
          alignRight: true)
      }
      let barX = inner.x + labelWidth + valueWidth + deltaWidth + 2
      if let fraction, barWidth > 0 {
        let bar = Glyphs.bar(fraction, width: barWidth)
        let used = grid.put(bar.filled, x: barX, y: y, style: selected ? base : Style(.bar))
        grid.put(bar.empty, x: barX + used, y: y, style: selected ? base : Style(.barEmpty))
      } else if !extra.isEmpty {
        grid.put(fitting: extra, x: barX, y: y, width: barWidth, style: selected ? base : extraStyle)
      }
    }

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
