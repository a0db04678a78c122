import ForceModel

/// Panel 3: every funding line as its stage totals, then cash in hand, burn, runway and the gap
/// to the end of the mandate.
public struct FundingPanel: Sendable {
  /// Draws panel 3 into `rect`, its lines and totals where `layout` puts them.
  public static func render(_ state: AppState, in rect: Rect, layout: DashboardLayout, into grid: inout Grid) {
    let table = state.table(.funding)
    let count = state.visible[.funding]?.count ?? 0
    let day = state.results.funding.day.map { " as of \($0)" } ?? ""
    var title = PanelID.funding.title + " (USD\(day); ✗ left out · ≤ at most)"
    if !table.filter.isEmpty {
      title = PanelID.funding.title + " — filter '\(table.filter)' \(count)/\(state.scenario.funding.count)"
    }
    let focused = state.focus == .funding
    PanelFrame.draw(.funding, title: title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 1 else { return }
    let area = layout.rowArea(.funding)
    let lines = FundingRows.lines(state, width: inner.width, visible: area.rows)
    TableDrawer.draw(
      lines, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: area.firstY - inner.y + area.rows),
      frame: rect, focused: focused, into: &grid)

    // The totals: selectable rows below a rule.
    let summaryY = layout.fundingSummaryY()
    let totals = FundingTotals.table(state, rows: max(0, inner.maxY - summaryY))
    let shown = min(totals.count, max(0, inner.maxY - summaryY))
    guard shown > 0 else { return }
    grid.rule(x: inner.x, y: summaryY - 1, count: inner.width, style: Style(.border))
    let rows = Rect(x: inner.x, y: summaryY, width: inner.width, height: shown)
    TableDrawer.draw(totals, in: rows, frame: rect, focused: focused, into: &grid)
  }
}
