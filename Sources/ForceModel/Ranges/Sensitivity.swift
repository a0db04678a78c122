/// Which inputs move a result most: each uncertain input alone at its two ends, the rest at
/// their values (a tornado chart's bars, largest swing first).
public struct Swing: Sendable, Hashable {
  /// The input moved.
  public var input: UncertainInput
  /// The result with the input at its worse end.
  public var atWorse: Double
  /// The result with the input at its better end.
  public var atBetter: Double

  /// How far the result moves between the input's ends.
  public var width: Double { abs(atBetter - atWorse) }
}

extension Scenario {
  /// The inputs that move `key` most, largest swing first, at most `limit` of them; `view` is
  /// what is shown of the scenario (as for `RangedResults`). At most `candidates` inputs are
  /// tried — the widest head counts and the widest amounts, half each — and an input that moves
  /// no funding line reuses the point's pass over the lines, so a scenario of 100,000 lines and
  /// hundreds of uncertain rows answers in a fraction of a second.
  public func tornado(
    _ key: ResultKey, view: (Scenario) -> Scenario = { $0 }, limit: Int = 8, candidates: Int = 24
  ) -> [Swing] {
    func isMoney(_ input: UncertainInput) -> Bool {
      switch input {
      case .flow, .budget, .costPerOfficerYear, .fixedYearlyCost: return true
      case .planned(let plan, let id):
        switch self.plan(named: plan)?.events.first(where: { $0.id == id })?.change {
        case .flow, .budget, .renewal: return true
        default: return false
        }
      case .deployed, .pledged, .level: return false
      }
    }
    let inputs = uncertainInputs
    func widest(_ money: Bool) -> [(input: UncertainInput, range: ClosedRange<Double>)] {
      inputs.filter { isMoney($0.input) == money }
        .sorted { $0.range.upperBound - $0.range.lowerBound > $1.range.upperBound - $1.range.lowerBound }
        .prefix(candidates / 2).map { $0 }
    }
    let (_, tally) = recalculate(view(self), tally: nil)
    var swings: [Swing] = []
    for candidate in widest(false) + widest(true) {
      func result(_ bound: Bound) -> Double? {
        let (moved, fundingMoved) = bounded(bound) { $0 == candidate.input }
        return recalculate(view(moved), tally: fundingMoved ? nil : tally).results.number(key)
      }
      guard let worse = result(.worse), let better = result(.better), worse != better else { continue }
      swings.append(Swing(input: candidate.input, atWorse: worse, atBetter: better))
    }
    return Array(swings.sorted { $0.width > $1.width }.prefix(limit))
  }
}
