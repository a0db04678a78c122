/// The scenario as it was known on a date: the projection behind `--as-of`.
///
/// Every dated figure takes part. A figure counts from the last day its date can mean (a
/// figure "of March 2025" is known from the 31st), and an undated one always counts. Of each
/// row, the latest figure dated on or before the day stands; a row with none is absent.
extension Scenario {
  /// The scenario as known on `date`.
  ///
  /// `wholeLines` keeps the funding lines as they are, later flows and lines not yet known
  /// included: every calculation reads a line's flows on the scenario's date only (as it must,
  /// for a file that reports flows past its own date), and the screen lists only the lines
  /// known then (`FundingLine.isKnown`). It spares the screen a copy of 100,000 lines at each
  /// step of the cursor; `report`, `diff` and `export` take the exact projection.
  public func asOf(_ date: AsOf, wholeLines: Bool = false) -> Scenario {
    let day = date.lastDay
    func known<V>(_ figure: Figure<V>?) -> Bool {
      guard let figure else { return false }
      return (figure.asOf?.lastDay ?? .distantPast) <= day
    }
    func knownDate(_ asOf: AsOf?) -> Bool { (asOf?.lastDay ?? .distantPast) <= day }

    let trimmer = SourceTrimmer(sources, on: day)
    let published = trimmer.published
    func trim(_ ids: [String]) -> [String] { trimmer.trim(ids) }
    func trim<V>(_ figure: Figure<V>) -> Figure<V> { trimmer.trim(figure) }

    var next = self
    next.mission.asOf = date
    // A plan is what is expected now: shown at a date before the data's, it would tell the past
    // what was decided later.
    if !isProjected(date) { next.plans = [] }
    next.mission.notes = mission.notes.filter { knownDate($0.asOf) }.map { note in
      var note = note
      note.sources = trim(note.sources)
      return note
    }
    next.conflicts = conflicts.filter { knownDate($0.asOf) }
    // The authorizing decision exists from the day it was taken.
    if let authorization = mission.authorization, !knownDate(authorization.date) { next.mission.authorization = nil }
    next.mission.periods = mission.periods.filter { knownDate($0.decided ?? $0.start) }
    // Each level stands at its latest figure known on the day: an earlier plan or ceiling
    // until a later decision replaced it.
    let phases = ForcePhases(mission)
    next.strength = strength.standing(on: day, phases: phases)
    if !published.isEmpty {
      next.strength.planned = next.strength.planned.map(trim)
      next.strength.authorized = next.strength.authorized.map(trim)
      next.strength.target = next.strength.target.map(trim)
      for index in next.strength.reported.indices {
        next.strength.reported[index].deployed = trim(next.strength.reported[index].deployed)
      }
    }

    next.contributors = contributorsAsOf(date, trimmer: trimmer)

    if wholeLines {
      next.fundingTotals = fundingTotals.filter { known($0.amount) }
    } else {
      (next.funding, next.fundingTotals) = fundingAsOf(day, trimmer: trimmer)
    }
    return next
  }

