/// What a key does on the panels, with nothing open over them. `AppState.perform` carries each
/// out; `KeyMap.panels` binds them to keys.
public enum PanelCommand: String, Sendable, Hashable, CaseIterable {
  case nextPanel, previousPanel, forcePanel, contributionsPanel, fundingPanel, timelinePanel, panelLeft, panelRight
  case up, down, pageUp, pageDown, first, last
  case filter, nextMatch, previousMatch, sort, reverseSort, clearFilter
  case details, activate
  case theme, mouse, zoom, redraw, help, quit
  case edit, editAssumptions, add, remove, toggleCounted, undo, redo, history, reset, compare, goalSeek
  case save, saveAs, open
  case earlierEvent, laterEvent, monthEarlier, monthLater, typeDate, latest, chartSubject, chartStack, nextPlan
}

extension KeyMap where Command == PanelCommand {
  /// Every key of the panels. Read-only and the kiosk are filters over it: rows that edit are
  /// refused with a message in read-only; a kiosk runs only rows marked for it.
  public static let panels = KeyMap([
    // Panels
    KeyRow(
      [.init(key: .tab, command: .nextPanel), .init(key: .backTab, command: .previousPanel)],
      label: "Tab / Shift-Tab", help: ["next / previous panel"], group: .panels, hint: always("Tab", "panel", order: 0)),
    KeyRow(
      [
        .init(key: .character("1"), command: .forcePanel), .init(key: .character("2"), command: .contributionsPanel),
        .init(key: .character("3"), command: .fundingPanel), .init(key: .character("4"), command: .timelinePanel),
      ], label: "1 2 3 4", help: ["force strength, contributions, funding, timeline"], group: .panels),
    KeyRow(
      [
        .init(key: .character("h"), command: .panelLeft), .init(key: .character("l"), command: .panelRight),
        .init(key: .left, command: .panelLeft), .init(key: .right, command: .panelRight),
      ], label: "h l  ← →", help: ["previous / next panel"], group: .panels),
    // Time
    KeyRow(
      [.init(key: .character("["), command: .earlierEvent), .init(key: .character("]"), command: .laterEvent)],
      label: "[ ]", help: ["as of the previous / next date at which anything changes"], group: .time,
      hint: when("[/]", "date", order: 2) { $0.cursor != nil }),
    KeyRow(
      [.init(key: .character("{"), command: .monthEarlier), .init(key: .character("}"), command: .monthLater)],
      label: "{ }", help: ["as of a month earlier / later"], group: .time),
    KeyRow(
      [.init(key: .character("@"), command: .typeDate)], label: "@",
      help: ["as of a date you type: 2024-09-12, 2024-09, sep 2024; past the data's date, projected"],
      group: .time),
    KeyRow(
      [.init(key: .character("P"), command: .nextPlan)], label: "P",
      help: [
        "follow the next plan past the data's date (base, optimistic, …); on the",
        "timeline e edits a planned event, a adds one, d removes it",
      ], group: .time,
      hint: when("P", "plan", order: 5) { $0.isProjecting && $0.history.current.plans.count > 1 }),
    KeyRow(
      [.init(key: .character("."), command: .latest)], label: ".", help: ["back to the latest picture"], group: .time,
      hint: when(".", "latest", order: 3) { $0.cursor != nil }),
    KeyRow(
      [.init(key: .character("v"), command: .chartSubject), .init(key: .character("c"), command: .chartStack)],
      label: "v  c",
      help: [
        "timeline chart: strength or money (received, spent, required);",
        "strength stacked by country or the total with the reported totals",
      ], group: .time,
      hint: KeyRow.Hint(key: "v", order: 4) {
        $0.focus != .timeline ? nil : $0.chart.view == .strength ? "money" : "strength"
      }),
    // Moving
    KeyRow(
      [
        .init(key: .up, command: .up), .init(key: .down, command: .down), .init(key: .character("k"), command: .up),
        .init(key: .character("j"), command: .down),
      ], label: "↑ ↓  k j", help: ["select the previous / next row"], group: .moving,
      hint: always("↑↓", "select", order: 1)),
    KeyRow(
      [
        .init(key: .pageUp, command: .pageUp), .init(key: .pageDown, command: .pageDown),
        .init(key: .character(" "), command: .pageDown), .init(key: .control("b"), command: .pageUp),
        .init(key: .control("f"), command: .pageDown),
      ], label: "PgUp PgDn  Space", help: ["a page up / down"], group: .moving),
    KeyRow(
      [
        .init(key: .home, command: .first), .init(key: .end, command: .last),
        .init(key: .character("G"), command: .last),
      ], label: "Home End  G", help: ["first / last row"], group: .moving),
    // Tables
    KeyRow(
      [.character("/")], .filter, label: "/", help: ["filter rows as you type; Enter keeps it, Esc clears it"],
      group: .tables, hint: when("/", "filter", order: 8) { $0.focus != .force }),
    KeyRow(
      [.init(key: .character("n"), command: .nextMatch), .init(key: .character("N"), command: .previousMatch)],
      label: "n N", help: ["next / previous matching row"], group: .tables,
      hint: when("n/N", "match", order: 10) { !$0.table($0.focus).filter.isEmpty }),
    KeyRow(
      [.init(key: .character("s"), command: .sort), .init(key: .character("S"), command: .reverseSort)],
      label: "s S", help: ["cycle the sort column / reverse the order"], group: .tables,
      hint: when("s", "sort", order: 9) { $0.focus != .force }),
    KeyRow(
      [.escape], .clearFilter, label: "Esc", help: ["clear the filter"], group: .tables,
      hint: when("Esc", "unfilter", order: 11) { !$0.table($0.focus).filter.isEmpty }),
    // Details
    KeyRow(
      [.character("i")], .details, label: "i, double-click",
      help: [
        "the value, qualifier, date and every source of the selected row,",
        "the formula of a derived result and the conflicts it belongs to",
      ], group: .details, hint: when("i", "details", order: 3) { $0.selectionIsInput }),
    KeyRow(
      [.enter], .activate, label: "Enter", help: ["details of a result; on an input (a count, a line) it edits"],
      group: .details,
      hint: KeyRow.Hint(key: "Enter", order: 2) { $0.selectionIsInput ? "edit" : "details" }),
    // Display
    KeyRow(
      [.character("t")], .theme, label: "t", help: ["next theme"], group: .display,
      hint: always("t", "theme", order: 14)),
    KeyRow(
      [.character("m")], .mouse, label: "m",
      help: ["mouse capture on/off (off lets the terminal select and copy text)"], group: .display,
      hint: always("m", "mouse", order: 15)),
    KeyRow(
      [.character("z")], .zoom, label: "z",
      help: ["zoom: the focused panel fills the screen, every column and text whole; z again: all panels"],
      group: .display, hint: always("z", "zoom", order: 16)),
    KeyRow([.control("l")], .redraw, label: "Ctrl-L", help: ["redraw the whole screen"], group: .display, kiosk: true),
    KeyRow(
      [.character("?"), .function(1)], .help, label: "? F1", help: ["this help"], group: .display,
      hint: always("?", "help", order: 12)),
    KeyRow([.character("q")], .quit, label: "q", help: ["quit"], group: .display, hint: always("q", "quit", order: 13)),
    // What-if
    KeyRow(
      [.character("e")], .edit, label: "e  Enter",
      help: [
        "edit the selected input: Planned/Target, a country's deployed or pledged",
        "count (Tab switches), a line's received, spent, committed or pledged total",
        "on the scenario's date, its form or currency",
      ], group: .whatIf, edits: true),
    KeyRow(
      [.character("A")], .editAssumptions, label: "A",
      help: [
        "edit the money assumptions: the budget of the mandate in force,",
        "cost per officer-year, fixed cost, horizon, exchange rates",
        "typing: 1200 1,200 1.2k ~900 700+ $625M 625m; Esc cancels, Enter commits",
      ], group: .whatIf, edits: true),
    KeyRow(
      [
        .init(key: .character("a"), command: .add), .init(key: .character("d"), command: .remove),
        .init(key: .character("x"), command: .toggleCounted),
      ], label: "a  d  x", help: ["add a country or line (form), remove one (asks), leave a line out"],
      group: .whatIf, edits: true),
    KeyRow(
      [.init(key: .character("u"), command: .undo), .init(key: .control("r"), command: .redo)], label: "u  Ctrl-R",
      help: ["undo / redo, without limit"], group: .whatIf, edits: true,
      hint: when("u", "undo", order: 5) { $0.history.isEdited }),
    KeyRow(
      [.character("H")], .history, label: "H", help: ["edit history: every edit; Enter jumps to any point"],
      group: .whatIf),
    KeyRow(
      [.character("R")], .reset, label: "R", help: ["reset to the baseline (asks; Ctrl-R brings the edits back)"],
      group: .whatIf, edits: true),
    KeyRow(
      [.character("b")], .compare, label: "b",
      help: ["baseline, what-if and change side by side; the plans side by side"], group: .whatIf,
      hint: when("b", "compare", order: 6) { $0.history.isEdited && !$0.readOnly }),
    KeyRow(
      [.character("g")], .goalSeek, label: "g", help: ["goal seek on a Short of, Gap or Runway row: what closes it"],
      group: .whatIf, hint: when("g", "goal seek", order: 4) { $0.selectionIsGoal }),
    KeyRow(
      [.init(key: .character("w"), command: .save), .init(key: .character("o"), command: .open)], label: "w  o",
      help: ["save (atomic), open another scenario"], group: .whatIf, edits: true,
      hint: when("w", "save", order: 7) { $0.history.isEdited }),
    KeyRow(
      [.character("W")], .saveAs, label: "W",
      help: ["save as another file; on a display of an address, a local copy (it still follows the address)"],
      group: .whatIf, edits: true, savesCopy: true),
  ])
}

extension AppState {
  /// True when the selection is a result goal seek can solve (a shortfall, a gap, the runway).
  public var selectionIsGoal: Bool {
    guard case .result(let key) = selectedTarget(focus) else { return false }
    switch key {
    case .shortfall, .gap, .runway: return true
    default: return false
    }
  }
}
