import ForceModel

/// The money results under the funding lines — cash in hand, burn, runway, the gap to the
/// mandate's end, coverage, funding and the gaps at each strength — as selectable rows: label,
/// value, then the change since the baseline and what the figure means.
enum FundingTotals {
  /// One total's row before it becomes cells.
  struct Line {
    var label: String
    var value = ""
    var valueStyle = Style(.normal, bold: true)
    /// What the figure means and rests on.
    var detail = ""
    /// The change since the baseline, when there is one.
    var delta: String?
    var higherIsBetter = true

    /// A gap: short (red, with what is needed and, when short, `whenShort` too) or covered.
    mutating func showGap(_ gap: Double, need: String, whenShort: String = "") {
      higherIsBetter = false
      if gap > 0 {
        value = Format.money(gap)
        valueStyle = Style(.shortfall, bold: true)
        detail = "SHORT · " + need + whenShort
      } else {
        value = "✓ " + Format.money(-gap)
        valueStyle = Style(.ok, bold: true)
        detail = "covered · " + need
      }
    }
  }

  /// What every total reads: the results shown and the baseline's.
  struct Inputs {
    let funding: FundingResults
    let before: FundingResults
    let deployed: Int
    /// The results shown and their ranges, for each total's low and high.
    var results: Results? = nil
    var ranges: ResultRanges? = nil
  }

  /// The totals table, its first `rows` made (the columns are fixed, so the rows left out
  /// change nothing of those shown: a small screen shows one or two of eight).
  static func table(_ state: AppState, rows: Int = .max) -> TableModel {
    let targets = PanelTargets.fundingSummary(state.results)
    let lines = state.visible[.funding]?.count ?? 0
    let columns = [
      TableColumn(title: "", width: 18, alignRight: false, gap: 0),
      TableColumn(title: "", width: 12, alignRight: true, gap: 2),
      TableColumn(title: "", width: 0, alignRight: false, flexible: true),
    ]
    let selected = state.table(.funding).selected - lines
    let inputs = Inputs(
      funding: state.results.funding, before: state.baselineResults.funding, deployed: state.results.deployedTotal,
      results: state.results, ranges: state.figures.ranges)
    return TableModel(
      columns: columns, minimumFlexible: 0, showsHeader: false, count: targets.count,
      window: targets.prefix(max(0, rows)).map { target in
        guard case .result(let key) = target, var line = line(key, inputs) else { return TableRow(cells: []) }
        if let range = rangeText(key, inputs) {
          // After the verdict ("SHORT"), before what it rests on.
          let verdict = ["SHORT · ", "covered · "].first { line.detail.hasPrefix($0) } ?? ""
          line.detail = verdict + range + " · " + line.detail.dropFirst(verdict.count)
        }
        return row(line, deltas: state.showsDeltas)
      },
      selected: state.ops.kiosk || selected < 0 ? nil : selected, scroll: 0)
  }

  /// A total's range in words, when its inputs make it one: "range $1.1B–$1.37B",
  /// "runs out 2026-06-20 – 2026-08-10".
  static func rangeText(_ key: ResultKey, _ inputs: Inputs) -> String? {
    guard let results = inputs.results, let ranges = inputs.ranges else { return nil }
    switch key {
    case .runway, .runwayWithCommitments:
      let (earliest, latest) = ranges.runway(withCommitments: key == .runwayWithCommitments, point: results)
      guard earliest != latest, earliest.day != nil || latest.day != nil else { return nil }
      return "range \(earliest.text) – \(latest.text)"
    case .inHand, .mandateGap, .gap, .fundingListed:
      guard let range = ranges.range(key, point: results), range.lowerBound < range.upperBound else { return nil }
      return "range \(Format.money(range.lowerBound))–\(Format.money(range.upperBound))"
    case .coverage:
      guard let range = ranges.range(key, point: results), range.lowerBound < range.upperBound else { return nil }
      return "range \(Format.percent(range.lowerBound))–\(Format.percent(range.upperBound))"
    default:
      return nil
    }
  }

