import ForceModel

/// What a terminal below the minimum size shows instead of a garbled dashboard.
enum TooSmallView {
  static func render(_ state: AppState, into grid: inout Grid) {
    let lines = [
      "ForceBoard needs at least \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)",
      "this terminal is \(state.width)×\(state.height)",
      "enlarge it, or press q to quit",
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let text = TextWidth.truncate(line, to: state.width)
      grid.put(
        text, x: max(0, (state.width - TextWidth.of(text)) / 2), y: top + offset,
        style: Style(offset == 0 ? .warning : .normal))
    }
  }
}
