import ForceModel

/// Panel 2: who sent how many, against what they pledged.
public struct ContributionsPanel: Sendable {
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

  public static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .contributions
    let table = state.table(.contributions)
    let rows = state.visible[.contributions] ?? []
    var title = PanelID.contributions.title + " (★ lead, ◆ group of partners, ! conflict)"
    if !table.filter.isEmpty {
      title =
        PanelID.contributions.title + " — filter '\(table.filter)' \(rows.count)/\(state.scenario.contributors.count)"
    }
    PanelFrame.draw(.contributions, title: title, in: rect, focused: focused, into: &grid)
    let inner = rect.inset(1)
    guard inner.width > 10, inner.height > 1 else { return }
    let wide = inner.width >= 70
    // In what-if each head count carries its change from the baseline: `1,200 ▲200`.
    let countWidth = state.showsDeltas ? 12 : 8
    var specs = [
      TableColumn(title: "Country", width: 0, alignRight: false, flexible: true),
      TableColumn(title: "Pledged", width: countWidth, alignRight: true),
      TableColumn(title: "Deployed", width: countWidth, alignRight: true),
      TableColumn(title: "Not dep.", width: 8, alignRight: true),
      TableColumn(title: "Share", width: 5, alignRight: true),
    ]
    if wide { specs.append(TableColumn(title: "", width: 0, alignRight: false, flexible: true, maxWidth: 16)) }
    let columns = TableColumns.fit(specs, into: inner.width)
    TableColumns.header(
      columns, sortIndex: table.sortColumn, descending: table.sortDescending, x: inner.x, y: inner.y, maxX: inner.maxX,
      into: &grid)

    let conflicted = Self.conflicted(state.scenario, state.results)
    let area = inner.height - 1
    if rows.isEmpty {
      grid.put(
        table.filter.isEmpty ? "No contributors in this scenario" : "No country matches '\(table.filter)' (Esc clears)",
        x: inner.x + 1, y: inner.y + 1, style: Style(.dim), limit: inner.width - 1)
      return
    }
    let maxDeployed = Double(max(1, state.results.contributors.map(\.deployed).max() ?? 1))
    for offset in 0..<area {
      let index = table.scroll + offset
      guard index < rows.count else { break }
      let row = rows[index]
      let contributor = state.scenario.contributors[row]
      let result = state.results.contributors[row]
      let y = inner.y + 1 + offset
      let selected = index == table.selected && !state.ops.kiosk
      let base = Style(selected ? (focused ? .selected : .selectedUnfocused) : .normal)
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
      var marks = contributor.role == .lead ? "★" : " "
      marks += contributor.partnerGroup ? "◆" : " "
      let inConflict = conflicted(row)
      marks += inConflict ? "!" : " "
      let name =
        marks + " " + contributor.country + (contributor.role == .unattributed ? " (no source names them)" : "")
      let notDeployed = result.pledgedNotDeployed
      var pledged = contributor.pledged.map(Format.headCount) ?? "—"
      var deployed = Format.headCount(contributor.deployed)
      var changed = false
      if state.showsDeltas {
        if let old = state.baselineContributors[contributor.country].map({ state.baseline.contributors[$0] }) {
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
      var cells: [(String, Style)] = [
        (name, selected ? base : (inConflict ? Style(.conflict) : base)),
        (pledged, selected ? base : (changed ? Style(.assumption) : base)),
        (deployed, selected ? base : Style(changed ? .assumption : .normal, bold: true)),
        (notDeployed.map(Format.count) ?? "—", selected ? base : Style((notDeployed ?? 0) > 0 ? .warning : .dim)),
        (Format.percent(result.share), base),
      ]
      if let typed = state.typing(.pledged(country: contributor.country)) {
        cells[1] = (typed, Style(.key, bold: true))
      }
      if let typed = state.typing(.deployed(country: contributor.country)) {
        cells[2] = (typed, Style(.key, bold: true))
      }
      if wide, columns.count == 6 {
        let bar = Glyphs.bar(Double(result.deployed) / maxDeployed, width: columns[5].width)
        cells.append((bar.filled, selected ? base : Style(.bar)))
      }
      TableColumns.row(cells, columns, x: inner.x, y: y, maxX: inner.maxX, into: &grid)
    }
    if rows.count > area {
      grid.put(
        " \(table.selected + 1)/\(rows.count) ", x: rect.maxX - 12, y: rect.maxY - 1, style: Style(.dim), limit: 11)
    }
  }
}
