import ForceModel

/// One column of the contributions table, stated once: title, width, cell and sort key. The
/// table, its sort (`s` cycles through the sortable columns in this order) and the messages
/// that name a sort all read `ContributorColumn.all`.
struct ContributorColumn: Sendable {
  /// The header.
  var title: String
  /// What a sort message calls the column ("Sorted by not deployed ▼").
  var sortName: String
  /// Cells wide.
  var width: @Sendable (_ deltas: Bool) -> Int
  var alignRight = true
  /// The field typed in the column's place while the editor is open on it.
  var typed: (@Sendable (String) -> EditField)?
  /// The country's own cell, when nothing is typed in its place.
  var figure: @Sendable (ContributorCellInput) -> TableCell
  /// What the column sorts a country by.
  var sortKey: @Sendable (Contributor, ContributorResult) -> SortKey

  /// The column as the table drawer fits it (the country's is the flexible one).
  func tableColumn(deltas: Bool) -> TableColumn {
    let width = width(deltas)
    return TableColumn(title: title, width: width, alignRight: alignRight, flexible: width == 0)
  }

  /// The cell of one country: what is being typed in its place, or its figure. `state` is
  /// passed, not kept in the input: copying it per cell was a retain of every array it holds.
  func cell(_ input: ContributorCellInput, in state: AppState) -> TableCell {
    if let typed, state.editor != nil, let text = state.typing(typed(input.contributor.country)) {
      return TableCell(text, Style(.key, bold: true), keepsStyleWhenSelected: true)
    }
    return figure(input)
  }

  /// The sortable columns, in sort order; the bar drawn after them on a wide panel is not one.
  static let all: [ContributorColumn] = [
    ContributorColumn(
      title: "Country", sortName: "country", width: { _ in 0 }, alignRight: false,
      figure: { TableCell($0.name, Style($0.inConflict ? .conflict : .normal)) },
      sortKey: { contributor, _ in .text(contributor.country.lowercased()) }),
    // In what-if each head count carries its change from the baseline: `1,200 ▲200`.
    ContributorColumn(
      title: "Pledged", sortName: "pledged", width: { $0 ? 12 : 8 }, typed: { .pledged(country: $0) },
      figure: { input in
        let dim = input.ended && input.result.pledged == nil
        return TableCell(input.pledged, Style(input.changed ? .assumption : dim ? .dim : .normal))
      },
      sortKey: { _, result in .amount(result.pledged.map(Double.init)) }),
    // A count older than the deployed staleness window is history: dim, not bold.
    ContributorColumn(
      title: "Deployed", sortName: "deployed", width: { $0 ? 12 : 8 }, typed: { .deployed(country: $0) },
      figure: { input in
        let dim = (input.ended && input.contributor.role == .unattributed) || input.result.stale
        return TableCell(
          input.deployed, Style(input.changed ? .assumption : dim ? .dim : .normal, bold: !input.result.stale))
      },
      sortKey: { _, result in .amount(Double(result.deployed)) }),
    ContributorColumn(
      title: "Not dep.", sortName: "not deployed", width: { _ in 8 },
      figure: { input in
        let notDeployed = input.result.pledgedNotDeployed
        return TableCell(notDeployed.map(Format.count) ?? "—", Style((notDeployed ?? 0) > 0 ? .warning : .dim))
      },
      sortKey: { _, result in .amount(result.pledgedNotDeployed.map(Double.init)) }),
    ContributorColumn(
      title: "Share", sortName: "share", width: { _ in 5 },
      figure: { TableCell(Format.percent($0.result.share), Style(.normal)) },
      sortKey: { _, result in .amount(result.share) }),
  ]
}

/// One country as a column's cell sees it: the row's figures, worked out once for all its cells.
struct ContributorCellInput {
  let contributor: Contributor
  let result: ContributorResult
  /// The marks (★ lead, ◆ partner group, ! in a conflict) and the name.
  let name: String
  let inConflict: Bool
  /// The pledged and deployed counts as shown, with their changes in what-if.
  let pledged: String
  let deployed: String
  /// Whether either count moved from the baseline.
  let changed: Bool
  /// The country's pledge or plug was made for a force that has ended.
  let ended: Bool
}