  /// A total's cells: label, value, then the change since the baseline and what it means.
  static func row(_ line: Line, deltas: Bool) -> TableRow {
    var meaning = TableCell(line.detail, Style(.dim))
    if deltas, let delta = line.delta {
      meaning = TableCell(
        TextRun(text: delta + " ", style: Style(Deltas.role(delta, higherIsBetter: line.higherIsBetter), bold: true)),
        then: TextRun(text: line.detail, style: Style(.dim)))
    }
    return TableRow(cells: [TableCell(line.label, Style(.normal)), TableCell(line.value, line.valueStyle), meaning])
  }

  /// The row of one result, or nil when the scenario has no such figure (no mandate, no level).
  static func line(_ key: ResultKey, _ inputs: Inputs) -> Line? {
    switch key {
    case .inHand: inHand(inputs)
    case .burn: burn(inputs)
    case .runway: runway(inputs, withCommitments: false)
    case .runwayWithCommitments: runway(inputs, withCommitments: true)
    case .mandateGap: mandateGap(inputs)
    case .coverage: coverage(inputs)
    case .fundingListed: fundingListed(inputs)
    case .gap(let level): gap(level, inputs)
    default: nil
    }
  }

  /// Money that is frozen, said where a sum leaves it out.
  private static func frozenText(_ funding: FundingResults) -> String {
    let frozen = funding.cash.frozen + funding.inKind.frozen
    return frozen > 0 ? " − frozen \(Format.money(frozen))" : ""
  }

  /// What the funding figure does not count: pledges and ceilings.
  private static func notCounted(_ funding: FundingResults) -> String {
    "pledged \(Format.money(funding.cash.pledgeOutstanding + funding.inKind.pledgeOutstanding))"
      + (funding.ceilings > 0 ? ", ceilings ≤ \(Format.money(funding.ceilings))" : "") + " not counted"
  }

  private static func inHand(_ inputs: Inputs) -> Line {
    let funding = inputs.funding
    var line = Line(label: ResultKey.inHand.label ?? "")
    line.value = (funding.inHandIsBound ? "≤ " : "") + Format.money(funding.cash.inHand)
    line.delta = Deltas.money(funding.cash.inHand, inputs.before.cash.inHand)
    line.detail =
      (funding.cash.carriedIn > 0.5 ? "carried \(Format.money(funding.cash.carriedIn)) + " : "")
      + "received \(Format.money(funding.cash.received)) − spent \(Format.money(funding.cash.spent))"
      + (funding.cash.frozen > 0 ? " − frozen \(Format.money(funding.cash.frozen))" : "")
    if let mandate = funding.mandate, mandate.period.carryOver?.cash != true {
      line.detail = "\(mandate.period.force ?? "this period")'s own cash since \(mandate.period.start)"
      if mandate.leftBehind > 0.5 {
        line.detail += " · \(Format.money(mandate.leftBehind)) stays with the previous period"
      }
    }
    if let through = funding.spendingIsStale {
      // History, not news: past the burn window the figure is dim and says when it was known.
      line.valueStyle = Style(.dim, bold: true)
      line.detail = "last known \(through) · " + line.detail
    }
    if let since = funding.cashUnknownSince {
      line.value = "unknown"
      line.valueStyle = Style(.dim, bold: true)
      line.detail = "no figures found since \(since) · " + line.detail
    }
    if let through = funding.spendingReportedThrough, let day = funding.day, through < day {
      line.detail += " · spending reported to \(through)"
    }
    if funding.linesWithoutSpending > 0 {
      line.detail += " · \(funding.linesWithoutSpending) line(s) report no spending"
    }
    if funding.unconvertedLines > 0 { line.detail += " · \(funding.unconvertedLines) line(s) with no exchange rate!" }
    return line
  }

  private static func burn(_ inputs: Inputs) -> Line {
    let funding = inputs.funding
    var line = Line(label: ResultKey.burn.label ?? "")
    line.value = Format.money(funding.burn.perMonth) + "/mo"
    line.delta = Deltas.money(funding.burn.perMonth, inputs.before.burn.perMonth)
    line.higherIsBetter = false
    switch funding.burn.basis {
    case .reported(let count):
      line.detail = "reported spending, latest span (\(count) line\(count == 1 ? "" : "s"))"
      if let through = funding.spendingIsStale {
        line.valueStyle = Style(.dim, bold: true)
        line.detail = "last known \(through) · " + line.detail
      }
    case .unknown:
      line.value = "unknown"
      line.valueStyle = Style(.dim, bold: true)
      line.detail =
        "no spending reported · force costs \(Format.money(funding.monthlyCostAtDeployed))/mo at \(Format.count(inputs.deployed)) deployed (assumption)"
    }
    return line
  }

