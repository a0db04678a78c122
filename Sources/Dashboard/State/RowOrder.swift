import ForceModel

/// Filtering and sorting of the table panels' rows.
enum RowOrder {
  static let contributorColumns = ContributorColumn.all.map(\.sortName)
  static let fundingColumns = FundingColumn.all.map { $0.title.lowercased() }

  static func columns(_ panel: PanelID) -> [String] {
    switch panel {
    case .force, .timeline: []
    case .contributions: contributorColumns
    case .funding: fundingColumns
    }
  }

  static func matches(_ text: String, _ filter: String) -> Bool {
    filter.isEmpty || text.lowercased().contains(filter)
  }

  static func contributors(_ scenario: Scenario, _ results: Results, _ table: TableState) -> [Int] {
    let filter = table.filter.lowercased()
    var rows = Array(scenario.contributors.indices)
    if !filter.isEmpty {
      rows = rows.filter { index in
        let c = scenario.contributors[index]
        return matches(c.country + " " + (c.iso ?? "") + " " + c.role.rawValue, filter)
      }
    }
    if let column = table.sortColumn, ContributorColumn.all.indices.contains(column) {
      let spec = ContributorColumn.all[column]
      let keys = rows.map { spec.sortKey(scenario.contributors[$0], results.contributors[$0]) }
      // Ties fall back to scenario order.
      let order = keys.indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && rows[$0] < rows[$1]) }
      rows = order.map { rows[$0] }
      if table.sortDescending { rows.reverse() }
    }
    return rows
  }

  static func fundingLines(_ scenario: Scenario, _ results: Results, _ table: TableState) -> [Int] {
    let filter = table.filter.lowercased()
    var rows: [Int]
    // A line nothing of which is known on the scenario's date did not exist yet: not listed.
    let day = results.funding.day
    if filter.isEmpty {
      let count = scenario.funding.count
      if let known = results.funding.knownLines, known.count <= count, known.last.map({ Int($0) < count }) ?? true {
        // Noted by the recalculation that made the results, over these very lines.
        rows = known.count == count ? Array(0..<count) : known.map { Int($0) }
      } else if let day, let known = scenario.fundingIndices(knownOn: day) {
        rows = known
      } else {
        rows = Array(0..<count)
      }
    } else {
      rows = scenario.funding.indices.filter { index in
        let line = scenario.funding[index]
        if let day, !line.isKnown(on: day) { return false }
        return matches(
          [line.donor, line.purpose ?? "", line.channel.label, line.form.label, line.currency, line.id]
            .joined(separator: " "), filter)
      }
    }
    if let column = table.sortColumn, FundingColumn.all.indices.contains(column) {
      // Each line's key once, then the sort (a ledger per comparison would be n log n of them).
      let spec = FundingColumn.all[column]
      let keys = rows.map { index in
        spec.sortKey(
          FundingSortInput(
            scenario: scenario, results: results, line: scenario.funding[index],
            ledger: spec.needsLedger ? results.funding.ledger(of: index, in: scenario) : nil))
      }
      // Ties fall back to scenario order.
      let order = keys.indices.sorted { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && rows[$0] < rows[$1]) }
      rows = order.map { rows[$0] }
      if table.sortDescending { rows.reverse() }
    }
    return rows
  }
}
