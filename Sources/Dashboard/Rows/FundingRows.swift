import ForceModel

/// Panel 3's two tables: every funding line with its stage totals on the scenario's date, and
/// under them the money results — cash in hand, burn rate, runway as a date, the gap to the end
/// of the mandate — as selectable rows.
enum FundingRows {
  /// What changed in a line since the baseline, in a few characters: the USD movement of its
  /// funding, `new`, or what else changed.
  static func change(of line: FundingLine, ledger: LineLedger?, in state: AppState) -> String {
    guard let index = state.figures.baselineIndex(ofLine: line.id) else { return "new" }
    let old = state.baseline.funding[index]
    if old == line { return "" }
    let oldLedger = state.baselineResults.funding.ledger(of: index, in: state.baseline)
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
        let input = FundingCellInput(state: state, line: line, ledger: ledger, earlier: earlier, plain: plain)
        var cells = shown.map { $0.cell(input) }
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
        return ("~\(day)", .shortfall, "▼ ran out ~\(day) (projected\(known))")
      }
      let before = funding.mandate.map { day.months(to: $0.period.endDay) } ?? 0
      return (
        "\(day)", .shortfall,
        "▼ SHORT · cash runs out \(before > 0 ? Format.months(before) + " before " + endName : "")"
      )
    case .lasts(let through): return ("✓ lasts", .ok, "funded through \(through), when \(endName)")
    case .noSpending:
      let since = funding.cashUnknownSince.map { "no figures found since \($0)" } ?? "no spending reported"
      return ("unknown", .dim, "\(since): no burn rate to project from")
    case .undated: return ("—", .dim, "the scenario has no date to count from")
    }
  }

  /// The results under the lines: label, value, then the change and what it means.
  static func totals(_ state: AppState) -> TableModel {
    let funding = state.results.funding
    let before = state.baselineResults.funding
    let targets = PanelTargets.fundingSummary(state.results)
    let lines = state.visible[.funding]?.count ?? 0
    let columns = [
      TableColumn(title: "", width: 18, alignRight: false, gap: 0),
      TableColumn(title: "", width: 12, alignRight: true, gap: 2),
      TableColumn(title: "", width: 0, alignRight: false, flexible: true),
    ]
    let selected = state.table(.funding).selected - lines
    // Frozen money is not funding until released: said where the sum is.
    let frozen = funding.cash.frozen + funding.inKind.frozen
    let frozenText = frozen > 0 ? " − frozen \(Format.money(frozen))" : ""
    let notCounted =
      "pledged \(Format.money(funding.cash.pledgeOutstanding + funding.inKind.pledgeOutstanding))"
      + (funding.ceilings > 0 ? ", ceilings ≤ \(Format.money(funding.ceilings))" : "") + " not counted"
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
        case .result(.inHand):
          label = ResultKey.inHand.label ?? ""
          value = (funding.inHandIsBound ? "≤ " : "") + Format.money(funding.cash.inHand)
          delta = Deltas.money(funding.cash.inHand, before.cash.inHand)
          detail =
            (funding.cash.carriedIn > 0.5 ? "carried \(Format.money(funding.cash.carriedIn)) + " : "")
            + "received \(Format.money(funding.cash.received)) − spent \(Format.money(funding.cash.spent))"
            + (funding.cash.frozen > 0 ? " − frozen \(Format.money(funding.cash.frozen))" : "")
          if let mandate = funding.mandate, mandate.period.carryOver?.cash != true {
            detail = "\(mandate.period.force ?? "this period")'s own cash since \(mandate.period.start)"
            if mandate.leftBehind > 0.5 {
              detail += " · \(Format.money(mandate.leftBehind)) stays with the previous period"
            }
          }
          if let through = funding.spendingIsStale {
            // History, not news: past the burn window the figure is dim and says when it was known.
            valueStyle = Style(.dim, bold: true)
            detail = "last known \(through) · " + detail
          }
          if let since = funding.cashUnknownSince {
            value = "unknown"
            valueStyle = Style(.dim, bold: true)
            detail = "no figures found since \(since) · " + detail
          }
          if let through = funding.spendingReportedThrough, let day = funding.day, through < day {
            detail += " · spending reported to \(through)"
          }
          if funding.linesWithoutSpending > 0 {
            detail += " · \(funding.linesWithoutSpending) line(s) report no spending"
          }
          if funding.unconvertedLines > 0 { detail += " · \(funding.unconvertedLines) line(s) with no exchange rate!" }
        case .result(.burn):
          label = ResultKey.burn.label ?? ""
          value = Format.money(funding.burn.perMonth) + "/mo"
          delta = Deltas.money(funding.burn.perMonth, before.burn.perMonth)
          higherIsBetter = false
          switch funding.burn.basis {
          case .reported(let count):
            detail = "reported spending, latest span (\(count) line\(count == 1 ? "" : "s"))"
            if let through = funding.spendingIsStale {
              valueStyle = Style(.dim, bold: true)
              detail = "last known \(through) · " + detail
            }
          case .unknown:
            value = "unknown"
            valueStyle = Style(.dim, bold: true)
            detail =
              "no spending reported · force costs \(Format.money(funding.monthlyCostAtDeployed))/mo at \(Format.count(state.results.deployedTotal)) deployed (assumption)"
          }
        case .result(.runway), .result(.runwayWithCommitments):
          let commitments = target == .result(.runwayWithCommitments)
          label = commitments ? "…with commitments" : "Runway, cash only"
          let end = commitments ? funding.runwayWithCommitments : funding.runwayCashOnly
          let old = commitments ? before.runwayWithCommitments : before.runwayCashOnly
          let shown = runway(end, funding)
          value = shown.value
          valueStyle = Style(shown.role, bold: true)
          detail = shown.detail
          if commitments {
            detail =
              funding.datedCommitments > 0.5
              ? "+ \(Format.money(funding.datedCommitments)) committed with due dates · " + detail
              : "no dated commitments"
                + (funding.undatedCommitments > 0.5
                  ? "; \(Format.money(funding.undatedCommitments)) committed without a date" : "")
          }
          delta = Deltas.runway(end, old)
        case .result(.mandateGap):
          guard let mandate = funding.mandate else { return TableRow(cells: []) }
          label = "Gap to \(mandate.period.end)"
          delta = Deltas.money(mandate.gap, before.mandate?.gap)
          higherIsBetter = false
          let need =
            "needs \(Format.money(mandate.requirement)) for the period, has \(Format.money(mandate.covered)) (\(mandate.basisText))"
          if mandate.gap > 0 {
            value = "▼ " + Format.money(mandate.gap)
            valueStyle = Style(.shortfall, bold: true)
            detail = "SHORT · \(need) · \(notCounted)"
          } else {
            value = "✓ " + Format.money(-mandate.gap)
            valueStyle = Style(.ok, bold: true)
            detail = "covered · \(need)"
          }
        case .result(.coverage):
          guard let mandate = funding.mandate, let coverage = mandate.coverage else { return TableRow(cells: []) }
          label = "Coverage"
          value = Format.percent(coverage)
          valueStyle = Style(coverage < 1 ? .warning : .ok, bold: true)
          delta = Deltas.percent(coverage, before.mandate?.coverage)
          detail =
            "of \(Format.money(mandate.requirement)) for \(mandate.period.decision) (\(mandate.period.start)–\(mandate.period.end)) · \(mandate.basisText)"
        case .result(.fundingListed):
          label = "Funding"
          value = Format.money(funding.funding)
          delta = Deltas.money(funding.funding, before.funding)
          let committed = funding.cash.commitmentOutstanding + funding.inKind.commitmentOutstanding
          if let mandate = funding.mandate {
            let carried = funding.cash.carriedIn > 0.5 ? "carried \(Format.money(funding.cash.carriedIn)) + " : ""
            detail =
              "for \(mandate.period.force ?? mandate.period.id) since \(mandate.period.start): \(carried)received \(Format.money(funding.cash.received + funding.inKind.received))\(frozenText) + committed \(Format.money(committed))"
            if mandate.lapsed > 0.5 { detail += " · earlier commitments lapsed \(Format.money(mandate.lapsed))" }
            detail += " · \(notCounted)"
          } else {
            detail =
              "received \(Format.money(funding.cash.received + funding.inKind.received))\(frozenText) + committed \(Format.money(committed)) · \(notCounted)"
          }
        case .result(.gap(let level)):
          guard let requirement = funding.requirement(level) else { return TableRow(cells: []) }
          label = "Gap at \(level.label)"
          delta = Deltas.money(requirement.gap, before.requirement(level)?.gap)
          higherIsBetter = false
          let need =
            "needs \(Format.money(requirement.required)) for \(Format.months(funding.requirementMonths)) at \(Format.count(requirement.strength))"
          if requirement.gap > 0 {
            value = "▼ " + Format.money(requirement.gap)
            valueStyle = Style(.shortfall, bold: true)
            detail = "SHORT · \(need)"
          } else {
            value = "✓ " + Format.money(-requirement.gap)
            valueStyle = Style(.ok, bold: true)
            detail = "covered · \(need)"
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
