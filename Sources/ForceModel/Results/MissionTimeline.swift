/// A mission's whole history in the shape a chart and an events list need: deployed strength
/// by country after every change, each strength level's steps, the reported totals, the
/// mandate periods and every dated event in order.
///
/// It is worked out once per scenario (not per frame or per cursor step): the as-of cursor
/// moves over it, and the chart reads it.
public struct MissionTimeline: Sendable, Hashable {
  /// Deployed strength after the changes of one day: each country's latest figure, in the
  /// order of `countries`, and their sum.
  public struct Step: Sendable, Hashable {
    /// The day the counts changed.
    public var day: Day
    /// Each country's deployed count from that day, in stack order.
    public var counts: [Int]
    /// Their sum.
    public var total: Int
  }

  /// A level's value from a day on (a step function), or a reported total on its day.
  public struct Point: Sendable, Hashable {
    /// The day.
    public var day: Day
    /// The figure on it.
    public var value: Int
  }

  /// The contributor rows a stacked chart draws, bottom first: the largest latest deployment
  /// first, a remainder no source attributes last.
  public var countries: [String]
  /// Deployed strength, one step per day it changed.
  public var steps: [Step]
  /// Each country's person-days (its count times the days it stood) from its first figure to
  /// the last step's day, in `countries` order: what a stacked chart's areas should show.
  public var personDays: [Double]
  /// Planned, authorized and target: every figure each level has had, oldest first.
  public var levels: [StrengthLevel: [Point]]
  /// Totals as sources reported them, on their days.
  public var reported: [Point]
  /// The mandate periods, for the chart's marks.
  public var periods: [MandatePeriod]
  /// Which force each dated level belongs to (`ForcePhases`).
  public var phases: ForcePhases
  /// Every day anything becomes known or changes: the days `[` and `]` step through.
  public var days: [Day]
  /// Every dated event, in date order.
  public var events: [TimelineEvent]
  /// Funding lines whose flows are not listed as events (too many to read as a list).
  public var flowsNotListed: Int
  /// The first and last days a chart spans: the first event to the later of the last event
  /// and the scenario's own date.
  public var first: Day?
  /// The last day of the history: its last event, or the scenario's date if later.
  public var last: Day?
  /// The data's date: days after it are projected, under `plan`.
  public var horizon: Day?
  /// The plan the projection follows, if the scenario has one.
  public var plan: String?

  /// Funding lines beyond this many are not listed flow by flow.
  public static let listedLinesLimit = 5_000

  /// False for the strip's quick outline (`events: false`): strength only, no days or events.
  public var isComplete: Bool

  /// The history of `scenario`; without `events`, only what a one-line strip draws (the
  /// deployed strength and the levels), which costs no pass over the funding lines.
  /// `plan` (a plan of the scenario) is folded in past the data's date: its steps are the
  /// projection, its events listed as planned.
  public init(_ given: Scenario, plan followed: Plan? = nil, events listEvents: Bool = true) {
    let scenario = given.folding(followed)
    horizon = given.dataHorizon
    plan = followed?.name
    isComplete = listEvents
    let rows = scenario.contributors
    let phases = ForcePhases(scenario.mission)
    self.phases = phases
    (countries, steps, personDays) = Self.strengthSteps(
      scenario, phases: phases, until: followed == nil ? nil : horizon)
    let levels = Self.levels(scenario, phases: phases)
    self.levels = levels
    reported = scenario.strength.reported.compactMap { total in
      total.deployed.asOf.map { Point(day: $0.lastDay, value: total.deployed.value) }
    }.sorted { $0.day < $1.day }
    periods = scenario.mission.periods
    guard listEvents else {
      days = []
      events = []
      flowsNotListed = 0
      // The span from what is cheap to read: everything but the funding lines' flows.
      var dated = steps.map(\.day) + levels.values.flatMap { $0.map(\.day) } + reported.map(\.day)
      dated += periods.flatMap { [$0.decided?.lastDay ?? $0.startDay, $0.startDay, $0.endDay] }
      dated += scenario.mission.notes.compactMap { $0.asOf?.lastDay }
      dated += rows.flatMap { $0.pledges.compactMap { $0.asOf?.lastDay } }
      first = dated.min()
      last = (dated + [scenario.mission.asOf?.lastDay].compactMap { $0 }).max()
      return
    }
    days = scenario.eventDays
    let listFlows = scenario.funding.count <= Self.listedLinesLimit
    flowsNotListed = listFlows ? 0 : scenario.funding.count
    // The facts' events, and the plan's own (not the figures folding made of them).
    events = Self.events(given, listFlows: listFlows)
    if let followed { events = Self.merge(events, Self.planned(given, followed)) }
    first = days.first
    last = [days.last, scenario.mission.asOf?.lastDay].compactMap { $0 }.max()
  }

