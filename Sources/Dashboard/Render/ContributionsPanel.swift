import ForceModel

/// Panel 2: who sent how many, against what they pledged.
public struct ContributionsPanel: Sendable {
  /// Draws panel 2 into `rect`.
  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let table = state.table(.contributions)
    let count = state.visible[.contributions]?.count ?? 0
    var title = PanelID.contributions.title + " (★ lead, ◆ group of partners, ! conflict)"
    if !table.filter.isEmpty {
      title = PanelID.contributions.title + " — filter '\(table.filter)' \(count)/\(state.scenario.contributors.count)"
    }
    let focused = state.focus == .contributions
    PanelFrame.draw(.contributions, title: title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 1 else { return }
    TableDrawer.draw(
      ContributionRows.table(state, width: inner.width, visible: inner.height - 1), in: inner, frame: rect,
      focused: focused, into: &grid)
  }
}
