import ForceModel

/// Filtering and sorting of the table panels' rows.
enum RowOrder {
  static let contributorColumns = ["country", "pledged", "deployed", "not deployed", "share"]
  static let fundingColumns = FundingRows.columns.map { $0.title.lowercased() }

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
    if let column = table.sortColumn {
      let key: (Int) -> Double = { index in
        let r = results.contributors[index]
        switch column {
        case 1: return Double(r.pledged ?? -1)
        case 2: return Double(r.deployed)
        case 3: return Double(r.pledgedNotDeployed ?? -1)
        default: return r.share
        }
      }
      if column == 0 {
        rows.sort { scenario.contributors[$0].country.lowercased() < scenario.contributors[$1].country.lowercased() }
      } else {
        rows.sort { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }
      }
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
      rows = Array(scenario.funding.indices)
      if let day, let known = scenario.fundingIndices(knownOn: day) { rows = known }
    } else {
      rows = scenario.funding.indices.filter { index in
        let line = scenario.funding[index]
        if let day, !line.isKnown(on: day) { return false }
        return matches(
          [line.donor, line.purpose ?? "", line.channel.label, line.form.label, line.currency, line.id]
            .joined(separator: " "), filter)
      }
    }
    if let column = table.sortColumn {
      // Each line's totals once, then the sort (a ledger per comparison would be n log n of them).
      let ledgers = column >= 3 ? scenario.funding.indices.map { results.funding.ledger(of: $0, in: scenario) } : []
      func amount(_ index: Int) -> Double {
        guard ledgers.indices.contains(index), let ledger = ledgers[index] else { return -1 }
        switch column {
        case 3: return ledger.pledged
        case 4: return ledger.committed
        case 5: return ledger.received
        case 6: return ledger.spent
        case 7: return scenario.funding[index].form == .cash ? ledger.inHand : -1
        default:
          let line = scenario.funding[index]
          return (line.ceiling(on: results.funding.day)?.value ?? -1)
            * (scenario.assumptions.usdPerUnit(line.currency) ?? 0)
        }
      }
      switch column {
      case 0: rows.sort { scenario.funding[$0].donor.lowercased() < scenario.funding[$1].donor.lowercased() }
      case 1: rows.sort { scenario.funding[$0].form.rawValue < scenario.funding[$1].form.rawValue }
      case 2: rows.sort { scenario.funding[$0].channel.rawValue < scenario.funding[$1].channel.rawValue }
      default: rows.sort { amount($0) != amount($1) ? amount($0) < amount($1) : $0 < $1 }
      }
      if table.sortDescending { rows.reverse() }
    }
    return rows
  }
}
