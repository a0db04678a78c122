/// Which force a dated figure belongs to, when a mission's mandate passes from one force to
/// another (the MSS to the Gang Suppression Force).
///
/// A new force's strengths apply from its mandate's start, not from the day it was adopted: a
/// plan adopted on 2025-09-30 for a force that starts on 2025-10-02 does not replace the old
/// force's plan for the two days between. And an old force's pledges, targets and plugs end
/// with it: a pledge made to the MSS in 2023 is not a pledge to the GSF. Figures of a mission
/// with one force are never touched.
public struct ForcePhases: Sendable, Hashable {
  /// A period whose force differs from the one before it: the day it was adopted and the day
  /// it starts.
  public struct Change: Sendable, Hashable {
    /// The new force's name.
    public var force: String
    var decided: Day
    /// The day it took over.
    public var start: Day
  }

  /// Each change of force, in date order.
  public var changes: [Change]

  /// The phases of `mission`'s periods.
  public init(_ mission: Mission) {
    var changes: [Change] = []
    var previous: String?
    for period in mission.periods {
      guard let force = period.force else { continue }
      if let previous, previous != force {
        changes.append(
          Change(
            force: force, decided: min(period.decided?.lastDay ?? period.startDay, period.startDay),
            start: period.startDay))
      }
      previous = force
    }
    self.changes = changes
  }

  /// The day a figure dated `day` takes effect: one dated between a new force's adoption and
  /// its start applies from its start.
  public func effective(_ day: Day) -> Day {
    for change in changes where change.decided <= day && day < change.start { return change.start }
    return day
  }

  /// The change of force in effect on `day`, if any force replaced another by then.
  public func change(on day: Day) -> Change? { changes.last { $0.start <= day } }

  /// Whether a figure that belongs to a force (a pledge, a plan, a target, a plug) dated
  /// `figure` still belongs to the force in force on `day`: it was made for that force.
  public func belongs(_ figure: Day?, on day: Day) -> Bool {
    guard let change = change(on: day) else { return true }
    return effective(figure ?? .distantPast) >= change.start
  }
}
