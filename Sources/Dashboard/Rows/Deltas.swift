import ForceModel

/// The change beside a figure that moved from the baseline: `▼ 500`, `▲ $12M`. The same
/// `KeyMetric.delta` writes the report's and `forceboard diff`'s, so the three always agree.
enum Deltas {
  static func count(_ now: Int?, _ before: Int?) -> String? {
    metric(now.map(Double.init), before.map(Double.init), .personnel)
  }

  static func money(_ now: Double?, _ before: Double?) -> String? { metric(now, before, .usd) }

  static func percent(_ now: Double?, _ before: Double?) -> String? { metric(now, before, .ratio) }

  /// The movement of a runway's end: days later or earlier, or that it now lasts or runs out.
  static func runway(_ now: RunwayEnd, _ before: RunwayEnd) -> String? {
    if let new = now.day, let was = before.day {
      return metric(Double(new.number), Double(was.number), .date)
    }
    guard now != before else { return nil }
    if case .lasts = now { return "▲ lasts" }
    if case .runsOut = now { return "▼ runs out" }
    return "changed"
  }

  static func metric(_ now: Double?, _ before: Double?, _ unit: KeyMetric.Unit) -> String? {
    KeyMetric(key: "", label: "", value: now, unit: unit).delta(
      from: KeyMetric(key: "", label: "", value: before, unit: unit))
  }

  /// Without the space after the arrow, for narrow table cells: `▲200`.
  static func compact(_ delta: String?) -> String? {
    delta.map { $0.replacingFirst("▲ ", with: "▲").replacingFirst("▼ ", with: "▼") }
  }

  /// The role a change is drawn in: green when it helps the mission, red when it hurts.
  static func role(_ delta: String, higherIsBetter: Bool) -> ThemeRole {
    if delta.hasPrefix("▲") { return higherIsBetter ? .ok : .shortfall }
    if delta.hasPrefix("▼") { return higherIsBetter ? .shortfall : .ok }
    return .assumption
  }
}

extension AppState {
  /// What the user is typing, when `field` is the input being edited: drawn in its own cell,
  /// so the edit happens in place while the status line says what it means.
  func typing(_ field: EditField) -> String? {
    guard let editor, editor.field == field else { return nil }
    return editor.text + "█"
  }

  /// True when deltas are drawn: something was edited, or a preview is on screen.
  public var showsDeltas: Bool { history.isEdited || editor != nil }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    // Compared as bytes: the meter row does this for every tile on every frame, and the
    // string-processing search was a twentieth of an edit's frame.
    let text = Array(utf8)
    let needle = Array(target.utf8)
    guard let head = needle.first, needle.count <= text.count else { return self }
    for start in 0...(text.count - needle.count)
    where text[start] == head && text[start..<start + needle.count].elementsEqual(needle) {
      return String(decoding: text[..<start], as: UTF8.self) + replacement
        + String(decoding: text[(start + needle.count)...], as: UTF8.self)
    }
    return self
  }
}
