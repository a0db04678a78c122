import ForceModel

/// The kiosk's headline: deployed against planned (and target on a wide wall), the shortfall,
/// cash in hand and its burn, the day cash runs out, and the gap to the end of the mandate, in
/// digits three rows tall when they fit.
enum KioskView {
  /// The headline tiles across the top of the wall. Every tile draws its value in tall digits
  /// or none does (equal weight); each takes the width its shortest tall form needs, and what is
  /// left is shared, so a long figure never falls back to small text beside big ones.
  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    var tiles = HeadlineTiles.tiles(state)
    // The target's shortfall only where the wall is wide enough for six tiles.
    if state.width < 150 { tiles.removeAll { $0.kind == .shortfall(.target) } }
    guard !tiles.isEmpty, rect.width > 10 else { return }
    // A tile's two borders and its left margin (a tall value ends in a blank of its own).
    let frame = 3
    let needs = tiles.map { tile in tile.forms.map { BigDigits.width(of: $0.value) }.min() ?? 0 }
    let tall = rect.height >= 7 && needs.reduce(0) { $0 + $1 + frame } <= rect.width
    let widths =
      tall ? share(rect.width, needs: needs.map { $0 + frame }) : share(rect.width, needs: needs.map { _ in 0 })
    var x = rect.x
    for (tile, width) in zip(tiles, widths) {
      let box = Rect(x: x, y: rect.y, width: width, height: rect.height)
      x += width
      draw(tile, in: box, tall: tall, into: &grid)
    }
  }

  /// Widths for tiles needing `needs` cells: the rest of `total` goes to the narrowest first,
  /// so tiles come as close to one width as their values let them.
  static func share(_ total: Int, needs: [Int]) -> [Int] {
    var widths = needs
    var spare = max(0, total - needs.reduce(0, +))
    while spare > 0, let narrowest = widths.indices.min(by: { widths[$0] < widths[$1] }) {
      widths[narrowest] += 1
      spare -= 1
    }
    return widths
  }

  /// One tile: its title on the frame (short on a narrow tile: "SHORT OF TARGET" becomes
  /// "SHORT/TARGET"), the longest form of its value that fits tall, its caption beneath.
  private static func draw(_ tile: HeadlineTiles.Tile, in box: Rect, tall: Bool, into grid: inout Grid) {
    let title = TextWidth.of(tile.title) + 6 > box.width ? tile.shortTitle ?? tile.title : tile.title
    grid.box(box, title: title, style: Style(.border), titleStyle: Style(.title))
    let inner = box.inset(1)
    guard inner.width > 2, inner.height > 0 else { return }
    let style = Style(tile.role, bold: true)
    var caption = tile.caption
    if tall,
      let form = tile.forms.first(where: { BigDigits.width(of: $0.value) <= inner.width - 1 }),
      let rows = BigDigits.rows(form.value, width: inner.width - 1)
    {
      caption = form.caption
      for (offset, row) in rows.enumerated() {
        grid.put(row, x: inner.x + 1, y: inner.y + offset, style: style, limit: inner.width - 1)
      }
    } else {
      grid.put(tile.value, x: inner.x + 1, y: inner.y + (tall ? 1 : 0), style: style, limit: inner.width - 1)
    }
    if inner.height > 1 {
      grid.put(
        fitting: wholeParts(caption, width: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1,
        width: inner.width - 1, style: Style(.dim))
    } else {
      // One row only: the caption goes after the value.
      let used = TextWidth.of(tile.value) + 2
      grid.put(
        fitting: caption, x: inner.x + 1 + used, y: inner.y, width: max(0, inner.width - 1 - used), style: Style(.dim))
    }
  }

  /// A caption cut at a " · " rather than mid-word: "planned 2,500 · target 5,000" becomes
  /// "planned 2,500" on a narrow tile.
  static func wholeParts(_ caption: String, width: Int) -> String {
    var parts = caption.split(separator: " · ", omittingEmptySubsequences: false).map(String.init)
    while parts.count > 1, TextWidth.of(parts.joined(separator: " · ")) > width { parts.removeLast() }
    return parts.joined(separator: " · ")
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
