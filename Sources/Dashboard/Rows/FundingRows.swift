import ForceModel

/// Panel 3's two tables: every funding line with its stage totals on the scenario's date, and
/// under them the money results — cash in hand, burn rate, runway as a date, the gap to the end
/// of the mandate — as selectable rows.
enum FundingRows {
  /// What changed in a line since the baseline, in a few characters: the USD movement of its
  /// funding, `new`, or what else changed.
  static func change(of line: FundingLine, ledger: LineLedger?, in state: AppState) -> String {
    guard let index = state.figures.baselineIndex(ofLine: line.id) else { return "new" }
    let old = state.figures.baselineShown.funding[index]
    if old == line { return "" }
    let oldLedger = state.baselineResults.funding.ledger(of: index, in: state.figures.baselineShown)
    let funding = ledger.map { $0.received + $0.commitmentOutstanding }
    let oldFunding = oldLedger.map { $0.received + $0.commitmentOutstanding }
    if let delta = Deltas.compact(Deltas.money(funding, oldFunding)) { return delta }
    if old.counted != line.counted { return line.counted ? "counted" : "left out" }
    if old.form != line.form { return "was \(old.form.label)" }
    if old.currency != line.currency { return "was \(old.currency)" }
    return "edited"
  }

  /// The lines table for a panel `width` cells wide showing `visible` lines.
  static func lines(_ state: AppState, width: Int, visible: Int) -> TableModel {
    let table = state.table(.funding)
    let rows = state.visible[.funding] ?? []
    let funding = state.results.funding
    let deltas = state.showsDeltas
    let shown = FundingColumn.all.filter { width >= $0.from }
    var tableColumns = shown.map(\.tableColumn)
    if deltas { tableColumns.append(TableColumn(title: "Change", width: 9, alignRight: true)) }
    let sortIndex = table.sortColumn.flatMap { column in
      shown.firstIndex { $0.title == FundingColumn.all[column].title }
    }
    var model = TableModel(
      columns: tableColumns, sortIndex: sortIndex, sortDescending: table.sortDescending, count: rows.count,
      window: rows[min(table.scroll, rows.count)..<min(rows.count, table.scroll + max(0, visible))].map { lineIndex in
        let line = state.scenario.funding[lineIndex]
        let ledger = funding.ledger(of: lineIndex, in: state.scenario)
        // A line whose money is all an earlier mandate's (none carried over) is history here: dim,
        // its cash marked "earlier", never read as this period's.
        let earlier = funding.isEarlierMandates(lineIndex, in: state.scenario)
        let plain = Style(line.counted && !earlier ? .normal : .dim)
        let input = FundingCellInput(
          line: line, ledger: ledger, earlier: earlier, plain: plain, day: funding.day,
          usdPerUnit: state.scenario.assumptions.usdPerUnit(line.currency) ?? 0)
        var cells = shown.map { $0.cell(input, in: state) }
        if deltas {
          let change = Self.change(of: line, ledger: ledger, in: state)
          cells.append(TableCell(change, change.isEmpty ? plain : Style(.assumption, bold: true)))
        }
        return TableRow(cells: cells, role: line.counted && !earlier ? .normal : .dim)
      },
      selected: state.ops.kiosk ? nil : table.selected, scroll: table.scroll,
      empty: table.filter.isEmpty
        ? "No funding lines in this scenario"
        : "No line matches '\(table.filter)' (\(KeyMap.panels.key(.clearFilter)) clears)")
    model.fittedColumns = TableModel.fit(tableColumns, to: width)
    return model
  }

  /// What a runway's end means beside the mandate: a date and how it stands.
  static func runway(_ end: RunwayEnd, _ funding: FundingResults) -> (value: String, role: ThemeRole, detail: String) {
    let endName = funding.mandate.map { "the mandate ends (\($0.period.end))" } ?? "the horizon ends"
    switch end {
    case .runsOut(let day):
      // Projected from where spending is known to: a day already behind the date shown is
      // said as a projection that has passed, never as news.
      if end.passed(before: funding.day) != nil {
        let known = funding.spendingReportedThrough.map { "; nothing reported since \($0)" } ?? ""
        return ("~\(day)", .shortfall, "ran out ~\(day) (projected\(known))")
      }
      let before = funding.mandate.map { day.months(to: $0.period.endDay) } ?? 0
      return (
        "\(day)", .shortfall,
        "SHORT · cash runs out \(before > 0 ? Format.months(before) + " before " + endName : "")"
      )
    case .lasts(let through): return ("✓ lasts", .ok, "funded through \(through), when \(endName)")
    case .noSpending:
      let since = funding.cashUnknownSince.map { "no figures found since \($0)" } ?? "no spending reported"
      return ("unknown", .dim, "\(since): no burn rate to project from")
    case .undated: return ("—", .dim, "the scenario has no date to count from")
    }
  }
}
