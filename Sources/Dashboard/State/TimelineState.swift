import ForceModel

/// The as-of cursor, what the chart shows, and the history worked out for it.
///
/// The mission's whole history takes a pass over every flow, so it is worked out once per
/// change of the data and only when something on screen reads it; money over the history
/// (a recalculation per sample) only while the money chart is shown.
public struct TimelineState: Sendable {
  /// The date the panels show the scenario as known on; nil is the latest picture.
  public internal(set) var cursor: AsOf?
  /// What the timeline chart shows: strength or money, stacked by country or the total.
  public var chart = ChartView()
  /// The plan a projection follows, by name; nil follows the scenario's first (its base).
  public internal(set) var plan: String?
  /// The history as the latest data tells it, when worked out: whole, or the strip's outline.
  public private(set) var cached: MissionTimeline?
  /// Money over the history, when worked out.
  public private(set) var money: MoneyTimeline?
  /// The projection's ends and the days that matter ahead, when worked out (the cursor is past
  /// the data's date, or the scenario has a plan and its chart is shown).
  public private(set) var outlook: Outlook?
  /// What a cached outline was worked out from.
  private var outlineFacts: (contributors: [Contributor], strength: Strength, mission: Mission)?
  /// The whole history and its outlook, worked out at start before anything on screen reads
  /// them (the strip shows its outline till then): the first step of the as-of cursor takes
  /// them from here, and is no slower than the steps after it.
  private var ahead: (timeline: MissionTimeline, outlook: Outlook?)?
  /// Whether the cursor's last step went later: the neighbour that way is worked out ahead first.
  var steppedLater = false
  /// The fewest funding lines for which the cursor's neighbours are worked out ahead.
  public var lookAheadFrom = TimelineState.lookAheadLines

  /// Below this many funding lines a step of the cursor recalculates in well under a
  /// millisecond (100,000 lines take some 12 ms), and working its neighbours out ahead would
  /// only cost a thread, its stack and its allocator's arena (0.1 MiB of a start's memory).
  public static let lookAheadLines = 2_000

  init() {}

  /// The data changed to `current`: what was worked out from the old data is dropped, except
  /// an outline whose rows, strength and mission did not change (an edit of money keeps it; the
  /// arrays compare by identity first, so this costs nothing on 100,000 lines).
  mutating func dataChanged(to current: Scenario) {
    money = nil
    outlook = nil
    ahead = nil
    if let cached, !cached.isComplete, let facts = outlineFacts, facts.contributors == current.contributors,
      facts.strength == current.strength, facts.mission == current.mission
    {
      return
    }
    cached = nil
  }

  /// The whole history of `current`: the cached one, or worked out now.
  func timeline(of current: Scenario) -> MissionTimeline {
    if let cached, cached.isComplete { return cached }
    return MissionTimeline(current, plan: current.plan(named: plan))
  }

  /// The whole history, if it is worked out (cached, or ahead at start); nil otherwise.
  var wholeTimeline: MissionTimeline? {
    if let cached, cached.isComplete { return cached }
    return ahead?.timeline
  }

  /// What the screen shows of the scenario: the cursor's date, under the plan followed.
  var view: ScenarioView { ScenarioView(date: cursor, plan: plan) }

  /// Follows another plan: what was worked out for the old one is dropped.
  mutating func follow(_ name: String?) {
    plan = name
    cached = nil
    money = nil
    outlook = nil
    ahead = nil
  }

  /// The outlook of `current` under the plan followed, cached or worked out now; nil when
  /// nothing asks for it (no plan, and the cursor is not past the data's date).
  func outlook(of current: Scenario, timeline whole: MissionTimeline? = nil) -> Outlook? {
    if let outlook { return outlook }
    guard !current.plans.isEmpty || current.isProjected(cursor) else { return nil }
    return Outlook(current, plan: current.plan(named: plan), timeline: whole ?? timeline(of: current))
  }

  /// Money over the history of `current`, cached or worked out now.
  func moneyTimeline(of current: Scenario) -> MoneyTimeline {
    money ?? MoneyTimeline(current.folding(current.plan(named: plan)), timeline: timeline(of: current))
  }

  /// Makes sure the whole history is cached, for what is about to read it (the cursor).
  mutating func ensureWhole(of current: Scenario) {
    if cached?.isComplete != true { cached = takeAhead() ?? MissionTimeline(current, plan: current.plan(named: plan)) }
  }

  /// The whole history worked out ahead, if it was, its outlook put in place with it.
  private mutating func takeAhead() -> MissionTimeline? {
    guard let ahead else { return nil }
    self.ahead = nil
    if outlook == nil { outlook = ahead.outlook }
    return ahead.timeline
  }

  /// Works out the whole history of `current` and its outlook now, for later (at start).
  mutating func workOutAhead(_ current: Scenario) {
    guard cached?.isComplete != true, ahead == nil else { return }
    let whole = MissionTimeline(current, plan: current.plan(named: plan))
    ahead = (whole, outlook(of: current, timeline: whole))
  }

  /// Works out what the screen is about to show: the whole history when `whole`, else the
  /// strip's outline; money when `moneyShown`. True when the whole history was worked out now.
  mutating func prepare(_ current: Scenario, whole: Bool, moneyShown: Bool) -> Bool {
    var workedOutWhole = false
    if cached == nil || (whole && cached?.isComplete == false) {
      cached =
        (whole ? takeAhead() : nil) ?? MissionTimeline(current, plan: current.plan(named: plan), events: whole)
      outlineFacts = whole ? nil : (current.contributors, current.strength, current.mission)
      workedOutWhole = whole
    }
    if outlook == nil, whole, cached?.isComplete == true { outlook = outlook(of: current) }
    if money == nil, moneyShown {
      money = MoneyTimeline(current.folding(current.plan(named: plan)), timeline: timeline(of: current))
    }
    return workedOutWhole
  }
}
