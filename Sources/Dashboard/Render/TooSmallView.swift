import ForceModel

/// What a terminal below the minimum size shows instead of a garbled dashboard.
enum TooSmallView {
  /// How to quit from here: the kiosk's chord (`type qy`), else `press q`.
  static func quitHint(_ state: AppState) -> String {
    guard state.ops.kiosk else { return "press \(KeyMap.panels.key(.quit))" }
    let keys = state.ops.quitChord.compactMap { key -> String? in
      if case .character(let c) = key { return String(c) }
      return nil
    }
    return keys.count == 1 ? "press \(keys[0])" : "type \(keys.joined())"
  }

  static func render(_ state: AppState, into grid: inout Grid) {
    let lines = [
      "ForceBoard needs at least \(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)",
      "this terminal is \(state.width)×\(state.height)",
      "enlarge it, or \(quitHint(state)) to quit",
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
