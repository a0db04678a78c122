/// An earlier figure of a strength level: the plan, ceiling or target as it stood before a
/// later decision changed it (the MSS planned 2,500; resolution 2793 set the GSF's 5,550).
///
/// `Strength` holds the latest figure of each level; these are the ones it replaced, so the
/// scenario as known on an earlier date (`Scenario.asOf`) and the timeline's level lines can
/// show what stood then.
public struct LevelFigure: Sendable, Hashable {
  /// The level.
  public var level: StrengthLevel
  /// Its figure.
  public var figure: HeadCount

  /// A level's figure.
  public init(level: StrengthLevel, figure: HeadCount) {
    self.level = level
    self.figure = figure
  }
}
