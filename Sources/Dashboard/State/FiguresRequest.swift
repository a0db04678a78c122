import ForceModel

/// Views of the scenario on screen worth working out before they are asked for: the dates
/// either side of the as-of cursor (`AppState.figuresWanted`).
public struct FiguresRequest: Sendable {
  /// The views, the likelier first.
  public let views: [ScenarioView]
  /// The scenario's ends, as `Figures` keeps them.
  let ends: ScenarioEnds
  /// The scenario they are of.
  let token: FiguresToken

  /// Works out one of the views. It reads only what the request holds, so it may run on any
  /// thread.
  public func workOut(_ view: ScenarioView) -> WorkedOutFigures {
    WorkedOutFigures(ends: ends, view: view, token: token)
  }

  /// Whether `other` asks for the same views of the same scenario.
  public func asksTheSame(as other: FiguresRequest) -> Bool {
    token === other.token && views == other.views
  }
}
