import ForceModel

/// The dashboard's meter row: the headline results on one line under the header, on every
/// screen from 80×24 up, as htop keeps its meters whatever the process list does. It reads the
/// same tiles as the kiosk's wall, each as "label value caption", with as much as fits: first
/// the captions go, then the deployed figure (the force panel shows it), then the labels
/// shorten. The values never go.
enum MeterRow {
  /// One meter as drawn: its label, value and (when it fits) caption.
  struct Meter: Equatable {
    var label: String
    var value: String
    var caption: String?
    var role: ThemeRole
    /// The change, compact (`▼500`), and its colour.
    var delta: String?
    var deltaRole = ThemeRole.assumption

    var width: Int {
      TextWidth.of(label) + 1 + TextWidth.of(value) + (delta.map { 1 + TextWidth.of($0) } ?? 0)
        + (caption.map { 2 + TextWidth.of($0) } ?? 0)
    }
  }

  static let separator = " │ "

  /// The meters that fit `width` columns: the richest form whose whole row fits. Given up in
  /// turn: the captions, the deployed figure (the force panel has it), the long labels ("Cash
  /// in hand" becomes "Cash"), the second shortfall (the target's while the planned level is
  /// short; the planned level's once it is met).
  static func meters(_ tiles: [HeadlineTiles.Tile], width: Int) -> [Meter] {
    let all = Array(tiles.indices)
    let noDeployed = all.filter { tiles[$0].kind != .deployed }
    let shortfalls = noDeployed.filter { if case .shortfall = tiles[$0].kind { true } else { false } }
    let second =
      shortfalls.count > 1 ? (tiles[shortfalls[0]].role == .shortfall ? shortfalls[1] : shortfalls[0]) : nil
    let secondKind = second.map { tiles[$0].kind }
    let one = noDeployed.filter { tiles[$0].kind != secondKind }
    // Each tile's meter is made once with its long label, and once with its short one only
    // when a form needs it; a form chooses among them and drops captions (each meter's label
    // is cased and its caption cut anew otherwise, six times a frame).
    let long = tiles.map { meter($0, short: false) }
    var short: [Meter]?
    let forms: [(tiles: [Int], short: Bool, caption: Bool)] = [
      (all, false, true), (all, false, false), (noDeployed, false, false), (noDeployed, true, false),
      (one, false, false), (one, true, false),
    ]
    var row: [Meter] = []
    for form in forms {
      if form.short, short == nil { short = tiles.map { meter($0, short: true) } }
      let made = (form.short ? short : nil) ?? long
      row = form.tiles.map { index in
        var meter = made[index]
        if !form.caption { meter.caption = nil }
        return meter
      }
      if 1 + row.reduce(0, { $0 + $1.width }) + TextWidth.of(separator) * max(0, row.count - 1) <= width { break }
    }
    return row
  }

  /// A tile as a meter: its title in sentence case ("Short of planned"), its value on one line.
  /// A shortfall keeps its whole title: "Short" alone would not say of what.
  private static func meter(_ tile: HeadlineTiles.Tile, short: Bool) -> Meter {
    let isShortfall = if case .shortfall = tile.kind { true } else { false }
    let label = short && !isShortfall ? tile.shortTitle ?? tile.title : tile.title
    let lower = label.lowercased()
    // The caption leads with the change when there is one; the meter shows it after the value.
    let text = tile.delta.map { tile.caption.replacingFirst($0 + " · ", with: "").replacingFirst($0, with: "") }
    return Meter(
      label: lower.prefix(1).uppercased() + lower.dropFirst(), value: tile.lineValue,
      caption: (text ?? tile.caption).isEmpty ? nil : text ?? tile.caption, role: tile.role,
      delta: Deltas.compact(tile.delta),
      deltaRole: tile.delta.map { Deltas.role($0, higherIsBetter: tile.higherIsBetter) } ?? .assumption)
  }

  static func render(_ state: AppState, in rect: Rect, into grid: inout Grid) {
    let meters = meters(HeadlineTiles.tiles(state), width: rect.width)
    guard !meters.isEmpty else { return }
    let used = 1 + meters.reduce(0) { $0 + $1.width } + TextWidth.of(separator) * (meters.count - 1)
    // Room to spare is shared between the meters, so they sit at even steps like tiles.
    let pad = max(0, rect.width - used) / max(1, meters.count)
    var x = rect.x + 1
    for (index, meter) in meters.enumerated() {
      let right = rect.maxX - x
      guard right > 0 else { break }
      if index > 0 { x += grid.put(separator, x: x, y: rect.y, style: Style(.border), limit: right) }
      x += grid.put(meter.label + " ", x: x, y: rect.y, style: Style(.dim), limit: max(0, rect.maxX - x))
      x += grid.put(meter.value, x: x, y: rect.y, style: Style(meter.role, bold: true), limit: max(0, rect.maxX - x))
      if let delta = meter.delta {
        x += grid.put(
          " " + delta, x: x, y: rect.y, style: Style(meter.deltaRole, bold: true), limit: max(0, rect.maxX - x))
      }
      if let caption = meter.caption {
        x += grid.put("  " + caption, x: x, y: rect.y, style: Style(.dim), limit: max(0, rect.maxX - x))
      }
      x += pad
    }
  }
}
