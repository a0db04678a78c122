/// Where everything goes on a screen of a given size: arithmetic on rectangles, shared by
/// rendering and by mouse hit-testing so the two always agree.
public struct DashboardLayout: Sendable, Hashable {
  static let minimumWidth = 60
  static let minimumHeight = 16
  /// Rows the funding panel's summary takes (one per selectable total).
  static let fundingSummaryRows = 8

  /// Columns of the screen.
  public var width: Int
  /// Rows of the screen.
  public var height: Int
  /// The header line.
  public var header: Rect
  /// The status line.
  public var status: Rect
  var bannerTop: Rect?
  var bannerBottom: Rect?
  /// Warning lines under the header (data not live, data stale), one per alert.
  public var alerts: Rect?
  /// The kiosk's large headline figures.
  public var headline: Rect?
  /// The dashboard's meter row: the headline results on one line, on every screen.
  public var meters: Rect?
  /// Where each panel is drawn.
  public var panels = PanelRects()

  var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The rows each panel's table would like, so the layout gives room by importance: the force
  /// panel all its figures (the shortfalls never scroll out of sight), the funding panel its
  /// lines and totals, and what the tables do not need goes to the timeline's chart.
  public struct Needs: Sendable, Hashable {
    /// Rows the force panel's figures take.
    public var force: Int
    /// Countries in the contributions table.
    public var contributions: Int
    /// Lines in the funding table.
    public var fundingLines: Int
    /// Columns the contributions panel takes to show every name whole and a bar; 0: unknown.
    public var contributionsWidth: Int

    /// What the tables would like to show.
    public init(force: Int, contributions: Int, fundingLines: Int, contributionsWidth: Int = 0) {
      self.force = force
      self.contributions = contributions
      self.fundingLines = fundingLines
      self.contributionsWidth = contributionsWidth
    }
  }

  /// The fewest rows a timeline shows its chart in; below it, a one-line strip.
  public static let timelineChartRows = 8
  /// The narrowest screen whose panels sit side by side; below it they are stacked.
  static let sideBySideFrom = 110
  /// The force panel's least width beside the contributions (its labels and bars).
  static let forcePanelWidth = 44
  /// The fewest rows the funding panel keeps under the tables in the wide layout (11 on a kiosk).
  static let fundingLeastRows = 12
  /// The kiosk's headline rows: big digits on a tall screen, one line of figures on a short one.
  static let kioskHeadlineRows = (tall: 7, short: 4, tallFrom: 26)

  /// The layout of a screen of `width` × `height`.
  public init(
    width: Int, height: Int, focus: PanelID, banner: Bool, alerts alertCount: Int = 0, kiosk: Bool = false,
    zoomed: Bool = false, needs: Needs
  ) {
    self.width = width
    self.height = height
    let bannerRows = banner ? 1 : 0
    let between = height - 2 - 2 * bannerRows
    // Warnings take a row each, as long as the panels keep a dozen rows.
    let alertRows = min(alertCount, max(0, between - 12))
    // The meter row keeps the headline results on screen however small it is (the kiosk has
    // its tiles instead).
    let meterRows = kiosk ? 0 : 1
    let rows = Rect(x: 0, y: 0, width: width, height: height).split(
      .vertical,
      [
        .length(bannerRows), .length(1), .length(alertRows), .length(meterRows), .fill, .length(1),
        .length(bannerRows),
      ])
    bannerTop = banner ? rows[0] : nil
    header = rows[1]
    alerts = rows[2].isEmpty ? nil : rows[2]
    meters = rows[3].isEmpty ? nil : rows[3]
    status = rows[5]
    bannerBottom = banner ? rows[6] : nil
    // The funding panel's frame, header, lines, rule and totals.
    let fundingNeed = needs.fundingLines + Self.fundingSummaryRows + 4
    if zoomed {
      panels[focus] = rows[4]
    } else if kiosk {
      layOutKiosk(rows[4], needs: needs, fundingNeed: fundingNeed)
    } else if width >= Self.sideBySideFrom {
      layOutWide(rows[4], focus: focus, needs: needs, fundingNeed: fundingNeed)
    } else {
      layOutStacked(rows[4], focus: focus, needs: needs, fundingNeed: fundingNeed)
    }
  }

