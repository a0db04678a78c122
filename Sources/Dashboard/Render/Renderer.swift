import ForceModel

/// Draws the whole dashboard into a grid: the one function the terminal, `forceboard snapshot`
/// and the tests share.
public func render(_ state: AppState) -> Grid {
  var grid = Grid(width: state.width, height: state.height)
  let layout = state.layout
  if layout.isTooSmall {
    TooSmallView.render(state, into: &grid)
    return grid
  }
  if state.ops.awaiting != nil {
    WaitingView.render(state, into: &grid)
    return grid
  }
  if let banner = state.scenario.mission.banner {
    if let top = layout.bannerTop { HeaderBar.banner(banner, in: top, into: &grid) }
    if let bottom = layout.bannerBottom { HeaderBar.banner(banner, in: bottom, into: &grid) }
  }
  HeaderBar.render(state, in: layout.header, into: &grid)
  if let rect = layout.alerts {
    for (offset, alert) in state.alerts.prefix(rect.height).enumerated() {
      let line = Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1)
      grid.fill(line, style: Style(.conflict, bold: true))
      grid.put(" " + alert, x: rect.x, y: line.y, style: Style(.conflict, bold: true), limit: rect.width)
    }
  }
  if let rect = layout.headline { KioskView.render(state, in: rect, into: &grid) }
  if let rect = layout.meters { MeterRow.render(state, in: rect, into: &grid) }
  if let rect = layout.panels[.force] { ForcePanel.render(state, in: rect, into: &grid) }
  if let rect = layout.panels[.contributions] { ContributionsPanel.render(state, in: rect, into: &grid) }
  if let rect = layout.panels[.funding] { FundingPanel.render(state, in: rect, layout: layout, into: &grid) }
  if let rect = layout.panels[.timeline] { TimelinePanel.render(state, in: rect, into: &grid) }
  if state.ops.kiosk {
    KioskView.status(state, in: layout.status, into: &grid)
  } else {
    StatusBar.render(state, in: layout.status, into: &grid)
  }
  OverlayView.render(state, into: &grid)
  return grid
}

/// Draws one table panel and the status line again over `grid`, the frame `render` made before
/// only that panel's selection moved; false when the panel is not on screen as a table of its
/// own (the caller then draws the whole frame). What a selection shows beyond its panel is the
/// status line; every other part of the frame is as it was.
func redraw(_ panel: PanelID, of state: AppState, over grid: inout Grid) -> Bool {
  let layout = state.layout
  guard grid.width == state.width, grid.height == state.height, !layout.isTooSmall, state.ops.awaiting == nil,
    !state.ops.kiosk, let rect = layout.panels[panel]
  else { return false }
  grid.fill(rect)
  switch panel {
  case .force: ForcePanel.render(state, in: rect, into: &grid)
  case .contributions: ContributionsPanel.render(state, in: rect, into: &grid)
  case .funding: FundingPanel.render(state, in: rect, layout: layout, into: &grid)
  case .timeline: return false
  }
  grid.fill(layout.status)
  StatusBar.render(state, in: layout.status, into: &grid)
  return true
}
