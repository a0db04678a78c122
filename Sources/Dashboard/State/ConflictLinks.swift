import ForceModel

/// Which recorded conflicts concern which row, so that a row can carry a `!` and its details
/// can list them. A shared source alone is not enough (one article feeds half the scenario):
/// a conflict concerns a country when its topic names the country, and a funding line when its
/// topic names the donor or a claim states the line's amount.
enum ConflictLinks {
  static func forContributor(_ index: Int, in scenario: Scenario) -> [DeclaredConflict] {
    let country = scenario.contributors[index].country.lowercased()
    guard scenario.contributors[index].role != .unattributed, country.count >= 3 else { return [] }
    return scenario.conflicts.filter { $0.topic.lowercased().contains(country) }
  }

  static func forFundingLine(_ index: Int, in scenario: Scenario) -> [DeclaredConflict] {
    let line = scenario.funding[index]
    let donor = line.donor.lowercased()
    let amount = Format.money(line.amount.value, currency: line.currency)
    return scenario.conflicts.filter { conflict in
      conflict.topic.lowercased().contains(donor) || conflict.claims.contains { $0.value.contains(amount) }
    }
  }

  static func forStrength(in scenario: Scenario) -> [DeclaredConflict] {
    scenario.conflicts.filter {
      let topic = $0.topic.lowercased()
      return topic.contains("strength") || topic.contains("ceiling")
    }
  }
}
