import ForceModel

/// Panel 2's table: one row per country, with its marks, counts, changes and share.
enum ContributionRows {
  /// Whether a recorded conflict concerns a row (`ConflictLinks`, the rule the details list by),
  /// or the row is the unattributed one and the sum of countries disagrees with a report. Asked
  /// only for the rows on screen.
  static func conflicted(_ scenario: Scenario, _ results: Results) -> (Int) -> Bool {
    let concerns = ConflictLinks.contributorMatcher(in: scenario)
    let sumDisagrees = results.conflicts.contains { $0.kind == .sumOfCountries }
    return { index in
      if scenario.contributors[index].role == .unattributed { return sumDisagrees }
      return !concerns(index).isEmpty
    }
  }

  /// The table for a panel `width` cells wide showing `visible` rows.
  static func table(_ state: AppState, width: Int, visible: Int) -> TableModel {
    let table = state.table(.contributions)
    let rows = state.visible[.contributions] ?? []
    let wide = width >= 70
    var columns = ContributorColumn.all.map { $0.tableColumn(deltas: state.showsDeltas) }
    // The names as wide as the longest (of every row, so scrolling never moves the columns);
    // the bar takes what they leave.
    columns[0].content = widestName(rows, state.scenario.contributors)
    if wide { columns.append(TableColumn(title: "", width: 0, alignRight: false, flexible: true)) }
    let conflicted = Self.conflicted(state.scenario, state.results)
    let maxDeployed = Double(max(1, state.results.contributors.map(\.deployed).max() ?? 1))
    // The bar column's width, known once the columns are fitted to the panel.
    let fitted = TableModel.fit(columns, to: width, minimumFlexible: Self.leastBar)
    let barWidth = fitted.last?.width ?? 0
    var model = TableModel(
      columns: columns, minimumFlexible: Self.leastBar, sortIndex: table.sortColumn,
      sortDescending: table.sortDescending, count: rows.count,
      window: rows[min(table.scroll, rows.count)..<min(rows.count, table.scroll + max(0, visible))].map {
        row(state, contributor: $0, conflicted: conflicted, maxDeployed: maxDeployed, bar: wide ? barWidth : nil)
      },
      selected: state.ops.kiosk ? nil : table.selected, scroll: table.scroll,
      empty: table.filter.isEmpty
        ? "No contributors in this scenario"
        : "No country matches '\(table.filter)' (\(KeyMap.panels.key(.clearFilter)) clears)",
      showsPosition: true, cursor: table.selected)
    model.fittedColumns = fitted
    return model
  }

  /// The panel's width with every name whole and a bar as wide as the widest figure column:
  /// what a wall gives it, the funding taking the rest.
  static func naturalWidth(_ state: AppState) -> Int {
    let names = widestName(state.visible[.contributions] ?? [], state.scenario.contributors)
    let figures = ContributorColumn.all.dropFirst().reduce(0) { $0 + $1.width(state.showsDeltas) + 1 }
    // Borders, the gap after the names, and a bar of sixteen.
    return 2 + names + 1 + figures + 16
  }

  /// The widest name cell of `rows` (and the column's title). A name's cells are never more
  /// than its UTF-8 bytes, so only a name that could be wider than the widest so far is
  /// measured: a frame of 1,000 countries measures a handful.
  static func widestName(_ rows: [Int], _ contributors: [Contributor]) -> Int {
    var widest = TextWidth.of("Country")
    for index in rows {
      let contributor = contributors[index]
      let suffix = contributor.role == .unattributed ? unattributed.utf8.count : 0
      guard 4 + contributor.country.utf8.count + suffix > widest else { continue }
      widest = max(widest, nameWidth(contributor))
    }
    return widest
  }

  /// What follows the unattributed plug's name.
  static let unattributed = " (no source names them)"
  /// The least a bar (or a cut name) gets.
  static let leastBar = 8

  /// The cells a country's name takes: its marks, a blank, the name.
  static func nameWidth(_ contributor: Contributor) -> Int {
    4 + TextWidth.of(contributor.country) + (contributor.role == .unattributed ? unattributed.count : 0)
  }

  static func row(
    _ state: AppState, contributor index: Int, conflicted: (Int) -> Bool, maxDeployed: Double, bar: Int?
  ) -> TableRow {
    let contributor = state.scenario.contributors[index]
    let result = state.results.contributors[index]
    var marks = contributor.role == .lead ? "★" : " "
    marks += contributor.partnerGroup ? "◆" : " "
    let inConflict = conflicted(index)
    marks += inConflict ? "!" : " "
    let name = marks + " " + contributor.country + (contributor.role == .unattributed ? Self.unattributed : "")
    var pledged = contributor.pledged.map(Format.headCount) ?? "—"
    var deployed = Format.headCount(contributor.deployed)
    var changed = false
    if state.showsDeltas {
      if let old = state.figures.baselineIndex(ofCountry: contributor.country).map({
        state.figures.baselineShown.contributors[$0]
      }) {
        if let delta = Deltas.compact(Deltas.count(contributor.pledged?.value, old.pledged?.value)) {
          pledged += " " + delta
          changed = true
        }
        if let delta = Deltas.compact(Deltas.count(contributor.deployed.value, old.deployed.value)) {
          deployed += " " + delta
          changed = true
        }
      } else {
        deployed += " new"
        changed = true
      }
    }
    // A pledge or plug made for a force that has ended is shown struck from the count: dim.
    let ended = result.endedWithForce
    if ended, contributor.pledged != nil, result.pledged == nil { pledged = "(" + pledged + ")" }
    if ended, contributor.role == .unattributed { deployed = "(" + deployed + ")" }
    let input = ContributorCellInput(
      contributor: contributor, result: result, name: name, inConflict: inConflict, pledged: pledged,
      deployed: deployed, changed: changed, ended: ended)
    var cells = ContributorColumn.all.map { $0.cell(input, in: state) }
    if let bar {
      cells.append(TableCell(Glyphs.bar(Double(result.deployed) / maxDeployed, width: bar).filled, Style(.bar)))
    }
    return TableRow(cells: cells)
  }
}
