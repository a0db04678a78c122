/// Deployed strength over time, from the dated history of every contributor.
public struct TimelinePoint: Sendable, Hashable {
  public var asOf: AsOf
  public var deployed: Int
}

extension Scenario {
  /// At each date any contributor's history changes, the sum of every contributor's latest
  /// known figure. Rows without history count from the date of their deployed figure.
  public func deploymentTimeline() -> [TimelinePoint] {
    var events: [(asOf: AsOf, row: Int, deployed: Int)] = []
    for (row, contributor) in contributors.enumerated() {
      if contributor.history.isEmpty {
        if let date = contributor.deployed.asOf { events.append((date, row, contributor.deployed.value)) }
      } else {
        for entry in contributor.history {
          if let date = entry.deployed.asOf { events.append((date, row, entry.deployed.value)) }
        }
      }
    }
    events.sort { $0.asOf < $1.asOf }
    var latest = [Int](repeating: 0, count: contributors.count)
    var points: [TimelinePoint] = []
    for event in events {
      latest[event.row] = event.deployed
      let total = latest.reduce(0, +)
      if let last = points.last, last.asOf == event.asOf {
        points[points.count - 1].deployed = total
      } else {
        points.append(TimelinePoint(asOf: event.asOf, deployed: total))
      }
    }
    return points
  }
}
