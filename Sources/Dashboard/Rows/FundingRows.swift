import ForceModel

/// Panel 3's two tables: every funding line, and under them the totals — money listed, firm,
/// the gaps and the runway — as selectable rows.
enum FundingRows {
  static func statusText(_ status: FundingStatus) -> String {
    switch status {
    case .pledged: "○ pledged"
    case .committed: "● committed"
    case .ceiling: "≤ ceiling"
    case .disbursed: "✓ disbursed"
    }
  }

  /// What changed in a line since the baseline, in a few characters: the USD movement, `new`,
  /// or the status or currency it had.
  static func change(of line: FundingLine, usd: Double?, in state: AppState) -> String {
    guard let index = state.baselineFunding[line.id] else { return "new" }
    let old = state.baseline.funding[index]
    if old == line { return "" }
    let oldUSD =
      state.baselineResults.funding.lineUSD.indices.contains(index)
      ? state.baselineResults.funding.lineUSD[index] : nil
    if let delta = Deltas.compact(Deltas.money(usd, oldUSD)) { return delta }
    if old.counted != line.counted { return line.counted ? "counted" : "left out" }
    if old.status != line.status {
      return "was " + (statusText(old.status).split(separator: " ").first.map(String.init) ?? "")
    }
    if old.currency != line.currency { return "was \(old.currency)" }
    return "edited"
  }

  /// The lines table for a panel `width` cells wide showing `visible` lines.
  static func lines(_ state: AppState, width: Int, visible: Int) -> TableModel {
    let table = state.table(.funding)
    let rows = state.visible[.funding] ?? []
    let funding = state.results.funding
    let wide = width >= 90
    let deltas = state.showsDeltas
    var columns = [TableColumn(title: "Donor", width: 0, alignRight: false, flexible: true)]
    if wide { columns.append(TableColumn(title: "Channel", width: 10, alignRight: false)) }
    columns += [
      TableColumn(title: "Status", width: 11, alignRight: false),
      TableColumn(title: "Amount", width: 10, alignRight: true),
      TableColumn(title: "USD", width: 9, alignRight: true),
    ]
    if deltas { columns.append(TableColumn(title: "Change", width: 9, alignRight: true)) }
    if wide {
      columns.append(TableColumn(title: "Share", width: 5, alignRight: true))
      columns.append(TableColumn(title: "", width: 0, alignRight: false, flexible: true, maxWidth: 24))
    }
    // The sort columns are those of the wide table; a narrow one has no channel column.
    var sortIndex = table.sortColumn.map { wide ? $0 : ($0 == 0 ? 0 : $0 - 1) }
    if !wide && table.sortColumn == 1 { sortIndex = nil }
    let fitted = TableModel.fit(columns, to: width)
    let barWidth = fitted.last?.width ?? 0
    let maxUSD = max(1, funding.largestLine)
    var model = TableModel(
      columns: columns, sortIndex: sortIndex, sortDescending: table.sortDescending, count: rows.count,
      window: rows[min(table.scroll, rows.count)..<min(rows.count, table.scroll + max(0, visible))].map { lineIndex in
        let line = state.scenario.funding[lineIndex]
        let usd = funding.lineUSD[lineIndex]
        let statusRole: ThemeRole = line.status == .ceiling ? .warning : (line.status == .pledged ? .dim : .ok)
        let plain = Style(line.counted ? .normal : .dim)
        var cells = [TableCell(line.donor + (line.purpose.map { " — \($0)" } ?? ""), plain)]
        if wide { cells.append(TableCell(line.channel.label, plain)) }
        cells.append(TableCell(statusText(line.status) + (line.counted ? "" : " ✗"), Style(statusRole)))
        cells.append(TableCell(Format.amount(line.amount, currency: line.currency), plain))
        cells.append(
          TableCell(
            usd.map { Format.qualified(Format.money($0), line.amount.qualifier) }
              ?? (line.counted ? "no rate!" : "left out"),
            Style(usd == nil ? .conflict : .normal, bold: true)))
        let statusIndex = wide ? 2 : 1
        if let typed = state.typing(.fundingStatus(id: line.id)) {
          cells[statusIndex] = TableCell(typed, Style(.key, bold: true), keepsStyleWhenSelected: true)
        }
        if let typed = state.typing(.fundingAmount(id: line.id)) ?? state.typing(.fundingCurrency(id: line.id)) {
          cells[statusIndex + 1] = TableCell(typed, Style(.key, bold: true), keepsStyleWhenSelected: true)
        }
        if deltas {
          let change = Self.change(of: line, usd: usd, in: state)
          cells.append(TableCell(change, change.isEmpty ? plain : Style(.assumption, bold: true)))
        }
        if wide {
          cells.append(
            TableCell(usd.map { funding.listed > 0 ? Format.percent($0 / funding.listed) : "" } ?? "", plain))
          if let usd {
            let bar = Glyphs.bar(usd / maxUSD, width: barWidth)
            cells.append(TableCell(bar.filled, Style(line.status == .ceiling ? .warning : .bar)))
          }
        }
        return TableRow(cells: cells, role: line.counted ? .normal : .dim)
      },
      selected: state.ops.kiosk ? nil : table.selected, scroll: table.scroll,
      empty: table.filter.isEmpty
        ? "No funding lines in this scenario" : "No line matches '\(table.filter)' (Esc clears)")
    model.fittedColumns = fitted
    return model
  }

