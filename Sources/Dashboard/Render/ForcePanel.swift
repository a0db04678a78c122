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
    let barWidth = max(0, inner.width - labelWidth - valueWidth - 3)
    let scale = Double(
      max(
        1, scenario.strength.planned?.value ?? 0, scenario.strength.target?.value ?? 0,
        scenario.strength.authorized?.value ?? 0, results.deployedTotal))

    let timeline = scenario.deploymentTimeline()
    let sparkRows = timeline.count >= 2 && inner.height >= targets.count + 2 ? 2 : 0
    let rows = inner.height - sparkRows
    let first = min(table.scroll, max(0, targets.count - rows))
    for (offset, index) in (first..<min(targets.count, first + rows)).enumerated() {
      let y = inner.y + offset
      let selected = index == table.selected
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : .normal)
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      var label = ""
      var value = ""
      var fraction: Double?
      var extra = ""
      var extraStyle = Style(.dim)
      switch targets[index] {
      case .strength(.planned):
        label = "Planned"
        value = scenario.strength.planned.map(Format.headCount) ?? "—"
        fraction = Double(scenario.strength.planned?.value ?? 0) / scale
      case .strength(.authorized):
        label = "Authorized"
        if let authorized = scenario.strength.authorized {
          value = Format.headCount(authorized)
          fraction = Double(authorized.value) / scale
        } else {
          value = "none"
          extra = "no numeric ceiling was set"
        }
      case .strength(.target):
        label = "Target"
        value = scenario.strength.target.map(Format.headCount) ?? "—"
        fraction = Double(scenario.strength.target?.value ?? 0) / scale
      case .result(.deployedTotal):
        label = "Deployed (sum)"
        value = Format.count(results.deployedTotal)
        fraction = Double(results.deployedTotal) / scale
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
      default:
        continue
      }
      let labelStyle: Style =
        selected ? base : (label.hasPrefix("▼") ? Style(.shortfall) : (label.hasPrefix("✓") ? Style(.ok) : base))
      grid.put(fitting: label, x: inner.x, y: y, width: labelWidth, style: labelStyle)
      grid.put(
        fitting: value, x: inner.x + labelWidth, y: y, width: valueWidth,
        style: selected ? base : Style(.normal, bold: true), alignRight: true)
      let barX = inner.x + labelWidth + valueWidth + 2
      if let fraction, barWidth > 0 {
        let bar = Glyphs.bar(fraction, width: barWidth)
        let used = grid.put(bar.filled, x: barX, y: y, style: selected ? base : Style(.bar))
        grid.put(bar.empty, x: barX + used, y: y, style: selected ? base : Style(.barEmpty))
      } else if !extra.isEmpty {
        grid.put(fitting: extra, x: barX, y: y, width: barWidth, style: selected ? base : extraStyle)
      }
    }

    if sparkRows > 0 {
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
}