  private static func runway(_ inputs: Inputs, withCommitments commitments: Bool) -> Line {
    let funding = inputs.funding
    var line = Line(label: commitments ? "…with commitments" : "Runway, cash only")
    let end = commitments ? funding.runwayWithCommitments : funding.runwayCashOnly
    let old = commitments ? inputs.before.runwayWithCommitments : inputs.before.runwayCashOnly
    let shown = FundingRows.runway(end, funding)
    line.value = shown.value
    line.valueStyle = Style(shown.role, bold: true)
    line.detail = shown.detail
    if commitments {
      line.detail =
        funding.datedCommitments > 0.5
        ? "+ \(Format.money(funding.datedCommitments)) committed with due dates · " + line.detail
        : "no dated commitments"
          + (funding.undatedCommitments > 0.5
            ? "; \(Format.money(funding.undatedCommitments)) committed without a date" : "")
    }
    line.delta = Deltas.runway(end, old)
    return line
  }

  private static func mandateGap(_ inputs: Inputs) -> Line? {
    guard let mandate = inputs.funding.mandate else { return nil }
    var line = Line(label: "Gap to \(mandate.period.end)")
    line.delta = Deltas.money(mandate.gap, inputs.before.mandate?.gap)
    line.higherIsBetter = false
    let need =
      "needs \(Format.money(mandate.requirement)) for the period, has \(Format.money(mandate.covered)) (\(mandate.basisText))"
    line.showGap(mandate.gap, need: need, whenShort: " · " + notCounted(inputs.funding))
    return line
  }

  private static func coverage(_ inputs: Inputs) -> Line? {
    guard let mandate = inputs.funding.mandate, let coverage = mandate.coverage else { return nil }
    var line = Line(label: "Coverage")
    line.value = Format.percent(coverage)
    line.valueStyle = Style(coverage < 1 ? .warning : .ok, bold: true)
    line.delta = Deltas.percent(coverage, inputs.before.mandate?.coverage)
    line.detail =
      "of \(Format.money(mandate.requirement)) for \(mandate.period.decision) (\(mandate.period.start)–\(mandate.period.end)) · \(mandate.basisText)"
    return line
  }

  private static func fundingListed(_ inputs: Inputs) -> Line {
    let funding = inputs.funding
    var line = Line(label: "Funding")
    line.value = Format.money(funding.funding)
    line.delta = Deltas.money(funding.funding, inputs.before.funding)
    let committed = funding.cash.commitmentOutstanding + funding.inKind.commitmentOutstanding
    let received = Format.money(funding.cash.received + funding.inKind.received)
    if let mandate = funding.mandate {
      let carried = funding.cash.carriedIn > 0.5 ? "carried \(Format.money(funding.cash.carriedIn)) + " : ""
      line.detail =
        "for \(mandate.period.force ?? mandate.period.id) since \(mandate.period.start): \(carried)received \(received)\(frozenText(funding)) + committed \(Format.money(committed))"
      if mandate.lapsed > 0.5 { line.detail += " · earlier commitments lapsed \(Format.money(mandate.lapsed))" }
      line.detail += " · \(notCounted(funding))"
    } else {
      line.detail =
        "received \(received)\(frozenText(funding)) + committed \(Format.money(committed)) · \(notCounted(funding))"
    }
    return line
  }

  private static func gap(_ level: StrengthLevel, _ inputs: Inputs) -> Line? {
    let funding = inputs.funding
    guard let requirement = funding.requirement(level) else { return nil }
    var line = Line(label: "Gap at \(level.label)")
    line.delta = Deltas.money(requirement.gap, inputs.before.requirement(level)?.gap)
    line.higherIsBetter = false
    let need =
      "needs \(Format.money(requirement.required)) for \(Format.months(funding.requirementMonths)) at \(Format.count(requirement.strength))"
    line.showGap(requirement.gap, need: need)
    return line
  }
}
