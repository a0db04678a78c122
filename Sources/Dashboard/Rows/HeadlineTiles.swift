import ForceModel

/// The headline results, once for every screen: deployed against planned and target, the
/// shortfalls, cash in hand and its burn, the day cash runs out, and the gap to the end of the
/// mandate. The kiosk draws them as tall tiles, the dashboard as its meter row; both read this.
enum HeadlineTiles {
  /// One headline result: its title, its value as the wall draws it, a caption under it, and
  /// the role that colours it.
  struct Tile {
    /// Which result a tile is; the meter row gives up the deployed figure first.
    enum Kind: Sendable, Equatable { case deployed, shortfall(StrengthLevel), cash, runway, gap }

    var title: String
    var value: String
    var caption: String
    var role: ThemeRole
    /// The title on a narrow tile.
    var shortTitle: String?
    var kind: Kind = .deployed
    /// Shorter ways to draw the value large, each still true (a bound rounds away from what it
    /// excludes, `≤$36.4M` to `≤$37M`), with the caption each needs: the wall takes the first
    /// that fits its tile in tall digits.
    var shorter: [(value: String, caption: String)] = []
    /// The value on one line of text, for the meter row (a day with its year).
    var line: String?
    /// The change since the baseline or the last load, while changes are marked: `▼ 500`.
    var delta: String?
    /// Whether a rise is good news (a shortfall or a gap going up is not).
    var higherIsBetter = true

    /// The value as one line of text.
    var lineValue: String { line ?? value }
    /// Every form of the value, longest first, each with its caption.
    var forms: [(value: String, caption: String)] { [(value, caption)] + shorter }
  }

  /// What every tile reads: the results shown, the baseline's, and whether changes are marked.
  struct Inputs {
    let results: Results
    let before: Results
    let marking: Bool
    let width: Int

    /// The change, while changes are marked.
    func mark(_ delta: String?) -> String? { marking ? delta : nil }

    /// The change since the previous data leads the caption, so it is never the part cut off.
    func marked(_ delta: String?, _ caption: String) -> String {
      guard marking, let delta else { return caption }
      return delta + " · " + caption
    }
  }

  /// The headline tiles, in order: the force, cash, the day it runs out, the gap.
  static func tiles(_ state: AppState) -> [Tile] {
    let inputs = Inputs(
      results: state.results, before: state.baselineResults, marking: state.showsDeltas, width: state.width)
    var tiles = forceTiles(state.scenario.strength, inputs)
    tiles.append(cashTile(inputs))
    if let runway = runwayTile(inputs) { tiles.append(runway) }
    if let gap = gapTile(inputs) { tiles.append(gap) }
    return tiles
  }

  /// Deployed against planned and target, and the shortfalls.
  private static func forceTiles(_ strength: Strength, _ inputs: Inputs) -> [Tile] {
    let results = inputs.results
    let before = inputs.before
    var tiles: [Tile] = []
    var against: [String] = []
    if let planned = strength.planned { against.append("planned \(Format.headCount(planned))") }
    if let target = strength.target { against.append("target \(Format.headCount(target))") }
    tiles.append(
      Tile(
        title: "DEPLOYED", value: Format.count(results.deployedTotal),
        caption: inputs.marked(
          Deltas.count(results.deployedTotal, before.deployedTotal),
          results.deployedIsStale.map {
            "LAST KNOWN " + Self.date($0).split(separator: " ").dropFirst().joined(separator: " ")
          }
            ?? against.joined(separator: " · ")),
        role: results.deployedIsStale == nil ? .normal : .dim, kind: .deployed,
        delta: inputs.mark(Deltas.count(results.deployedTotal, before.deployedTotal))))
    for level in [StrengthLevel.planned, .target] {
      guard let shortfall = results.shortfall(level) else { continue }
      let short = shortfall.count > 0
      let name = level.label.uppercased()
      // Met is said in words, large: a green 0 under "SHORT OF" reads as nothing from afar.
      tiles.append(
        Tile(
          title: short ? "SHORT OF \(name)" : "\(name) MET", value: short ? Format.count(shortfall.count) : "✓ MET",
          caption: inputs.marked(
            Deltas.count(shortfall.count, before.shortfall(level)?.count),
            short
              ? "\(Format.percent(shortfall.ratio)) of \(Format.count(shortfall.reference))"
              : "\(Format.count(results.deployedTotal)) deployed of \(Format.count(shortfall.reference))"),
          role: short ? .shortfall : .ok, shortTitle: short ? "SHORT" : name, kind: .shortfall(level),
          line: short ? nil : "met", delta: inputs.mark(Deltas.count(shortfall.count, before.shortfall(level)?.count)),
          higherIsBetter: false))
    }
    return tiles
  }