  /// Deployed strength step by step: each row's dated figures (its history, and its current
  /// figure when newer) in date order, the countries stacked largest now at the bottom and the
  /// unattributed remainder on top.
  /// Person-days accrue `until` the given day (the data's date, when a plan is folded in: a
  /// plan's arrivals are not history).
  static func strengthSteps(_ scenario: Scenario, phases: ForcePhases, until: Day? = nil) -> (
    countries: [String], steps: [Step], personDays: [Double]
  ) {
    let rows = scenario.contributors
    // Each row's dated figures: its history, and its current figure when that is newer.
    var changes: [(day: Day, row: Int, value: Int)] = []
    var latest = [Int](repeating: 0, count: rows.count)
    for (index, contributor) in rows.enumerated() {
      var lastDay = Day.distantPast
      for entry in contributor.history {
        guard let day = entry.deployed.asOf?.lastDay else { continue }
        changes.append((day, index, entry.deployed.value))
        lastDay = max(lastDay, day)
      }
      // An undated current figure (a what-if typed by the planner) stands from the scenario's
      // own date, as the latest picture shows it.
      if let day = contributor.deployed.asOf?.lastDay ?? scenario.mission.asOf?.lastDay, day >= lastDay {
        changes.append((day, index, contributor.deployed.value))
      }
      latest[index] = contributor.deployed.value
    }
    // The unattributed remainder of a force that has ended ends with it (`ForcePhases`), as
    // the panels count it: none from the new force's start.
    for index in rows.indices where !phases.changes.isEmpty && rows[index].role == .unattributed {
      let dated = changes.lazy.filter { $0.row == index }.map(\.day).max()
      guard let dated, let change = phases.changes.first(where: { $0.start > dated }) else { continue }
      changes.append((change.start, index, 0))
      if scenario.mission.asOf.map({ $0.lastDay >= change.start }) ?? true { latest[index] = 0 }
    }
    // Bottom of the stack first: the largest now, the unattributed remainder on top.
    let order = rows.indices.sorted { a, b in
      let ua = rows[a].role == .unattributed
      let ub = rows[b].role == .unattributed
      if ua != ub { return !ua }
      return latest[a] != latest[b] ? latest[a] > latest[b] : a < b
    }
    var slot = [Int](repeating: 0, count: rows.count)
    for (position, row) in order.enumerated() { slot[row] = position }
    let countries = order.map { rows[$0].country }
    changes.sort { $0.day != $1.day ? $0.day < $1.day : $0.row < $1.row }
    var counts = [Int](repeating: 0, count: rows.count)
    var steps: [Step] = []
    // The total kept as it changes, not summed again at each change (1,000 rows × 1,000
    // changes was a million additions on every edit).
    var total = 0
    // Person-days accrue when a count changes, so they cost a step per change, not per country.
    var personDays = [Double](repeating: 0, count: rows.count)
    var since = [Int](repeating: 0, count: rows.count)
    let limit = until?.number ?? Int.max
    for change in changes {
      let position = slot[change.row]
      let upTo = min(change.day.number, limit)
      personDays[position] += Double(counts[position]) * Double(max(0, upTo - since[position]))
      since[position] = max(since[position], upTo)
      total &+= change.value &- counts[position]
      counts[position] = change.value
      if let last = steps.last, last.day == change.day {
        steps[steps.count - 1].counts = counts
        steps[steps.count - 1].total = total
      } else {
        steps.append(Step(day: change.day, counts: counts, total: total))
      }
    }
    if let last = steps.last?.day.number {
      let end = min(last, limit)
      for position in personDays.indices {
        personDays[position] += Double(counts[position]) * Double(max(0, end - since[position]))
      }
    }
    return (countries, steps, personDays)

  }

