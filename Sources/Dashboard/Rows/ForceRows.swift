import ForceModel

/// Panel 1's figures as a table without a header: label, value, the change from the baseline,
/// and a bar (or what the figure means when it has no bar).
enum ForceRows {
  static let labelWidth = 18
  static let valueWidth = 9
  static let deltaWidth = 9

  /// The table of `targets` for `rows` lines of a panel. `offset` is the index of the first
  /// target among the panel's (a part of the panel drawn on its own: the pinned shortfalls).
  static func table(
    _ state: AppState, targets: [DetailTarget], width: Int, rows: Int, offset: Int = 0
  ) -> TableModel {
    let scenario = state.scenario
    let results = state.results
    let table = state.table(.force)
    let deltas = state.showsDeltas
    let selected = table.selected - offset
    // Scrolled so a selection in this part shows (a part drawn on its own scrolls on its own).
    var first = offset == 0 ? table.scroll : 0
    if targets.indices.contains(selected) {
      if selected < first { first = selected }
      if selected >= first + rows { first = selected - rows + 1 }
    }
    first = max(0, min(first, max(0, targets.count - rows)))
    let scale = Self.scale(scenario.strength, results)
    let window = targets[first..<min(targets.count, first + max(0, rows))]
    // Labels as wide as the longest ("Short of authorized"), up to half the panel.
    // The change column as wide as the widest change shown ("▲ 500"), so what a figure means
    // ("SHORT") keeps its room in a what-if.
    var widest = 0
    var widestDelta = 0
    for target in window {
      let cells = row(state, target, deltas: deltas, scale: scale, barWidth: 0).cells
      widest = max(widest, cells.first.map { TextWidth.of($0.text) } ?? 0)
      if deltas, cells.count > 2, !cells[2].isEmpty { widestDelta = max(widestDelta, TextWidth.of(cells[2].text)) }
    }
    let labelWidth = max(Self.labelWidth, min(widest + 1, width / 2))
    let deltaWidth = min(Self.deltaWidth, widestDelta + 1)
    // In what-if, a column for the change from the baseline sits between value and bar.
    var columns = [
      TableColumn(title: "", width: labelWidth, alignRight: false, gap: 0),
      TableColumn(title: "", width: valueWidth, alignRight: true, gap: deltas ? 1 : 2),
    ]
    if deltas { columns.append(TableColumn(title: "", width: max(0, deltaWidth - 1), alignRight: true, gap: 2)) }
    columns.append(TableColumn(title: "", width: 0, alignRight: false, flexible: true))
    let barWidth = max(0, width - labelWidth - valueWidth - (deltas ? deltaWidth : 0) - 3)
    return TableModel(
      columns: columns, rightMargin: 1, minimumFlexible: 0, showsHeader: false, count: targets.count,
      window: window.map {
        row(state, $0, deltas: deltas, scale: scale, barWidth: barWidth)
      },
      selected: state.ops.kiosk ? nil : selected, scroll: first)
  }

  /// The bars' full length: the largest of the levels and the deployed total.
  static func scale(_ strength: Strength, _ results: Results) -> Double {
    Double(
      max(
        1, strength.planned?.value ?? 0, strength.target?.value ?? 0, strength.authorized?.value ?? 0,
        results.deployedTotal))
  }

