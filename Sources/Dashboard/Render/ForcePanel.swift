import ForceModel

/// Panel 1: the strengths the force is measured against, what was deployed, the latest
/// reported totals and the shortfalls. Its history is the timeline's (panel 4).
public struct ForcePanel: Sendable {
  /// Draws panel 1 into `rect`.
  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .force
    PanelFrame.draw(.force, title: PanelID.force.title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 0 else { return }
    let targets = PanelTargets.force(state)
    // The shortfalls never scroll out of sight: when the figures do not all fit, they keep the
    // bottom rows and the rest scroll above them.
    let pinned = targets.count > inner.height ? targets.filter(\.isShortfall).count : 0
    let kept = min(pinned, inner.height)
    let rows = inner.height - kept
    if rows > 0 {
      TableDrawer.draw(
        ForceRows.table(state, targets: Array(targets.dropLast(pinned)), width: inner.width, rows: rows),
        in: Rect(x: inner.x, y: inner.y, width: inner.width, height: rows), frame: rect, focused: focused,
        into: &grid)
    }
    if kept > 0 {
      TableDrawer.draw(
        ForceRows.table(
          state, targets: Array(targets.suffix(kept)), width: inner.width, rows: kept,
          offset: targets.count - kept),
        in: Rect(x: inner.x, y: inner.y + rows, width: inner.width, height: kept), frame: rect, focused: focused,
        into: &grid)
    }
  }
}