  /// Cash in hand with the burn, or unknown when nothing of the period's cash is reported.
  private static func cashTile(_ inputs: Inputs) -> Tile {
    let funding = inputs.results.funding
    let before = inputs.before
    if let since = funding.cashUnknownSince {
      // Nothing of this period's own cash is reported: unknown, said out loud, never "$0".
      return Tile(
        title: "CASH IN HAND", value: "?",
        caption: "NO FIGURES SINCE " + Self.date(since).split(separator: " ").dropFirst().joined(separator: " "),
        role: .dim, shortTitle: "CASH", kind: .cash, line: "unknown")
    } else {
      let burn: String
      switch funding.burn.basis {
      case .reported: burn = "burn \(Format.money(funding.burn.perMonth))/mo"
      case .unknown: burn = "burn not reported"
      }
      let caption = inputs.marked(
        Deltas.money(funding.cash.inHand, before.funding.cash.inHand), Self.lastKnown(funding) ?? burn)
      return Tile(
        title: "CASH IN HAND", value: (funding.inHandIsBound ? "≤" : "") + Format.money(funding.cash.inHand),
        caption: caption, role: Self.lastKnown(funding) != nil ? .dim : funding.cash.inHand > 0 ? .normal : .shortfall,
        shortTitle: "CASH", kind: .cash,
        shorter: Self.roundedMoney(funding.cash.inHand, atMost: funding.inHandIsBound).map { [($0, caption)] } ?? [],
        delta: inputs.mark(Deltas.money(funding.cash.inHand, before.funding.cash.inHand)))
    }
  }

  /// The day cash runs out (or ran out, projected), or that it lasts.
  private static func runwayTile(_ inputs: Inputs) -> Tile? {
    let funding = inputs.results.funding
    let before = inputs.before
    let runway = FundingRows.runway(funding.runwayCashOnly, funding)
    switch funding.runwayCashOnly {
    case .runsOut(let day):
      // Day, month and year in tall digits and letters when they fit; else the year beneath.
      let parts = Self.date(day).split(separator: " ")
      // A projected day already behind the date shown: it ran out, as far as anyone can tell.
      let passed = funding.runwayCashOnly.passed(before: funding.day) != nil
      let delta = Deltas.runway(funding.runwayCashOnly, before.funding.runwayCashOnly)
      let mandateEnd = funding.mandate.map { "mandate ends \(Self.date($0.period.endDay))" }
      let short: [String?] = ["\(day.civil.year)", passed ? "projected" : mandateEnd.map { String($0.dropLast(5)) }]
      return Tile(
        title: passed ? "CASH RAN OUT ~" : "CASH RUNS OUT", value: Self.date(day),
        caption: inputs.marked(delta, passed ? "projected" : mandateEnd ?? ""), role: runway.role,
        shortTitle: passed ? "RAN OUT ~" : "RUNS OUT", kind: .runway,
        shorter: [
          (
            parts.prefix(2).joined(separator: " "),
            inputs.marked(delta, short.compactMap { $0 }.joined(separator: " · "))
          )
        ],
        line: "\(day)", delta: inputs.mark(delta))
    case .lasts(let through):
      return Tile(
        title: "RUNWAY", value: "✓ LASTS", caption: "funded through \(through)", role: .ok, kind: .runway,
        line: "lasts through \(through)")
    case .noSpending, .undated:
      return nil
    }
  }