  /// Each country as known on the day: its latest deployed figure on or before it (its own or
  /// its history's), its pledge as it stood, sources published later left off; a country with
  /// neither is absent.
  private func contributorsAsOf(_ date: AsOf, trimmer: SourceTrimmer) -> [Contributor] {
    let day = date.lastDay
    let published = trimmer.published
    func known<V>(_ figure: Figure<V>?) -> Bool {
      guard let figure else { return false }
      return (figure.asOf?.lastDay ?? .distantPast) <= day
    }
    func trim<V>(_ figure: Figure<V>) -> Figure<V> { trimmer.trim(figure) }
    let pledgedRow = "Pledged; no deployment dated on or before \(date)."
    let pledgedDerivation = "no deployed figure dated on or before \(date)"
    var rows = contributors.compactMap { contributor in
      var row = contributor
      // Arrays are filtered only when something in them is later than the day: most rows of a
      // long history are unchanged, and copying them is a thousand allocations a cursor step.
      if !contributor.history.allSatisfy({ known($0.deployed) }) {
        row.history = contributor.history.filter { known($0.deployed) }
      }
      // The pledge as it stood: the latest known on the day, an earlier one until it was replaced.
      if contributor.earlierPledges.isEmpty {
        row.pledged = known(contributor.pledged) ? contributor.pledged : nil
      } else {
        row.pledged = contributor.pledges.last { known($0) }
        row.earlierPledges = contributor.earlierPledges.filter { known($0) }
      }
      // The latest deployed figure on or before the day: the row's own (on a tie too), or its
      // history's latest.
      func dayOf(_ figure: HeadCount) -> Day { figure.asOf?.lastDay ?? .distantPast }
      var history: HeadCount?
      for entry in row.history where history.map({ dayOf($0) < dayOf(entry.deployed) }) ?? true {
        history = entry.deployed
      }
      if known(contributor.deployed), history.map({ dayOf($0) <= dayOf(contributor.deployed) }) ?? true {
        return row
      }
      if let history {
        row.deployed = history
        return row
      }
      // Pledged, not yet deployed: the row exists with nobody deployed, which is derived.
      guard row.pledged != nil else { return nil }
      row.deployed = HeadCount(0, sources: [], asOf: date, note: pledgedRow, derivation: pledgedDerivation)
      return row
    }
    if !published.isEmpty {
      // Written back only where something changed: a row's arrays are shared with the whole
      // scenario, and writing to one copies it.
      func later(_ ids: [String]) -> Bool { ids.contains { published[$0] != nil } }
      for index in rows.indices {
        let row = rows[index]
        if later(row.deployed.sources) { rows[index].deployed = trim(row.deployed) }
        if let pledged = row.pledged, later(pledged.sources) { rows[index].pledged = trim(pledged) }
        for entry in row.history.indices where later(row.history[entry].deployed.sources) {
          rows[index].history[entry].deployed = trim(row.history[entry].deployed)
        }
      }
    }

    return rows
  }

  /// The funding lines with only the flows known on the day (a line with none is absent), and
  /// the stated totals whose parts are still there.
  private func fundingAsOf(_ day: Day, trimmer: SourceTrimmer) -> ([FundingLine], [FundingTotal]) {
    let published = trimmer.published
    func known<V>(_ figure: Figure<V>?) -> Bool {
      guard let figure else { return false }
      return (figure.asOf?.lastDay ?? .distantPast) <= day
    }
    func knownDate(_ asOf: AsOf?) -> Bool { (asOf?.lastDay ?? .distantPast) <= day }
    func trim<V>(_ figure: Figure<V>) -> Figure<V> { trimmer.trim(figure) }
    let lines = funding.compactMap { line -> FundingLine? in
      var kept = line
      kept.flows = line.flows.filter { knownDate($0.amount.asOf) }
      if !published.isEmpty {
        for index in kept.flows.indices { kept.flows[index].amount = trim(kept.flows[index].amount) }
      }
      kept.ceiling = known(line.ceiling) ? line.ceiling : nil
      return kept.flows.isEmpty && kept.ceiling == nil ? nil : kept
    }
    guard !fundingTotals.isEmpty else { return (lines, []) }
    let ids = Set(lines.map(\.id))
    let totals = fundingTotals.compactMap { total -> FundingTotal? in
      guard known(total.amount) else { return nil }
      var kept = total
      kept.parts = total.parts.filter(ids.contains)
      return kept.parts.isEmpty ? nil : kept
    }
    return (lines, totals)
  }

