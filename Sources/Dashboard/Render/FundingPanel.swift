import ForceModel

/// Panel 3: every funding line, then what the money adds up to against what the force costs.
public struct FundingPanel: Sendable {
  /// The selectable totals under the table, in screen order.
  public static func summaryTargets(_ results: Results) -> [DetailTarget] {
    var targets: [DetailTarget] = [.result(.fundingListed), .result(.inHand)]
    if results.funding.requirement(.planned) != nil { targets.append(.result(.gap(.planned))) }
    if results.funding.requirement(.target) != nil { targets.append(.result(.gap(.target))) }
    targets.append(.result(.runway))
    return Array(targets.prefix(DashboardLayout.fundingSummaryRows))
  }

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

  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .funding
    let table = state.table(.funding)
    let rows = state.visible[.funding] ?? []
    let funding = state.results.funding
    var title = PanelID.funding.title + " (USD; ○ pledged ● committed ≤ ceiling ✓ disbursed)"
    if !table.filter.isEmpty {
      title = PanelID.funding.title + " — filter '\(table.filter)' \(rows.count)/\(state.scenario.funding.count)"
    }
    PanelFrame.draw(.funding, title: title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 1 else { return }
    let layout = state.layout
    let area = layout.rowArea(.funding)
    let wide = inner.width >= 90
    var specs = [TableColumn(title: "Donor", width: 0, alignRight: false, flexible: true)]
    if wide { specs.append(TableColumn(title: "Channel", width: 10, alignRight: false)) }
    specs += [
      TableColumn(title: "Status", width: 11, alignRight: false),
      TableColumn(title: "Amount", width: 10, alignRight: true),
      TableColumn(title: "USD", width: 9, alignRight: true),
    ]
    let deltas = state.showsDeltas
    if deltas { specs.append(TableColumn(title: "Change", width: 9, alignRight: true)) }
    if wide {
      specs.append(TableColumn(title: "Share", width: 5, alignRight: true))
      specs.append(TableColumn(title: "", width: 0, alignRight: false, flexible: true, maxWidth: 24))
    }
    let columns = TableColumns.fit(specs, into: inner.width)
    let sortIndex = table.sortColumn.map { wide ? $0 : ($0 == 0 ? 0 : $0 - 1) }
    if wide || table.sortColumn != 1 {
      TableColumns.header(
        columns, sortIndex: sortIndex, descending: table.sortDescending, x: inner.x, y: inner.y, maxX: inner.maxX,
        into: &grid)
    } else {
      TableColumns.header(
        columns, sortIndex: nil, descending: false, x: inner.x, y: inner.y, maxX: inner.maxX, into: &grid)
    }

    let maxUSD = max(1, funding.largestLine)
    if rows.isEmpty, area.rows > 0 {
      grid.put(
        table.filter.isEmpty ? "No funding lines in this scenario" : "No line matches '\(table.filter)' (Esc clears)",
        x: inner.x + 1, y: area.firstY, style: Style(.dim), limit: inner.width - 1)
    }
    for offset in 0..<area.rows {
      let index = table.scroll + offset
      guard index < rows.count else { break }
      let lineIndex = rows[index]
      let line = state.scenario.funding[lineIndex]
      let usd = funding.lineUSD[lineIndex]
      let y = area.firstY + offset
      let selected = index == table.selected && !state.ops.kiosk
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : (line.counted ? .normal : .dim))
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      let statusRole: ThemeRole = line.status == .ceiling ? .warning : (line.status == .pledged ? .dim : .ok)
      var cells: [(String, Style)] = [(line.donor + (line.purpose.map { " — \($0)" } ?? ""), base)]
      if wide { cells.append((line.channel.label, base)) }
      cells.append((statusText(line.status) + (line.counted ? "" : " ✗"), selected ? base : Style(statusRole)))
      cells.append((Format.amount(line.amount, currency: line.currency), base))
      cells.append(
        (
          usd.map { Format.qualified(Format.money($0), line.amount.qualifier) }
            ?? (line.counted ? "no rate!" : "left out"),
          selected ? base : Style(usd == nil ? .conflict : .normal, bold: true)
        ))
      let statusIndex = wide ? 2 : 1
      if let typed = state.typing(.fundingStatus(id: line.id)) { cells[statusIndex] = (typed, Style(.key, bold: true)) }
      if let typed = state.typing(.fundingAmount(id: line.id)) ?? state.typing(.fundingCurrency(id: line.id)) {
        cells[statusIndex + 1] = (typed, Style(.key, bold: true))
      }
      if deltas {
        let change = Self.change(of: line, usd: usd, in: state)
        cells.append((change, selected || change.isEmpty ? base : Style(.assumption, bold: true)))
      }
      if wide {
        cells.append((usd.map { funding.listed > 0 ? Format.percent($0 / funding.listed) : "" } ?? "", base))
        if let usd, let last = columns.last {
          let bar = Glyphs.bar(usd / maxUSD, width: last.width)
          cells.append((bar.filled, selected ? base : Style(line.status == .ceiling ? .warning : .bar)))
        }
      }
      TableColumns.row(cells, columns, x: inner.x, y: y, maxX: inner.maxX, into: &grid)
    }

    // The totals: selectable rows below a rule.
    let summaryY = layout.fundingSummaryY()
    let targets = summaryTargets(state.results)
    let shown = min(targets.count, max(0, inner.maxY - summaryY))
    guard shown > 0 else { return }
    grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: summaryY - 1, style: Style(.border))
    let horizon = state.scenario.assumptions.horizonMonths.value
    let ceilings = funding.byStatus[.ceiling] ?? 0
    for offset in 0..<shown {
      let y = summaryY + offset
      let selected = table.selected == rows.count + offset && !state.ops.kiosk
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : .normal)
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      var label = ""
      var value = ""
      var valueStyle = Style(.normal, bold: true)
      var detail = ""
      var delta: String?
      var higherIsBetter = true
      let before = state.baselineResults.funding
      switch targets[offset] {
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
        detail = FundingStatus.allCases.filter { state.scenario.assumptions.inHand.contains($0) && $0 != .ceiling }.map(
          \.rawValue
        ).joined(separator: " + ")
      case .result(.gap(let level)):
        guard let requirement = funding.requirement(level) else { continue }
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
        continue
      }
      grid.put(fitting: label, x: inner.x, y: y, width: 16, style: base)
      grid.put(fitting: value, x: inner.x + 16, y: y, width: 13, style: selected ? base : valueStyle, alignRight: true)
      var detailX = inner.x + 31
      if state.showsDeltas, let delta {
        detailX += grid.put(
          delta + " ", x: detailX, y: y,
          style: selected ? base : Style(Deltas.role(delta, higherIsBetter: higherIsBetter), bold: true),
          limit: max(0, inner.maxX - detailX))
      }
      grid.put(
        fitting: detail, x: detailX, y: y, width: max(0, inner.maxX - detailX), style: selected ? base : Style(.dim))
    }
  }
}