  /// Read from across a room: the headline figures large and first, the tables below, the chart
  /// under them when there is room; the contributions as wide as their names and figures, the
  /// funding the rest.
  private mutating func layOutKiosk(_ body: Rect, needs: Needs, fundingNeed: Int) {
    let sizes = Self.kioskHeadlineRows
    let parts = body.split(.vertical, [.length(body.height >= sizes.tallFrom ? sizes.tall : sizes.short), .fill])
    headline = parts[0]
    let rest = parts[1]
    // A tall wall stacks both tables across its width, each whole, when a chart still fits
    // under them: no empty rows beside cut text.
    let contributionsNeed = needs.contributions + 3
    if rest.height - contributionsNeed - fundingNeed >= Self.timelineChartRows + 4 {
      let stacked = rest.split(.vertical, [.length(contributionsNeed), .length(fundingNeed), .fill])
      panels[.contributions] = stacked[0]
      panels[.funding] = stacked[1]
      panels[.timeline] = stacked[2]
      return
    }
    // The same at every turn of the rotation: a wall that jumps each phase reads as broken.
    let chart = Self.timelineHeight(
      rest: rest.height - max(Self.fundingLeastRows - 1, min(fundingNeed, rest.height * 3 / 5)), body: rest.height,
      focused: false)
    let lower = rest.split(.vertical, [.fill, .length(chart)])
    panels[.timeline] = lower[1]
    let tables = lower[0]
    let columns =
      width >= Self.sideBySideFrom
      ? tables.split(
        .horizontal,
        [
          needs.contributionsWidth > 0 ? .length(min(needs.contributionsWidth, tables.width / 2)) : .ratio(9, 20),
          .fill,
        ])
      : tables.split(
        .vertical, [.length(max(4, tables.height - max(min(tables.height - 4, 11), tables.height / 2))), .fill])
    panels[.contributions] = columns[0]
    panels[.funding] = columns[1]
  }

  /// Wide: force and contributions side by side as tall as their figures, funding below across
  /// the whole width, and the timeline under it with what is left. With the timeline focused
  /// the tables above it give up room first (the force panel still keeps its figures when they
  /// fit).
  private mutating func layOutWide(_ body: Rect, focus: PanelID, needs: Needs, fundingNeed: Int) {
    let topNeed = max(needs.force + 2, needs.contributions + 3)
    let topShare = focus == .timeline ? max(needs.force + 2, body.height * 3 / 10) : body.height * 9 / 20
    let rows = body.split(.vertical, [.length(max(8, min(topNeed, topShare))), .fill])
    let top = rows[0].split(.horizontal, [.length(max(Self.forcePanelWidth, rows[0].width * 2 / 5)), .fill])
    panels[.force] = top[0]
    panels[.contributions] = top[1]
    let chart = Self.timelineHeight(
      rest: rows[1].height - max(Self.fundingLeastRows, fundingNeed), body: rows[1].height,
      focused: focus == .timeline)
    let lower = rows[1].split(.vertical, [.fill, .length(chart)])
    panels[.funding] = lower[0]
    panels[.timeline] = lower[1]
  }

  /// Narrow: stacked; the focused panel gets the rows its figures need (all it can have for
  /// the timeline), the other tables share the rest (three rows each at least), and the
  /// timeline keeps a strip (nothing on a very small screen until it is focused).
  private mutating func layOutStacked(_ body: Rect, focus: PanelID, needs: Needs, fundingNeed: Int) {
    let strip = focus == .timeline ? 0 : body.height >= 20 ? 3 : 0
    // By panel number: the rows each would like, and the rows each gets.
    let want = [needs.force + 2, needs.contributions + 3, fundingNeed, body.height]
    let others = PanelID.allCases.filter { $0 != focus && $0 != .timeline }
    // A table keeps its header and a row; on a very small screen, its frame.
    let least = body.height >= 20 ? 4 : focus == .timeline ? 2 : 3
    let room = body.height - strip - least * others.count
    let focused = min(want[focus.rawValue], max(room, 3))
    // What the focused panel does not need goes to the other tables a row at a time, up to
    // their needs; what they do not need goes back to it.
    var spare = max(0, body.height - strip - focused - least * others.count)
    var heights = [Int](repeating: 0, count: PanelID.allCases.count)
    heights[focus.rawValue] = focused
    if focus != .timeline { heights[PanelID.timeline.rawValue] = strip }
    for panel in others { heights[panel.rawValue] = least }
    while spare > 0 {
      // The table with the fewest rows that still wants more (the first of equals).
      var next: PanelID?
      for panel in others where heights[panel.rawValue] < want[panel.rawValue] {
        if next.map({ heights[panel.rawValue] < heights[$0.rawValue] }) ?? true { next = panel }
      }
      guard let next else { break }
      heights[next.rawValue] += 1
      spare -= 1
    }
    heights[focus.rawValue] += spare
    let rects = body.split(.vertical, heights.map { Constraint.length($0) })
    for panel in PanelID.allCases { panels[panel] = rects[panel.rawValue] }
  }

