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
  /// tried, the widest relative to their value first, so a scenario of thousands of uncertain
  /// lines answers in a moment.
  public func tornado(
    _ key: ResultKey, view: (Scenario) -> Scenario = { $0 }, limit: Int = 8, candidates: Int = 48
  ) -> [Swing] {
    let inputs = uncertainInputs.sorted { a, b in
      func relative(_ range: ClosedRange<Double>) -> Double {
        let size = max(abs(range.lowerBound), abs(range.upperBound))
        return size > 0 ? (range.upperBound - range.lowerBound) / size : 0
      }
      return relative(a.range) > relative(b.range)
    }.prefix(candidates)
    var swings: [Swing] = []
    for candidate in inputs {
      func result(_ bound: Bound) -> Double? {
        recalculate(view(bounded(bound) { $0 == candidate.input }.scenario)).number(key)
      }
      guard let worse = result(.worse), let better = result(.better), worse != better else { continue }
      swings.append(Swing(input: candidate.input, atWorse: worse, atBetter: better))
    }
    return Array(swings.sorted { $0.width > $1.width }.prefix(limit))
  }
}