  /// The gap to the mandate's end, or to the horizon with no mandate in force.
  private static func gapTile(_ inputs: Inputs) -> Tile? {
    let funding = inputs.results.funding
    let before = inputs.before
    if let mandate = funding.mandate {
      let short = mandate.gap > 0
      let caption = inputs.marked(
        Deltas.money(mandate.gap, before.funding.mandate?.gap),
        (mandate.coverage.map { "\(Format.percent($0)) covered" } ?? "")
          + (mandate.basis == .budget ? " · budget" : " · assumed"))
      // A surplus is said in words, not only by its colour.
      return Tile(
        title: "\(short ? "GAP" : "SURPLUS") TO \(mandate.period.end)", value: Format.money(abs(mandate.gap)),
        caption: caption, role: short ? .shortfall : .ok, shortTitle: short ? "GAP" : "SURPLUS", kind: .gap,
        shorter: Self.roundedMoney(abs(mandate.gap), atMost: false).map { [($0, caption)] } ?? [],
        delta: inputs.mark(Deltas.money(mandate.gap, before.funding.mandate?.gap)), higherIsBetter: false)
    } else if let requirement = funding.requirement(.planned) ?? funding.requirement(.deployed) {
      let short = requirement.gap > 0
      let caption = inputs.marked(
        Deltas.money(requirement.gap, before.funding.requirement(requirement.level)?.gap),
        "over \(Format.months(funding.monthsLeft)), no mandate in force")
      return Tile(
        title: short ? "FUNDING GAP" : "FUNDING SURPLUS", value: Format.money(abs(requirement.gap)), caption: caption,
        role: short ? .shortfall : .ok, shortTitle: short ? "GAP" : "SURPLUS", kind: .gap,
        shorter: Self.roundedMoney(abs(requirement.gap), atMost: false).map { [($0, caption)] } ?? [],
        delta: inputs.mark(Deltas.money(requirement.gap, before.funding.requirement(requirement.level)?.gap)),
        higherIsBetter: false)
    }
    return nil
  }

  /// Money in whole millions (tenths of a billion) for a wall, still true: a bound (`≤`)
  /// rounds up, so it still bounds; anything else rounds to nearest, as every figure on screen
  /// is rounded. Nil when rounding changes nothing or the figure is under a million.
  static func roundedMoney(_ value: Double, atMost: Bool) -> String? {
    let (scale, unit): (Double, String) = value >= 1e9 ? (1e8, "B") : value >= 1e6 ? (1e6, "M") : (0, "")
    guard scale > 0 else { return nil }
    let steps = atMost ? (value / scale).rounded(.up) : (value / scale).rounded()
    let whole = unit == "B" ? Format.decimal(steps / 10, places: 1) : Format.count(Int(steps))
    let rounded = "$" + whole + unit
    guard rounded != Format.money(value) else { return nil }
    return (atMost ? "≤" : "") + rounded
  }

  /// A day as a wall reads it, month in letters so day and month cannot be swapped: `15 JUL 2025`.
  /// "LAST KNOWN FEB 2025" when spending was last reported more than the burn window (three
  /// months) before the date shown: the cash figure is then history, and the wall says so.
  static func lastKnown(_ funding: FundingResults) -> String? {
    guard let through = funding.spendingIsStale else { return nil }
    return "LAST KNOWN " + date(through).split(separator: " ").dropFirst().joined(separator: " ")
  }

  static func date(_ day: Day) -> String {
    let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    let c = day.civil
    return "\(c.day) \(months[max(0, min(11, c.month - 1))]) \(c.year)"
  }
}