  /// The timeline's height below the tables: focused, three fifths of the room at least (the
  /// tables' lines scroll, their totals stay); else what the tables leave when that is enough
  /// for a chart, or a strip.
  static func timelineHeight(rest: Int, body: Int, focused: Bool) -> Int {
    if focused { return min(body - 4, max(rest, timelineChartRows, body * 3 / 5)) }
    if rest >= timelineChartRows { return rest }
    return min(3, max(0, body - 8))
  }

  /// The screen row of the first selectable row of a panel, and how many rows fit.
  public func rowArea(_ panel: PanelID) -> (firstY: Int, rows: Int) {
    guard let rect = panels[panel] else { return (0, 0) }
    let inner = max(0, rect.height - 2)
    switch panel {
    case .force:
      return (rect.y + 1, inner)
    case .contributions:
      return (rect.y + 2, max(0, inner - 1))
    case .funding:
      let summary = fundingSummaryHeight(panel: rect)
      return (rect.y + 2, max(0, inner - 1 - (summary > 0 ? summary + 1 : 0)))
    case .timeline:
      guard let events = Self.timelineParts(rect).events else { return (0, 0) }
      return (events.y, events.height)
    }
  }

  /// Inside the timeline panel: the chart, and the events list under it when there is room
  /// (the chart takes three fifths, the list the rest after a rule); a strip is all chart.
  public static func timelineParts(_ rect: Rect) -> (chart: Rect, events: Rect?) {
    let inner = rect.inset(1)
    guard inner.height >= 12 else { return (inner, nil) }
    let chartRows = min(inner.height - 4, max(8, inner.height * 3 / 5))
    let split = inner.splitTop(chartRows)
    return (split.top, Rect(x: inner.x, y: split.rest.y + 1, width: inner.width, height: split.rest.height - 1))
  }

  /// Rows of the funding summary that fit, and where it starts.
  func fundingSummaryHeight(panel rect: Rect) -> Int {
    let inner = max(0, rect.height - 2)
    // The lines keep a header and two rows; the summary takes the rest, up to all of it.
    return min(Self.fundingSummaryRows, max(0, inner - 4))
  }

  func fundingSummaryY() -> Int {
    guard let rect = panels[.funding] else { return 0 }
    return rect.maxY - 1 - fundingSummaryHeight(panel: rect)
  }

  /// The panel under a screen position.
  public func panel(atX x: Int, y: Int) -> PanelID? {
    PanelID.allCases.first { panels[$0]?.contains(x: x, y: y) == true }
  }

  /// The selectable row under a screen row of a panel, if any: the same arithmetic the panel
  /// is drawn with. `tableRows` are the rows that scroll (for funding, the lines); `selectable`
  /// counts them and, for funding, the totals under them.
  public func row(atY y: Int, in panel: PanelID, scroll: Int, tableRows: Int, selectable: Int) -> Int? {
    let area = rowArea(panel)
    if panel == .funding {
      let summaryY = fundingSummaryY()
      if y >= summaryY {
        let index = tableRows + (y - summaryY)
        return index < selectable ? index : nil
      }
    }
    guard y >= area.firstY, y < area.firstY + area.rows else { return nil }
    let index = scroll + (y - area.firstY)
    return index < tableRows ? index : nil
  }

  /// The widest a box over the panels grows.
  public static let maximumBoxWidth = 100

  /// The width of a box over the panels at this size.
  public var boxWidth: Int { min(width - 4, Self.maximumBoxWidth) }

  /// The box over the panels for `lines` lines of text: as tall as its text, at most the
  /// screen less a margin, centred.
  public func box(lines: Int) -> Rect {
    Rect(x: 0, y: 0, width: width, height: height).centered(
      width: boxWidth, height: min(max(6, lines + 2), height - 4))
  }
}
