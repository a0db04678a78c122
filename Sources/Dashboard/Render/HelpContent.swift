import ForceModel

/// Every key, by mode.
enum HelpContent {
  static func lines(_ state: AppState) -> [(String, ThemeRole)] {
    var out: [(String, ThemeRole)] = [
      ("Every number carries its source, date and qualifier: ~ about, + at least, ≤ up to.", .dim),
      ("", .normal),
      ("Panels", .title),
      ("  Tab / Shift-Tab     next / previous panel", .normal),
      ("  1 2 3               force strength, contributions, funding", .normal),
      ("  h l  ← →            previous / next panel", .normal),
      ("Moving", .title),
      ("  ↑ ↓  k j            select the previous / next row", .normal),
      ("  PgUp PgDn  Space    a page up / down", .normal),
      ("  Home End  g G       first / last row", .normal),
      ("Tables (panels 2 and 3)", .title),
      ("  /                   filter rows as you type; Enter keeps it, Esc clears it", .normal),
      ("  n N                 next / previous matching row", .normal),
      ("  s S                 cycle the sort column / reverse the order", .normal),
      ("  Esc                 clear the filter", .normal),
      ("Details", .title),
      ("  Enter, double-click the value, qualifier, date and every source of the selected row,", .normal),
      ("                      the formula of a derived result and the conflicts it belongs to", .normal),
      ("  Esc q               close this box; ↑ ↓ scroll it", .normal),
      ("Display", .title),
      ("  t                   next theme (\(state.themes.map(\.name).joined(separator: ", ")))", .normal),
      ("  m                   mouse capture on/off (off lets the terminal select and copy text)", .normal),
      ("  Ctrl-L              redraw the whole screen", .normal),
      ("  ? F1                this help", .normal),
      ("  q                   quit", .normal),
      ("Mouse", .title),
      ("  click               select a panel or a row; wheel scrolls; double-click opens details", .normal),
      ("", .normal),
      ("Marks", .title),
      ("  ★ lead nation  ◆ group of partners  ! conflicting sources  ▼ SHORT  ✓ OK", .normal),
      ("  ○ pledged  ● committed  ≤ ceiling (may never be spent)  ✓ disbursed  ✗ left out", .normal),
    ]
    out.append(("", .normal))
    switch state.mode {
    case .readOnly:
      out.append(("READ-ONLY mode: browsing only; no key changes the scenario.", .warning))
    case .browse, .whatIf:
      out.append(
        ("Editing keys (e a d x u w W o b R) belong to what-if editing, which this version does not have yet.", .dim))
    }
    return out
  }
}
