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
    let scale = Self.scale(state.scenario.strength, state.results)
    let window = targets[first..<min(targets.count, first + max(0, rows))]
    // Labels as wide as the longest ("Short of authorized"), up to half the panel.
    // The change column as wide as the widest change shown ("▲ 500"), so what a figure means
    // ("SHORT") keeps its room in a what-if.
    // Each figure is worked out once; only its bar waits for the columns' widths.
    let figures = window.map { figure(state, $0, scale: scale) }
    var widest = 0
    var widestDelta = 0
    for figure in figures.compactMap({ $0 }) {
      widest = max(widest, TextWidth.of(figure.label))
      if deltas, let delta = figure.delta, !delta.isEmpty { widestDelta = max(widestDelta, TextWidth.of(delta)) }
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
      window: figures.map { $0.map { row($0, deltas: deltas, barWidth: barWidth) } ?? TableRow(cells: []) },
      selected: state.ops.kiosk ? nil : selected, scroll: first)
  }

  /// The bars' full length: the largest of the levels and the deployed total.
  static func scale(_ strength: Strength, _ results: Results) -> Double {
    Double(
      max(
        1, strength.planned?.value ?? 0, strength.target?.value ?? 0, strength.authorized?.value ?? 0,
        results.deployedTotal))
  }

  /// One figure as the panel says it, before the bar's width is known.
  struct Line {
    var label = ""
    var labelRole = ThemeRole.normal
    var value = ""
    /// The value being typed over it, when it is being edited.
    var typed: String?
    var delta: String?
    var higherIsBetter = true
    /// The bar's fill (a fraction of `scale`), or its range as a band.
    var fraction: Double?
    var band: ClosedRange<Double>?
    /// What the figure means, where it has no bar; `range` after it when the column has room.
    var extra = ""
    var extraStyle = Style(.dim)
    var range = ""
  }

  /// One figure: its label, value, change and bar or meaning. A shortfall is said in words and
  /// colour: ▼ means "went down" everywhere, never "short". The word comes before the percent:
  /// where room is short, the percent is what is cut. Nil for a target with no figure.
  static func figure(_ state: AppState, _ target: DetailTarget, scale: Double) -> Line? {
    // The scenario and results are read through `state` where used, not bound to locals: a
    // local is a copy of the whole struct, a retain and a release of every array in it.
    var figure = Line()
    switch target {
    case .strength(let level) where level != .authorized:
      let now = state.scenario.strength.figure(level.level)
      figure.label = level == .planned ? "Planned" : "Target"
      figure.value = now.map(Format.headCount) ?? "—"
      figure.fraction = Double(now?.value ?? 0) / scale
      figure.delta = Deltas.count(now?.value, state.figures.baselineShown.strength.figure(level.level)?.value)
      figure.typed = state.typing(level == .planned ? .planned : .target)
    case .strength(.authorized):
      figure.label = "Authorized"
      if let authorized = state.scenario.strength.authorized {
        figure.value = Format.headCount(authorized)
        figure.fraction = Double(authorized.value) / scale
      } else {
        figure.value = "none"
        figure.extra = "no numeric ceiling was set"
      }
    case .result(.deployedTotal):
      let total = state.results.deployedTotal
      figure.label = "Deployed (sum)"
      figure.value = Format.count(total)
      figure.fraction = Double(total) / scale
      figure.delta = Deltas.count(total, state.baselineResults.deployedTotal)
      figure.band = state.figures.ranges.range(.deployedTotal, point: state.results).flatMap { range in
        range.lowerBound < range.upperBound ? (range.lowerBound / scale)...(range.upperBound / scale) : nil
      }
      if let known = state.results.deployedIsStale {
        // History, not news (older than the staleness window): the words replace the bar.
        figure.extra = "stale \(known)"
        figure.extraStyle = Style(.warning)
        (figure.fraction, figure.band) = (nil, nil)
      }
    case .reported(let i):
      let reported = state.scenario.strength.reported[i]
      let inConflict = state.results.conflicts.contains { $0.reported.contains(i) }
      figure.label = inConflict ? "Reported !" : "Reported"
      figure.value = Format.headCount(reported.deployed)
      figure.extra = (inConflict ? "CONFLICT " : "") + reported.label
      figure.extraStyle = Style(inConflict ? .conflict : .dim)
    case .result(.shortfall(let level)):
      guard let shortfall = state.results.shortfall(level) else { return nil }
      let short = shortfall.count > 0
      figure.label = (short ? "Short of " : "✓ Short of ") + level.label
      figure.labelRole = short ? .shortfall : .ok
      figure.value = Format.count(shortfall.count)
      figure.extra =
        short ? "SHORT  \(Format.percent(shortfall.ratio))" : "OK, \(Format.count(shortfall.surplus)) over"
      figure.range = rangeWords(state, .shortfall(level))
      figure.extraStyle = Style(short ? .shortfall : .ok)
      figure.delta = Deltas.count(shortfall.count, state.baselineResults.shortfall(level)?.count)
      figure.higherIsBetter = false
    default:
      return nil
    }
    return figure
  }

  /// A figure's row, its bar `barWidth` cells long.
  static func row(_ figure: Line, deltas: Bool, barWidth: Int) -> TableRow {
    var valueCell = TableCell(figure.value, Style(.normal, bold: true))
    if let typed = figure.typed {
      valueCell = TableCell(typed, Style(.key, bold: true), keepsStyleWhenSelected: true)
    }
    var cells = [TableCell(figure.label, Style(figure.labelRole)), valueCell]
    if deltas {
      cells.append(
        figure.delta.map {
          TableCell($0, Style(Deltas.role($0, higherIsBetter: figure.higherIsBetter), bold: true))
        } ?? .empty)
    }
    if let bar = barCell(fraction: figure.fraction, band: figure.band, width: barWidth) {
      cells.append(bar)
    } else if !figure.extra.isEmpty {
      // A range goes after the meaning only where the column has room for it whole.
      let fits = !figure.range.isEmpty && TextWidth.of(figure.extra + figure.range) <= barWidth
      cells.append(TableCell(fits ? figure.extra + figure.range : figure.extra, figure.extraStyle))
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

  /// A result's range in words ("  1,418–1,512"); empty when it has none.
  static func rangeWords(_ state: AppState, _ key: ResultKey) -> String {
    guard let range = state.figures.ranges.range(key, point: state.results), range.lowerBound < range.upperBound
    else { return "" }
    return "  \(Format.count(Int(range.lowerBound)))–\(Format.count(Int(range.upperBound)))"
  }
}