  /// The planned, authorized and target levels as they stood over time.
  static func levels(_ scenario: Scenario, phases: ForcePhases) -> [StrengthLevel: [Point]] {
    var levels: [StrengthLevel: [Point]] = [:]
    for level in [StrengthLevel.planned, .authorized, .target] {
      // A new force's level stands from its mandate's start, not from its adoption.
      var points = scenario.strength.figures(level).compactMap { figure in
        figure.asOf.map { Point(day: phases.effective($0.lastDay), value: figure.value) }
      }
      // The level itself undated (a what-if): it stands from the scenario's own date.
      if let current = scenario.strength.figure(level), current.asOf == nil,
        let day = scenario.mission.asOf?.lastDay
      {
        points.removeAll { $0.day >= day }
        points.append(Point(day: day, value: current.value))
      }
      if !points.isEmpty { levels[level] = points }
    }
    return levels
  }

  /// Deployed strength as known on `day`: the last step on or before it.
  public func step(on day: Day) -> Step? {
    Self.lastIndex(day, count: steps.count) { steps[$0].day }.map { steps[$0] }
  }

  /// Deployed strength in all on `day` (the last step's total on or before it): what a chart
  /// asks for each of its columns, found without a copy of the step or a key path (the
  /// generic search through a key path took 1,400 instructions a column).
  public func total(on day: Day) -> Int? {
    Self.lastIndex(day, count: steps.count) { steps[$0].day }.map { steps[$0].total }
  }

  /// A level's value as it stood on `day`: none when the figure standing then was an earlier
  /// force's (the MSS's target ends with the MSS), as the panels count it.
  public func level(_ level: StrengthLevel, on day: Day) -> Int? {
    guard let point = levels[level]?.last(where: { $0.day <= day }) else { return nil }
    return phases.belongs(point.day, on: day) ? point.value : nil
  }

  /// The index of the last event on or before `day`, if any.
  public func lastEvent(onOrBefore day: Day) -> Int? {
    Self.lastIndex(day, count: events.count) { events[$0].day }
  }

  /// The index of the last of `count` items in date order dated on or before `day`, by binary
  /// search: asked for every column of a chart and at every step of the cursor. Each item's
  /// day is read by index, not through a key path (which cost 1,400 instructions a search).
  static func lastIndex(_ day: Day, count: Int, dayAt: (Int) -> Day) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if dayAt(mid) <= day { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? low - 1 : nil
  }

  /// The plan's events ahead, as planned events.
  static func planned(_ scenario: Scenario, _ plan: Plan) -> [TimelineEvent] {
    scenario.eventsAhead(in: plan).map { event in
      var item = TimelineEvent(
        day: event.date.lastDay, date: event.date, kind: .planned,
        text: scenario.describe(event) + (event.sources.isEmpty ? " (assumption)" : ""),
        sources: event.sources)
      item.planned = event.id
      return item
    }
  }

  /// Two lists in date order as one, `later` after `earlier`'s events of the same day.
  static func merge(_ earlier: [TimelineEvent], _ later: [TimelineEvent]) -> [TimelineEvent] {
    var out: [TimelineEvent] = []
    out.reserveCapacity(earlier.count + later.count)
    var index = 0
    for event in earlier {
      while index < later.count, later[index].day < event.day {
        out.append(later[index])
        index += 1
      }
      out.append(event)
    }
    out += later[index...]
    return out
  }

