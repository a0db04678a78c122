import ForceModel

/// The kiosk's headline: deployed against planned (and target on a wide wall), the shortfall,
/// cash in hand and its burn, the day cash runs out, and the gap to the end of the mandate, in
/// digits three rows tall when they fit.
enum KioskView {
  struct Tile {
    var title: String
    var value: String
    var caption: String
    var role: ThemeRole
    /// The title on a narrow tile.
    var shortTitle: String?
  }

  /// What every tile reads: the results shown, the baseline's, and whether changes are marked.
  struct Inputs {
    let results: Results
    let before: Results
    let marking: Bool
    let width: Int

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
        role: results.deployedIsStale == nil ? .normal : .dim))
    // The target's shortfall only where the wall is wide enough for six tiles.
    let levels: [StrengthLevel] = inputs.width >= 150 ? [.planned, .target] : [.planned]
    for level in levels {
      guard let shortfall = results.shortfall(level) else { continue }
      let short = shortfall.count > 0
      tiles.append(
        Tile(
          title: "SHORT OF \(level.label.uppercased())", value: Format.count(shortfall.count),
          caption: inputs.marked(
            Deltas.count(shortfall.count, before.shortfall(level)?.count),
            short ? "\(Format.percent(shortfall.ratio)) of \(Format.count(shortfall.reference))" : "✓ met"),
          role: short ? .shortfall : .ok))
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
        role: .dim, shortTitle: "CASH")
    } else {
      let burn: String
      switch funding.burn.basis {
      case .reported: burn = "burn \(Format.money(funding.burn.perMonth))/mo"
      case .unknown: burn = "burn not reported"
      }
      return Tile(
        title: "CASH IN HAND", value: (funding.inHandIsBound ? "≤" : "") + Format.money(funding.cash.inHand),
        caption: inputs.marked(
          Deltas.money(funding.cash.inHand, before.funding.cash.inHand), Self.lastKnown(funding) ?? burn),
        role: Self.lastKnown(funding) != nil ? .dim : funding.cash.inHand > 0 ? .normal : .shortfall,
        shortTitle: "CASH")
    }
  }

  /// The day cash runs out (or ran out, projected), or that it lasts.
  private static func runwayTile(_ inputs: Inputs) -> Tile? {
    let funding = inputs.results.funding
    let before = inputs.before
    let runway = FundingRows.runway(funding.runwayCashOnly, funding)
    switch funding.runwayCashOnly {
    case .runsOut(let day):
      // Day and month in tall digits and letters, the year and the mandate's end beneath.
      let parts = Self.date(day).split(separator: " ")
      // A projected day already behind the date shown: it ran out, as far as anyone can tell.
      let passed = funding.runwayCashOnly.passed(before: funding.day) != nil
      return Tile(
        title: passed ? "CASH RAN OUT ~" : "CASH RUNS OUT", value: parts.prefix(2).joined(separator: " "),
        caption: inputs.marked(
          Deltas.runway(funding.runwayCashOnly, before.funding.runwayCashOnly),
          "\(day.civil.year)" + (passed ? " · proj." : "")
            + (passed
              ? ""
              : funding.mandate.map {
                "; mandate \(Self.date($0.period.endDay).split(separator: " ").prefix(2).joined(separator: " "))"
              }
                ?? "")),
        role: runway.role, shortTitle: passed ? "RAN OUT ~" : "RUNS OUT")
    case .lasts(let through):
      return Tile(title: "RUNWAY", value: "✓ LASTS", caption: "funded through \(through)", role: .ok)
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
      return Tile(
        title: "GAP TO \(mandate.period.end)", value: Format.money(abs(mandate.gap)),
        caption: inputs.marked(
          Deltas.money(mandate.gap, before.funding.mandate?.gap),
          (short ? "" : "✓ surplus · ") + (mandate.coverage.map { "\(Format.percent($0)) covered" } ?? "")
            + (mandate.basis == .budget ? " · budget" : " · assumed")),
        role: short ? .shortfall : .ok, shortTitle: "GAP")
    } else if let requirement = funding.requirement(.planned) ?? funding.requirement(.deployed) {
      let short = requirement.gap > 0
      return Tile(
        title: "FUNDING GAP", value: Format.money(abs(requirement.gap)),
        caption: inputs.marked(
          Deltas.money(requirement.gap, before.funding.requirement(requirement.level)?.gap),
          (short ? "" : "✓ surplus · ") + "over \(Format.months(funding.monthsLeft)), no mandate in force"),
        role: short ? .shortfall : .ok)
    }
    return nil
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

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let tiles = tiles(state)
    guard !tiles.isEmpty, rect.width > 10 else { return }
    let width = rect.width / tiles.count
    let tall = rect.height >= 7
    for (index, tile) in tiles.enumerated() {
      let box = Rect(
        x: rect.x + index * width, y: rect.y,
        width: index == tiles.count - 1 ? rect.maxX - rect.x - index * width : width,
        height: rect.height)
      // Narrow tiles take the short form of a title: "SHORT OF TARGET" becomes "▼ TARGET".
      let title =
        TextWidth.of(tile.title) + 6 > box.width
        ? tile.shortTitle ?? tile.title.replacingFirst("SHORT OF ", with: "▼ ") : tile.title
      grid.box(box, title: title, style: Style(.border), titleStyle: Style(.title))
      let inner = box.inset(1)
      guard inner.width > 2, inner.height > 0 else { continue }
      if tall, let rows = BigDigits.rows(tile.value, width: inner.width - 1) {
        for (offset, row) in rows.enumerated() {
          grid.put(
            row, x: inner.x + 1, y: inner.y + offset, style: Style(tile.role, bold: true), limit: inner.width - 1)
        }
      } else {
        grid.put(
          tile.value, x: inner.x + 1, y: inner.y + (tall ? 1 : 0), style: Style(tile.role, bold: true),
          limit: inner.width - 1)
      }
      if inner.height > 1 {
        grid.put(fitting: tile.caption, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1, style: Style(.dim))
      } else {
        // One row only: the caption goes after the value.
        let used = TextWidth.of(tile.value) + 2
        grid.put(
          fitting: tile.caption, x: inner.x + 1 + used, y: inner.y, width: max(0, inner.width - 1 - used),
          style: Style(.dim))
      }
    }
  }

  /// The bottom line of a kiosk: what it watches and the latest message. No key bar.
  static func status(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    grid.fill(rect, style: Style(.statusBar))
    var left = " READ-ONLY display of \(state.sourceName)"
    if let loaded = state.live.loadedAt {
      left += " · loaded \(ClockReading(seconds: loaded, utcOffset: state.clock?.utcOffset ?? 0).hoursMinutes)"
    }
    if let cycle = state.ops.cycleSeconds { left += " · rotates every \(cycle) s" }
    let messageWidth = state.message.map { min(TextWidth.of($0) + 2, rect.width * 2 / 3) } ?? 0
    let used = grid.put(
      left, x: rect.x, y: rect.y, style: Style(.statusBar), limit: max(0, rect.width - messageWidth - 1))
    if let message = state.message {
      let text = TextWidth.truncate(" \(message) ", to: max(0, rect.width - used - 1))
      grid.put(text, x: rect.maxX - TextWidth.of(text), y: rect.y, style: Style(.message))
    }
  }
}
