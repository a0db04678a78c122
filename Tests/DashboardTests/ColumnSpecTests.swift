import ForceModel
import Testing

@testable import Dashboard

/// Each table column is one spec: the sort `s` picks orders rows by the figure that column
/// shows, and the header's sort mark lands on that column.
@Suite struct ColumnSpecTests {
  @Test func everyFundingColumnSortsByItsOwnFigure() {
    let scenario = GSFScenario.scenario
    let results = recalculate(scenario)
    for (index, column) in FundingColumn.all.enumerated() {
      var table = TableState()
      table.sortColumn = index
      let rows = RowOrder.fundingLines(scenario, results, table)
      let keys = rows.map { row in
        column.sortKey(
          FundingSortInput(
            scenario: scenario, results: results, line: scenario.funding[row],
            ledger: results.funding.ledger(of: row, in: scenario)))
      }
      #expect(rows.count > 10)
      #expect(zip(keys, keys.dropFirst()).allSatisfy { !($1 < $0) }, "\(column.title) is not in order")
    }
  }

  @Test func everyContributorColumnSortsByItsOwnFigure() {
    let scenario = GSFScenario.scenario
    let results = recalculate(scenario)
    for (index, column) in ContributorColumn.all.enumerated() {
      var table = TableState()
      table.sortColumn = index
      table.sortDescending = true
      let rows = RowOrder.contributors(scenario, results, table)
      let keys = rows.map { column.sortKey(scenario.contributors[$0], results.contributors[$0]) }
      #expect(zip(keys, keys.dropFirst()).allSatisfy { !($0 < $1) }, "\(column.title) is not in descending order")
    }
  }

  @Test func theSortMarkIsOnTheSortedColumnsTitle() {
    var state = AppState(scenario: GSFScenario.scenario, sourceName: "gsf", width: 200, height: 60)
    _ = reduce(&state, .key(.character("3")))
    for column in FundingColumn.all {
      _ = reduce(&state, .key(.character("s")))
      let model = FundingRows.lines(state, width: 200, visible: 5)
      let marked = model.sortIndex.map { model.columns[$0].title }
      #expect(marked == column.title)
      #expect(state.message?.contains("Sorted by \(column.title.lowercased())") == true)
    }
  }
}