  /// How the events list words one flow.
  static func flowText(_ stage: FlowStage, who: String, amount: String, toDate: Bool) -> String {
    switch stage {
    case .pledge: "\(who) pledges \(amount)"
    case .commitment: "\(who) commits \(amount)\(toDate ? " in all" : "")"
    case .received: "\(who): \(amount) \(toDate ? "received to date" : "received")"
    case .spent: "\(who): \(amount) \(toDate ? "spent to date" : "spent")"
    case .frozen: "\(who): \(amount) frozen"
    case .cancelled: "\(who): \(amount) cancelled"
    }
  }

  /// Every dated thing in the scenario as an event, in date order; on one day, decisions and
  /// strengths before arrivals, money and notes.
  static func events(_ scenario: Scenario, listFlows: Bool) -> [TimelineEvent] {
    var out: [TimelineEvent] = []
    func add(_ date: AsOf?, _ kind: TimelineEvent.Kind, _ text: String, _ sources: [String]) {
      guard let date else { return }
      out.append(TimelineEvent(day: date.lastDay, date: date, kind: kind, text: text, sources: sources))
    }
    let mission = scenario.mission
    for period in mission.periods {
      let force = period.force.map { "\($0): " } ?? ""
      add(
        period.decided ?? period.start, .decision, "\(force)\(period.decision), \(period.start) to \(period.end)",
        period.sources)
      if let decided = period.decided, decided.lastDay != period.start.lastDay {
        add(period.start, .mandateStarts, "\(force)mandate of \(period.decision) begins", period.sources)
      }
      add(period.end, .mandateEnds, "\(force)mandate of \(period.decision) ends", period.sources)
    }
    for level in [StrengthLevel.planned, .authorized, .target] {
      for figure in scenario.strength.figures(level) {
        add(figure.asOf, .strength(level), "\(level.label) strength \(Format.headCount(figure))", figure.sources)
      }
    }
    for total in scenario.strength.reported {
      add(
        total.deployed.asOf, .report, "\(Format.headCount(total.deployed)) deployed: \(total.label)",
        total.deployed.sources)
    }
    for contributor in scenario.contributors {
      let name = contributor.country
      for pledged in contributor.pledges {
        add(pledged.asOf, .pledge, "\(name) pledges \(Format.headCount(pledged))", pledged.sources)
      }
      var shown: Set<Day> = []
      for entry in contributor.history {
        let what = entry.event.map { "\(name): \($0)" } ?? name
        add(
          entry.deployed.asOf, .deployment, "\(what), \(Format.headCount(entry.deployed)) deployed",
          entry.deployed.sources)
        if let day = entry.deployed.asOf?.lastDay { shown.insert(day) }
      }
      if let date = contributor.deployed.asOf, !shown.contains(date.lastDay) {
        add(
          date, .deployment, "\(name): \(Format.headCount(contributor.deployed)) deployed", contributor.deployed.sources
        )
      }
    }
    for note in mission.notes { add(note.asOf, .note, note.text, note.sources) }
    if listFlows {
      for line in scenario.funding {
        let who = "\(line.donor) (\(line.form == .inKind ? "in kind" : line.channel.label))"
        for flow in line.flows {
          let currency = flow.currency ?? line.currency
          let amount = Format.amount(flow.amount, currency: currency)
          let text = Self.flowText(flow.stage, who: who, amount: amount, toDate: flow.toDate)
          add(flow.amount.asOf, .money(flow.stage), text, flow.amount.sources)
        }
      }
    }
    // Date order; on one day, decisions and strengths before arrivals, money and notes.
    func rank(_ kind: TimelineEvent.Kind) -> Int {
      switch kind {
      case .decision, .mandateStarts, .mandateEnds: 0
      case .strength: 1
      case .pledge: 2
      case .deployment: 3
      case .report: 4
      case .money: 5
      case .note: 6
      case .planned: 7
      }
    }
    return out.enumerated().sorted { a, b in
      if a.element.day != b.element.day { return a.element.day < b.element.day }
      let ra = rank(a.element.kind)
      let rb = rank(b.element.kind)
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
  }
}
