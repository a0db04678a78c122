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
      ("  Home End  G         first / last row", .normal),
      ("Tables (panels 2 and 3)", .title),
      ("  /                   filter rows as you type; Enter keeps it, Esc clears it", .normal),
      ("  n N                 next / previous matching row", .normal),
      ("  s S                 cycle the sort column / reverse the order", .normal),
      ("  Esc                 clear the filter", .normal),
      ("Details", .title),
      ("  i, double-click     the value, qualifier, date and every source of the selected row,", .normal),
      ("                      the formula of a derived result and the conflicts it belongs to", .normal),
      ("  Enter               details of a result; on an input (a count, a line) it edits", .normal),
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
      out.append(("READ-ONLY mode: browsing only; no key changes the scenario and no file is written.", .warning))
      out.append(("  b g                 compare with the baseline; goal seek shows answers but applies none", .normal))
    case .browse, .whatIf:
      out += [
        ("What-if editing (every result recalculates as you type; the loaded scenario is the baseline)", .title),
        ("  e  Enter            edit the selected input: Planned/Target, a country's deployed or pledged", .normal),
        ("                      count (Tab switches), a line's amount, status or currency", .normal),
        ("  A                   edit the assumptions: cost per officer-year, fixed cost, horizon,", .normal),
        ("                      whether ceilings count as money in hand, exchange rates", .normal),
        ("                      typing: 1200 1,200 1.2k ~900 700+ $625M 625m; Esc cancels, Enter commits", .normal),
        ("  a  d  x             add a country or line (form), remove one (asks), leave a line out", .normal),
        ("  u  Ctrl-R           undo / redo, without limit", .normal),
        ("  H                   edit history: every edit; Enter jumps to any point", .normal),
        ("  R                   reset to the baseline (asks; Ctrl-R brings the edits back)", .normal),
        ("  b                   baseline, what-if and change side by side", .normal),
        ("  g                   goal seek on a Short of, Gap or Runway row: what closes it", .normal),
        ("  w  W  o             save (atomic), save as, open another scenario", .normal),
        ("Unsaved edits are journalled; after a crash the next start offers to restore them.", .dim),
      ]
    }
    return out
  }
}
