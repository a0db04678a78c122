import ForceModel

/// What floats above the panels.
public enum Overlay: Sendable, Hashable {
  case none
  case help(scroll: Int)
  case details(DetailTarget, scroll: Int)
}

/// The thing whose details are shown: any figure, row or result on screen.
public enum DetailTarget: Sendable, Hashable {
  case strength(ForceFigure)
  case reported(Int)
  case result(ResultKey)
  case contributor(Int)
  case fundingLine(Int)
}

/// The strength figures of the force panel.
public enum ForceFigure: Sendable, Hashable {
  case planned
  case authorized
  case target
}
