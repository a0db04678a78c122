/// The personnel figures a deployment is measured against, and what sources say was deployed.
public struct Strength: Sendable, Hashable {
  /// The strength the mission planned to reach (not necessarily set by any resolution).
  public var planned: HeadCount?
  /// A numeric ceiling set by the authorizing decision, when there is one.
  public var authorized: HeadCount?
  /// An expansion target beyond the plan.
  public var target: HeadCount?
  /// Deployed totals as reported by sources; several may disagree.
  public var reported: [ReportedTotal]
  /// Earlier figures of the levels, which later ones replaced, oldest first.
  public var history: [LevelFigure]

  /// Strengths as the scenario states them.
  public init(
    planned: HeadCount? = nil, authorized: HeadCount? = nil, target: HeadCount? = nil,
    reported: [ReportedTotal] = [], history: [LevelFigure] = []
  ) {
    self.planned = planned
    self.authorized = authorized
    self.target = target
    self.reported = reported
    self.history = history
  }

  /// The levels as they stood on `day`: each level's latest figure dated on or before it (an
  /// undated figure always stands).
  /// `phases` holds a new force's plan back until its mandate starts and ends an old force's
  /// plan and target with it (`ForcePhases`).
  public func standing(on day: Day, phases: ForcePhases? = nil) -> Strength {
    func level(_ level: StrengthLevel) -> HeadCount? {
      figures(level).last { figure in
        let dated = figure.asOf?.lastDay ?? .distantPast
        guard let phases else { return dated <= day }
        return phases.effective(dated) <= day && phases.belongs(dated, on: day)
      }
    }
    return Strength(
      planned: level(.planned), authorized: level(.authorized), target: level(.target),
      reported: reported.filter { ($0.deployed.asOf?.lastDay ?? .distantPast) <= day },
      history: history.filter { ($0.figure.asOf?.lastDay ?? .distantPast) <= day })
  }

  /// This strength with `level`'s figure replaced by `figure` (an edit's). A dated figure it
  /// replaces stays in the history (see `Scenario.keeps`), so a date before the edit still shows
  /// it; a level cleared keeps no history, which a file could not hold without its figure.
  func replacing(_ level: StrengthLevel, with figure: HeadCount?) -> Strength {
    var next = self
    let earlier = history.filter { $0.level == level }.map(\.figure)
    if let figure, let replaced = self.figure(level), Scenario.keeps(replaced, under: figure, among: earlier) {
      let day = replaced.asOf?.lastDay ?? .distantPast
      let place =
        history.firstIndex { $0.level == level && ($0.figure.asOf?.lastDay ?? .distantPast) > day } ?? history.count
      next.history.insert(LevelFigure(level: level, figure: replaced), at: place)
    }
    switch level {
    case .deployed: break
    case .planned: next.planned = figure
    case .authorized: next.authorized = figure
    case .target: next.target = figure
    }
    return next
  }

  /// Every figure a level has had, the latest last: its history and the current figure.
  public func figures(_ level: StrengthLevel) -> [HeadCount] {
    let earlier = history.filter { $0.level == level }.map(\.figure)
    let current = [figure(level)].compactMap { $0 }
    return (earlier + current).sorted { ($0.asOf?.lastDay ?? .distantPast) < ($1.asOf?.lastDay ?? .distantPast) }
  }
}

/// One source's statement of how many personnel were deployed in all.
public struct ReportedTotal: Sendable, Hashable {
  /// Who reported it.
  public var label: String
  /// The deployed total reported.
  public var deployed: HeadCount

  /// A reported total.
  public init(label: String, deployed: HeadCount) {
    self.label = label
    self.deployed = deployed
  }
}
