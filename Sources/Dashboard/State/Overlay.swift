import ForceModel

/// A box that floats above the panels (one kind of `Modal`).
public enum Overlay: Sendable, Hashable {
  case help(scroll: Int)
  /// `i`: a figure or result in full; for a result, the inputs that move it most (worked out
  /// once, when the box opens).
  case details(DetailTarget, scroll: Int, sensitivity: [Swing] = [])
  /// `b`: baseline, what-if and change side by side, and every input that differs; with
  /// plans, the plans side by side on the date shown (worked out once, when the box opens).
  case compare(ScenarioDiff, scroll: Int, plans: PlanComparison? = nil)
  /// The edit history: one line per point (0 is the baseline); Enter jumps to the selected one.
  case history(lines: [String], selected: Int)
  /// `g`: what would close a shortfall or gap; Enter applies the selected answer.
  case goalSeek(GoalSeekAnswer, selected: Int)
}

/// The thing whose details are shown: any figure, row or result on screen.
public enum DetailTarget: Sendable, Hashable {
  case strength(ForceFigure)
  case reported(Int)
  case result(ResultKey)
  case contributor(Int)
  case fundingLine(Int)
  /// An event of the timeline, by its index in `MissionTimeline.events`.
  case event(Int)

  /// True for a shortfall of the force panel, which never scrolls out of sight.
  public var isShortfall: Bool {
    if case .result(.shortfall) = self { return true }
    return false
  }

  /// True for the money results under the funding table: their inputs are the money assumptions.
  public var isMoney: Bool {
    switch self {
    case .result(.fundingListed), .result(.cashReceived), .result(.cashSpent), .result(.inHand), .result(.burn),
      .result(.runway), .result(.runwayWithCommitments), .result(.mandateGap), .result(.coverage),
      .result(.required), .result(.gap):
      true
    default: false
    }
  }
}

/// The strength figures of the force panel.
public enum ForceFigure: Sendable, Hashable {
  case planned
  case authorized
  case target

  /// The same figure as the model names it.
  public var level: StrengthLevel {
    switch self {
    case .planned: .planned
    case .authorized: .authorized
    case .target: .target
    }
  }
}

extension DetailTarget {
  /// True for derived results (totals, gaps, shortfalls): they are read, not typed over.
  public var isSummary: Bool {
    if case .result = self { return true }
    return false
  }
}
