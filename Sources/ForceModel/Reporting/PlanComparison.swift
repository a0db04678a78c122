/// A scenario's plans side by side on one date: each headline result under each plan, with its
/// range, and the gap from the first plan (the base) to each other.
public struct PlanComparison: Sendable, Hashable {
  /// One result across the plans.
  public struct Row: Sendable, Hashable {
    /// The result's name.
    public var label: String
    /// Under each plan, in order: the value and its range ("3,949 (3,872–4,026)").
    public var values: [String]
    /// From the first plan to each other, in order from the second ("▲ 3,000"); empty where
    /// nothing moved.
    public var gaps: [String]
  }

  /// The date compared on.
  public var date: AsOf
  /// The plans' names, in the scenario's order.
  public var plans: [String]
  /// The results, headline first.
  public var rows: [Row]

  /// The results compared: the ones a planner asks of a plan.
  static let keys = [
    "deployed.total", "shortfall.planned", "shortfall.target", "funding.period", "funding.cash_in_hand",
    "funding.runway.with_commitments", "funding.mandate.gap", "funding.gap.planned",
  ]

  /// `scenario`'s plans compared on `date` (projected past the data's date).
  public init(_ scenario: Scenario, on date: AsOf) {
    self.date = date
    plans = scenario.plans.map(\.name)
    let ranged = scenario.plans.map { plan in
      RangedResults(scenario) { ScenarioView(date: date, plan: plan.name)($0, wholeLines: true) }
    }
    let metrics = ranged.map { $0.results.keyMetrics() }
    var rows: [Row] = []
    for key in Self.keys {
      let perPlan = metrics.map { list in list.first { $0.key == key } }
      guard let first = perPlan.first, let base = first else { continue }
      let values = zip(perPlan, ranged).map { metric, ranged in
        guard let metric else { return "—" }
        return metric.display + Self.range(of: key, ranged, unit: metric.unit)
      }
      let gaps = perPlan.dropFirst().map { metric in metric.flatMap { $0.delta(from: base) } ?? "" }
      rows.append(Row(label: base.label, values: values, gaps: gaps))
    }
    self.rows = rows
  }

  /// " (low–high)" for a result with a range, else nothing.
  static func range(of key: String, _ ranged: RangedResults, unit: KeyMetric.Unit) -> String {
    guard let result = ReportBuilder.resultKey(key) else { return "" }
    if result == .runway || result == .runwayWithCommitments {
      let (earliest, latest) = ranged.ranges.runway(
        withCommitments: result == .runwayWithCommitments, point: ranged.results)
      return earliest == latest ? "" : " (\(earliest.text) – \(latest.text))"
    }
    guard let range = ranged.ranges.range(result, point: ranged.results), range.lowerBound < range.upperBound else {
      return ""
    }
    return " (\(KeyMetric.format(range.lowerBound, unit: unit))–\(KeyMetric.format(range.upperBound, unit: unit)))"
  }

  /// The comparison as aligned text lines: a header of plan names, then a row per result, the
  /// gaps from the first plan in brackets.
  public func lines() -> [String] {
    guard !plans.isEmpty else { return ["This scenario has no plans."] }
    let c = { (text: String) in TextSanitizer.clean(text, limit: 60) }
    var cells: [[String]] = [["Projected to \(date)"] + plans.map(c)]
    for row in rows {
      var line = [c(row.label), row.values[0]]
      for (index, value) in row.values.dropFirst().enumerated() {
        let gap = row.gaps[index]
        line.append(gap.isEmpty ? value : "\(value) [\(gap)]")
      }
      cells.append(line)
    }
    let widths = (0..<(plans.count + 1)).map { column in cells.map { TextWidth.of($0[column]) }.max() ?? 0 }
    return cells.map { row in
      row.enumerated().map { column, text in
        let pad = String(repeating: " ", count: max(0, widths[column] - TextWidth.of(text)))
        return column == 0 ? text + pad : pad + text
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
  }
}
