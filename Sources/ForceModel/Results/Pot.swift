/// One pot of cash — a trust fund, or any cash line that reports its own spending — with its
/// own cash in hand, burn and runway for the period in force.
///
/// The headline runway adds the pots up; a finance officer asks pot by pot (MPTF Gateway: each
/// fund's deposits, transfers and expenditure), because one pot's cash does not pay another's
/// bills. The cost of the force is a result of its own and is never set against a pot.
public struct Pot: Sendable, Hashable {
  /// The funding line's index in the scenario.
  public var index: Int
  /// The line's donor and purpose.
  public var name: String
  /// Its cash in hand.
  public var inHand: Double
  /// True when no spending is reported: in hand is at most this.
  public var inHandIsBound: Bool
  /// Nothing of the period's own cash is reported in this pot: unknown since this day.
  public var unknownSince: Day?
  /// Its own burn.
  public var burn: BurnRate
  /// When its cash runs out at that burn.
  public var runway: RunwayEnd
  /// The day its spending is known to.
  public var spendingKnownTo: Day?
  /// The day the pot is shown as of.
  public var asOf: Day?

  /// The pots of `scenario` for the period in force, at most `limit` of them: counted cash
  /// lines through a trust fund or that report spending, each worked out alone.
  public static func all(in scenario: Scenario, deployedTotal: Int, limit: Int = 50) -> [Pot] {
    var pots: [Pot] = []
    var alone = scenario
    for (index, line) in scenario.funding.enumerated() where pots.count < limit {
      guard line.counted, line.form == .cash,
        line.channel == .trustFund || line.flows.contains(where: { $0.stage == .spent })
      else { continue }
      alone.funding = [line]
      let f = MoneyCalculation.run(alone, deployedTotal: deployedTotal)
      guard f.unconvertedLines == 0 else { continue }
      let name = line.purpose.map { "\(line.donor) — \($0)" } ?? line.donor
      pots.append(
        Pot(
          index: index, name: name, inHand: f.cash.inHand, inHandIsBound: f.inHandIsBound,
          unknownSince: f.cashUnknownSince, burn: f.burn, runway: f.runwayCashOnly,
          spendingKnownTo: f.spendingReportedThrough, asOf: f.day))
    }
    return pots
  }

  /// The pot in one line: "in hand ≤ $36.4M · burn $7.83M/mo · runs out 2025-07-15".
  public var text: String {
    if let since = unknownSince { return "unknown: no figures found since \(since)" }
    let hand = (inHandIsBound ? "≤ " : "") + Format.money(inHand)
    switch burn.basis {
    case .unknown: return "in hand \(hand) · no spending reported, so no runway"
    case .reported:
      let end: String
      switch runway {
      case .runsOut(let day):
        end = runway.passed(before: asOf) != nil ? "ran out ~\(day) (projected)" : "runs out \(day)"
      default: end = runway.text
      }
      return "in hand \(hand) · burn \(Format.money(burn.perMonth))/mo · \(end)"
        + (spendingKnownTo.map { " · spending known to \($0)" } ?? "")
    }
  }
}