  /// The indices of the funding lines anything of which is known on `day` (`FundingLine.isKnown`),
  /// or nil when that is every line: asked at each step of the as-of cursor, so the lines are
  /// read in place and only their compact entries looked at.
  public func fundingIndices(knownOn day: Day) -> [Int]? {
    funding.withUnsafeBufferPointer { lines in
      func known(_ index: Int) -> Bool { Self.isKnown(lines, index, on: day) }
      guard let firstUnknown = lines.indices.first(where: { !known($0) }) else { return nil }
      return Array(0..<firstUnknown) + (firstUnknown..<lines.count).filter(known)
    }
  }

  /// Whether anything of the line at `index` is known on `day`, read in place: most lines
  /// answer from the earliest of their compact entries.
  @inline(__always)
  static func isKnown(_ lines: UnsafeBufferPointer<FundingLine>, _ index: Int, on day: Day) -> Bool {
    if lines[index].entries.earliest <= day.number { return true }
    return lines[index].isKnown(on: day)
  }

  /// Every day on which something in the scenario becomes known or changes, in order: the
  /// dates the as-of cursor steps through. A figure counts from the end of its date.
  public var eventDays: [Day] {
    var dates: [AsOf?] = []
    dates += mission.notes.map(\.asOf)
    dates += conflicts.map(\.asOf)
    for period in mission.periods {
      dates += [period.decided ?? period.start, period.start, period.end, period.budget?.asOf]
    }
    dates += [strength.planned?.asOf, strength.authorized?.asOf, strength.target?.asOf]
    dates += strength.history.map(\.figure.asOf)
    dates += strength.reported.map(\.deployed.asOf)
    for contributor in contributors {
      dates += [contributor.deployed.asOf, contributor.pledged?.asOf] + contributor.history.map(\.deployed.asOf)
      dates += contributor.earlierPledges.map(\.asOf)
    }
    var days = Set(dates.compactMap { $0?.lastDay.number })
    // Flows, maybe 400,000 of them: their days marked in a table over their span, no hashing.
    var low = Int.max
    var high = Int.min
    // Read in place, each line's compact entries copied out (no references in them): a line
    // copied whole costs a retain and a release of each of its strings.
    funding.withUnsafeBufferPointer { lines in
      func eachDay(_ index: Int, _ body: (Int) -> Void) {
        let entries = lines[index].entries
        if entries.isComplete {
          entries.forEachDay(body)
        } else {
          for flow in lines[index].flows { if let day = flow.day { body(day.number) } }
        }
      }
      for index in lines.indices {
        if lines[index].ceiling != nil, let ceiling = lines[index].ceiling?.asOf {
          days.insert(ceiling.lastDay.number)
        }
        eachDay(index) { day in
          low = min(low, day)
          high = max(high, day)
        }
      }
      guard low <= high else { return }
      if high - low < 1_000_000 {
        var seen = [Bool](repeating: false, count: high - low + 1)
        for index in lines.indices { eachDay(index) { seen[$0 - low] = true } }
        for (offset, marked) in seen.enumerated() where marked { days.insert(low + offset) }
      } else {
        for index in lines.indices { eachDay(index) { days.insert($0) } }
      }
    }
    return days.sorted().map { Day(number: $0) }
  }
}

/// Leaves off a figure's sources those published after a day (unless it is the only one: the
/// figure is then dated by its event, as the file says).
struct SourceTrimmer {
  /// The sources published after the day, with the day they were.
  let published: [String: Day]

  init(_ sources: [Source], on day: Day) {
    var published: [String: Day] = [:]
    for source in sources {
      if let on = source.publishedOn?.firstDay, on > day { published[source.id] = on }
    }
    self.published = published
  }

  func trim(_ ids: [String]) -> [String] {
    guard !published.isEmpty, ids.contains(where: { published[$0] != nil }) else { return ids }
    let kept = ids.filter { published[$0] == nil }
    return kept.isEmpty ? ids : kept
  }

  func trim<V>(_ figure: Figure<V>) -> Figure<V> {
    var figure = figure
    figure.sources = trim(figure.sources)
    return figure
  }
}