  /// One figure's row. A shortfall is said in words and colour: ▼ means "went down"
  /// everywhere, never "short". The word comes before the percent: where room is short, the
  /// percent is what is cut.
  static func row(_ state: AppState, _ target: DetailTarget, deltas: Bool, scale: Double, barWidth: Int) -> TableRow {
    let (scenario, results, baseline, before) = (
      state.scenario, state.results, state.figures.baselineShown, state.baselineResults
    )
    var (label, value, extra, extraStyle, labelRole) = ("", "", "", Style(.dim), ThemeRole.normal)
    var fraction: Double?
    // The range of a result, as fractions of the bar (deployed) or in words (a shortfall).
    var band: ClosedRange<Double>?
    var delta: String?
    var higherIsBetter = true
    switch target {
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
      band = state.figures.ranges.range(.deployedTotal, point: results).flatMap { range in
        range.lowerBound < range.upperBound ? (range.lowerBound / scale)...(range.upperBound / scale) : nil
      }
      if let known = results.deployedIsStale {
        // History, not news (older than the staleness window): the words replace the bar.
        extra = "stale \(known)"
        extraStyle = Style(.warning)
        (fraction, band) = (nil, nil)
      }
    case .reported(let i):
      let reported = scenario.strength.reported[i]
      let inConflict = results.conflicts.contains { $0.reported.contains(i) }
      label = inConflict ? "Reported !" : "Reported"
      value = Format.headCount(reported.deployed)
      extra = (inConflict ? "CONFLICT " : "") + reported.label
      extraStyle = Style(inConflict ? .conflict : .dim)
    case .result(.shortfall(let level)):
      guard let shortfall = results.shortfall(level) else { return TableRow(cells: []) }
      let short = shortfall.count > 0
      label = (short ? "Short of " : "✓ Short of ") + level.label
      labelRole = short ? .shortfall : .ok
      value = Format.count(shortfall.count)
      extra = short ? "SHORT  \(Format.percent(shortfall.ratio))" : "OK, \(Format.count(shortfall.surplus)) over"
      extra += rangeText(state, .shortfall(level), after: extra, width: barWidth)
      extraStyle = Style(short ? .shortfall : .ok)
      delta = Deltas.count(shortfall.count, before.shortfall(level)?.count)
      higherIsBetter = false
    default:
      return TableRow(cells: [])
    }
    var valueCell = TableCell(value, Style(.normal, bold: true))
    let field: EditField? = target == .strength(.planned) ? .planned : (target == .strength(.target) ? .target : nil)
    if let field, let typed = state.typing(field) {
      valueCell = TableCell(typed, Style(.key, bold: true), keepsStyleWhenSelected: true)
    }
    var cells = [TableCell(label, Style(labelRole)), valueCell]
    if deltas {
      cells.append(
        delta.map { TableCell($0, Style(Deltas.role($0, higherIsBetter: higherIsBetter), bold: true)) } ?? .empty)
    }
    if let bar = barCell(fraction: fraction, band: band, width: barWidth) {
      cells.append(bar)
    } else if !extra.isEmpty {
      cells.append(TableCell(extra, extraStyle))
    }
    return TableRow(cells: cells)
  }

  /// The bar of a figure (a band over its range, when it has one), or nil without room or bar.
  static func barCell(fraction: Double?, band: ClosedRange<Double>?, width: Int) -> TableCell? {
    guard width > 0 else { return nil }
    if let band { return bandCell(band, width: width) }
    guard let fraction else { return nil }
    let bar = Glyphs.bar(fraction, width: width)
    return TableCell(
      TextRun(text: bar.filled, style: Style(.bar)), then: TextRun(text: bar.empty, style: Style(.barEmpty)))
  }

  /// A range as a band on a bar: solid (in eighths) to its low end, shaded to its high end.
  static func bandCell(_ band: ClosedRange<Double>, width: Int) -> TableCell {
    let solid = Glyphs.bar(band.lowerBound, width: width).filled
    let used = solid.count
    let high = max(used, min(width, Int((max(0, band.upperBound) * Double(width)).rounded())))
    return TableCell(
      TextRun(text: solid + Glyphs.run("▒", count: high - used), style: Style(.bar)),
      then: TextRun(text: Glyphs.run("░", count: width - high), style: Style(.barEmpty)))
  }

  /// A result's range after `text`, where the column has room for it whole; else nothing.
  static func rangeText(_ state: AppState, _ key: ResultKey, after text: String, width: Int) -> String {
    guard let range = state.figures.ranges.range(key, point: state.results), range.lowerBound < range.upperBound
    else { return "" }
    let words = "  \(Format.count(Int(range.lowerBound)))–\(Format.count(Int(range.upperBound)))"
    return TextWidth.of(text + words) <= width ? words : ""
  }
}
