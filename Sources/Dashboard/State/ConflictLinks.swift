import ForceModel

/// Which recorded conflicts concern which row, so that a row can carry a `!` and its details
/// can list them. A shared source alone is not enough (one article feeds half the scenario):
/// a conflict concerns a country when its topic names the country, and a funding line when its
/// topic names the donor or a claim states the line's amount.
enum ConflictLinks {
  static func forContributor(_ index: Int, in scenario: Scenario) -> [DeclaredConflict] {
    contributorMatcher(in: scenario)(index).map { scenario.conflicts[$0] }
  }

  /// The indices of the conflicts that concern contributor `i`: those whose topic names the
  /// country (of three characters or more; no topic names the unattributed row). The topics are
  /// lowercased once, so the contributions table can ask for every row on screen in every frame.
  static func contributorMatcher(in scenario: Scenario) -> (_ i: Int) -> [Int] {
    let topics = scenario.conflicts.map { Array($0.topic.lowercased().utf8) }
    return { index in
      let contributor = scenario.contributors[index]
      let country = contributor.country.lowercased()
      guard contributor.role != .unattributed, country.count >= 3 else { return [] }
      let name = Array(country.utf8)
      return topics.indices.filter { bytes(topics[$0], contain: name) }
    }
  }

  /// Substring search on UTF-8 bytes: topics and names are short, and the same bytes are the
  /// same text here (both lowercased the same way), without the cost of `String.contains`.
  static func bytes(_ text: [UInt8], contain part: [UInt8]) -> Bool {
    guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
    let first = part[0]
    for start in 0...(text.count - part.count) where text[start] == first {
      var offset = 1
      while offset < part.count, text[start + offset] == part[offset] { offset += 1 }
      if offset == part.count { return true }
    }
    return false
  }

  static func forFundingLine(_ index: Int, in scenario: Scenario) -> [DeclaredConflict] {
    let line = scenario.funding[index]
    let donor = line.donor.lowercased()
    let amounts = (line.flows.map(\.amount) + [line.ceiling].compactMap { $0 }).map {
      Format.money($0.value, currency: "USD")
    }
    return scenario.conflicts.filter { conflict in
      let topic = conflict.topic.lowercased()
      return topic.contains(donor) || (line.channel == .trustFund && topic.contains("trust fund"))
        || conflict.claims.contains { claim in amounts.contains { claim.value.contains($0) } }
    }
  }

  static func forStrength(in scenario: Scenario) -> [DeclaredConflict] {
    scenario.conflicts.filter {
      let topic = $0.topic.lowercased()
      return topic.contains("strength") || topic.contains("ceiling")
    }
  }
}
