import Testing

@testable import ForceModel

/// Frozen money (a stop-work order) is not funding until released: out of the funding total
/// and of the period's coverage, shown beside them.
@Suite struct FrozenMoneyTests {
  @Test func frozenMoneyIsNeitherFundingNorCoverage() throws {
    let funding = recalculate(.haitiMSS).funding
    let frozen = funding.cash.frozen + funding.inKind.frozen
    #expect(frozen == 13_300_000)
    let outstanding = funding.cash.commitmentOutstanding + funding.inKind.commitmentOutstanding
    let received = funding.cash.carriedIn + funding.cash.received + funding.inKind.received
    #expect(abs(funding.funding - (received - frozen + outstanding)) < 1)
    // Released (the freeze taken out), the same money counts again, in funding and in coverage.
    var released = Scenario.haitiMSS
    for index in released.funding.indices {
      released.funding[index].flows.removeAll { $0.stage == .frozen }
    }
    let after = recalculate(released).funding
    #expect(abs(after.funding - funding.funding - frozen) < 1)
    let covered = try #require(funding.mandate?.covered)
    let coveredAfter = try #require(after.mandate?.covered)
    #expect(abs(coveredAfter - covered - frozen) < 1, "coverage counts the frozen money once it is released")
  }
}
