import ForceModel

/// The help box: every key of the panels and of the boxes over them, written from the key maps
/// themselves, so the help cannot name a key that does nothing or miss one that does something.
enum HelpContent {
  /// Help sections in order; the what-if section depends on the mode.
  static let browsingGroups: [HelpGroup] = [.panels, .time, .moving, .tables, .details, .display]

  static func lines(_ state: AppState) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [
      ("Every number carries its source, date and qualifier: ~ about, + at least, ≤ up to.", .dim),
      ("", .normal),
    ]
    for group in browsingGroups {
      out.append((group.rawValue, .title))
      out += rows(in: group, state: state)
    }
    out += [
      ("Mouse", .title),
      ("  click               select a panel or a row; wheel scrolls; double-click opens details", .normal),
      ("", .normal),
      ("Marks", .title),
      ("  ★ lead nation  ◆ group of partners  ! conflicting sources  SHORT in words and red  ✓ met", .normal),
      ("  ▲ ▼ went up / down: since the baseline (what-if) or the last load (a live screen)", .normal),
      ("  money: pledged (never counted) → committed → received → spent; frozen is not cash in hand", .normal),
      ("  ≤ at most (a ceiling, or cash in hand where spending is not reported)  ✗ left out", .normal),
      ("", .normal),
    ]
    switch state.mode {
    case .readOnly:
      let writes =
        state.source.canSaveCopy
        ? "no file is written but the copy \(KeyMap.panels.key(.saveAs)) saves" : "no file is written"
      out.append(("READ-ONLY mode: browsing only; no key changes the scenario and \(writes).", .warning))
      out += rows(in: .whatIf, state: state)
    case .browse, .whatIf:
      out.append((HelpGroup.whatIf.rawValue, .title))
      out += rows(in: .whatIf, state: state)
      out.append(("Unsaved edits are journalled; after a crash the next start offers to restore them.", .dim))
    }
    return out
  }

  /// The help lines of one section: the panels' rows, then those of the reading boxes. Rows
  /// the state refuses are left out (a read-only display's editing keys).
  static func rows(in group: HelpGroup, state: AppState) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = []
    func add(label: String, help: [String]) {
      guard let first = help.first else { return }
      out.append(("  " + TextWidth.fit(label, to: 20) + first, .normal))
      for more in help.dropFirst() { out.append((String(repeating: " ", count: 22) + more, .normal)) }
    }
    for row in KeyMap.panels.rows where row.group == group && !state.refuses(row) {
      var help = row.help
      if row.bindings.contains(where: { $0.command == .theme }), let first = help.first {
        help[0] = first + " (\(state.screen.themes.map(\.name).joined(separator: ", ")))"
      }
      add(label: row.label, help: help)
    }
    for row in KeyMap.reading.rows where row.group == group { add(label: row.label, help: row.help) }
    return out
  }
}
