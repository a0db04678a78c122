/// How much of a split one part takes (ratatui's `Constraint`): a fixed length, a ratio of the
/// whole, or what the others leave.
public enum Constraint: Sendable, Hashable {
  /// Exactly this many cells, as far as the whole allows.
  case length(Int)
  /// `numerator / denominator` of the whole, rounded down.
  case ratio(Int, Int)
  /// An equal share of what the fixed parts leave.
  case fill
}

/// Which way a split cuts.
public enum SplitDirection: Sendable, Hashable {
  /// Parts stacked top to bottom.
  case vertical
  /// Parts side by side, left to right.
  case horizontal
}

extension Rect {
  /// Cuts the rectangle into one part per constraint, in order, with no gaps: fixed parts
  /// (`length`, `ratio`) first, in order, each clamped to what is left; then what remains
  /// shared equally by the `fill` parts (the last takes the odd cells). A layout is a few of these, worked out once a frame.
  public func split(_ direction: SplitDirection, _ constraints: [Constraint]) -> [Rect] {
    let whole = direction == .vertical ? height : width
    var sizes = [Int](repeating: 0, count: constraints.count)
    var left = whole
    for (index, constraint) in constraints.enumerated() {
      let wanted: Int
      switch constraint {
      case .length(let cells): wanted = cells
      case .ratio(let numerator, let denominator): wanted = denominator > 0 ? whole * numerator / denominator : 0
      case .fill: continue
      }
      sizes[index] = Swift.min(Swift.max(0, wanted), left)
      left -= sizes[index]
    }
    let growing = constraints.indices.filter { constraints[$0] == .fill }
    for (position, index) in growing.enumerated() {
      let share = left / (growing.count - position)
      sizes[index] += share
      left -= share
    }
    var at = direction == .vertical ? y : x
    return sizes.map { size in
      defer { at += size }
      return direction == .vertical
        ? Rect(x: x, y: at, width: width, height: size) : Rect(x: at, y: y, width: size, height: height)
    }
  }
}