  /// The totals under the lines: label, value, then the change and what it means.
  static func totals(_ state: AppState) -> TableModel {
    let funding = state.results.funding
    let before = state.baselineResults.funding
    let targets = PanelTargets.fundingSummary(state.results)
    let lines = state.visible[.funding]?.count ?? 0
    let horizon = state.scenario.assumptions.horizonMonths.value
    let ceilings = funding.byStatus[.ceiling] ?? 0
    let columns = [
      TableColumn(title: "", width: 16, alignRight: false, gap: 0),
      TableColumn(title: "", width: 13, alignRight: true, gap: 2),
      TableColumn(title: "", width: 0, alignRight: false, flexible: true),
    ]
    let selected = state.table(.funding).selected - lines
    return TableModel(
      columns: columns, minimumFlexible: 0, showsHeader: false, count: targets.count,
      window: targets.map { target in
        var label = ""
        var value = ""
        var valueStyle = Style(.normal, bold: true)
        var detail = ""
        var delta: String?
        var higherIsBetter = true
        switch target {
        case .result(.fundingListed):
          label = "Listed"
          value = Format.money(funding.listed)
          delta = Deltas.money(funding.listed, before.listed)
          detail =
            "firm \(Format.money(funding.inHand)) · ceilings ≤ \(Format.money(ceilings))"
            + (funding.unconvertedLines > 0 ? " · \(funding.unconvertedLines) line(s) with no exchange rate!" : "")
        case .result(.inHand):
          label = "Firm (in hand)"
          value = Format.money(funding.inHand)
          delta = Deltas.money(funding.inHand, before.inHand)
          detail = FundingStatus.allCases.filter { state.scenario.assumptions.inHand.contains($0) && $0 != .ceiling }
            .map(\.rawValue).joined(separator: " + ")
        case .result(.gap(let level)):
          guard let requirement = funding.requirement(level) else { return TableRow(cells: []) }
          label = "Gap at \(level.label)"
          delta = Deltas.money(requirement.gap, before.requirement(level)?.gap)
          higherIsBetter = false
          if requirement.gap > 0 {
            value = "▼ " + Format.money(requirement.gap)
            valueStyle = Style(.shortfall)
            detail = "SHORT · needs \(Format.money(requirement.required)) over \(horizon) months"
          } else {
            value = "✓ " + Format.money(-requirement.gap)
            valueStyle = Style(.ok)
            detail = "OK, surplus · needs \(Format.money(requirement.required)) over \(horizon) months"
          }
          detail +=
            requirement.gapWithCeilings > 0
            ? "; with ceilings still short \(Format.money(requirement.gapWithCeilings))"
            : "; covered if ceilings are spent"
        case .result(.runway):
          label = "Runway"
          delta = Deltas.months(funding.runwayMonths, before.runwayMonths)
          if let months = funding.runwayMonths {
            value = Format.months(months)
            valueStyle = Style(months < Double(horizon) ? .shortfall : .ok)
            detail =
              (months < Double(horizon) ? "▼ SHORT of \(horizon) months" : "✓ OK")
              + " at deployed strength, \(Format.money(funding.monthlyCostAtDeployed)) a month"
          } else {
            value = "—"
            detail = "no cost at this strength"
          }
        default:
          return TableRow(cells: [])
        }
        // The change since the baseline, then what the figure means.
        var meaning = TableCell(detail, Style(.dim))
        if state.showsDeltas, let delta {
          meaning = TableCell(
            TextRun(text: delta + " ", style: Style(Deltas.role(delta, higherIsBetter: higherIsBetter), bold: true)),
            then: TextRun(text: detail, style: Style(.dim)))
        }
        return TableRow(cells: [TableCell(label, Style(.normal)), TableCell(value, valueStyle), meaning])
      },
      selected: state.ops.kiosk || selected < 0 ? nil : selected, scroll: 0)
  }
}
