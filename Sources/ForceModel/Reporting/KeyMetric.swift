/// A headline result that can be compared between two scenarios: the numbers a planner watches
/// move when an input changes.
public struct KeyMetric: Sendable, Hashable {
  /// What a metric counts.
  public enum Unit: String, Sendable, Hashable {
    case personnel
    case usd
    case ratio
    case count
    /// A day, as its number since 1970-01-01; shown as a date, moved by days.
    case date
  }

  /// A stable id for machines.
  public var key: String
  /// The result's name.
  public var label: String
  /// Its value; nil when unknown.
  public var value: Double?
  /// Its unit.
  public var unit: Unit
  /// What to show instead of the bare value, when the value alone would mislead ("funded
  /// through 2025-10-02" rather than the date alone).
  public var text: String?

  /// A headline result.
  public init(key: String, label: String, value: Double?, unit: Unit, text: String? = nil) {
    self.key = key
    self.label = label
    self.value = value
    self.unit = unit
    self.text = text
  }

  /// The value as the report shows it.
  public var display: String {
    if let text { return text }
    guard let value else { return "—" }
    return KeyMetric.format(value, unit: unit)
  }

  static func format(_ value: Double, unit: Unit) -> String {
    switch unit {
    case .personnel, .count: Format.count(Int(value.rounded()))
    case .usd: Format.money(value)
    case .ratio: Format.percent(value)
    case .date: "\(Day(number: Int(value.rounded())))"
    }
  }

  /// The change from `baseline` to this metric, as `▲ 500`, `▼ $12M` or `▲ 3 pts`; nil when
  /// nothing moved.
  public func delta(from baseline: KeyMetric) -> String? {
    switch (baseline.value, value) {
    case (nil, nil): return nil
    case (nil, .some): return "new"
    case (.some, nil): return "gone"
    case (.some(let old), .some(let new)):
      let change = new - old
      let epsilon = unit == .usd ? 0.5 : 1e-9
      guard abs(change) > epsilon else { return nil }
      let arrow = change > 0 ? "▲" : "▼"
      let magnitude = abs(change)
      switch unit {
      case .ratio: return "\(arrow) \(Format.decimal(magnitude * 100, places: 1)) pts"
      case .date: return "\(arrow) \(Format.count(Int(magnitude.rounded()))) day\(magnitude == 1 ? "" : "s")"
      default: return "\(arrow) \(KeyMetric.format(magnitude, unit: unit))"
      }
    }
  }
}

extension Results {
  /// The headline results in a fixed order, for diffs and baseline comparisons.
  public func keyMetrics() -> [KeyMetric] {
    var metrics = [
      KeyMetric(
        key: "deployed.total", label: ResultKey.deployedTotal.label ?? "", value: Double(deployedTotal),
        unit: .personnel),
      KeyMetric(key: "pledged.total", label: "Pledged", value: Double(pledgedTotal), unit: .personnel),
    ]
    for level in [StrengthLevel.planned, .authorized, .target] {
      metrics.append(
        KeyMetric(
          key: "shortfall.\(level.rawValue)", label: ResultKey.shortfall(level).label ?? "",
          value: shortfall(level).map { Double($0.count) }, unit: .personnel))
      metrics.append(
        KeyMetric(
          key: "shortfall.\(level.rawValue).ratio", label: (ResultKey.shortfall(level).label ?? "") + ", share",
          value: shortfall(level)?.ratio, unit: .ratio))
    }
    metrics.append(KeyMetric(key: "lead.share", label: ResultKey.leadShare.label ?? "", value: leadShare, unit: .ratio))
    metrics.append(
      KeyMetric(
        key: "funding.period", label: ResultKey.fundingListed.label ?? "", value: funding.funding,
        unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.cash_received", label: ResultKey.cashReceived.label ?? "", value: funding.cash.received,
        unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.cash_spent", label: ResultKey.cashSpent.label ?? "", value: funding.cash.spent, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.cash_in_hand", label: ResultKey.inHand.label ?? "", value: funding.cash.inHand, unit: .usd,
        text: funding.inHandIsBound ? "≤ " + Format.money(funding.cash.inHand) : nil))
    metrics.append(
      KeyMetric(key: "funding.frozen", label: "Frozen", value: funding.cash.frozen + funding.inKind.frozen, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.committed_not_received", label: "Committed, not yet received",
        value: funding.cash.commitmentOutstanding + funding.inKind.commitmentOutstanding, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.in_kind_received", label: "In-kind delivered", value: funding.inKind.received, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.pledged_outstanding", label: "Pledged, not yet committed (not counted)",
        value: funding.cash.pledgeOutstanding + funding.inKind.pledgeOutstanding, unit: .usd))
    metrics.append(
      KeyMetric(key: "funding.ceilings", label: "Ceilings (not counted)", value: funding.ceilings, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.burn_per_month", label: (ResultKey.burn.label ?? "") + " a month", value: funding.burn.perMonth,
        unit: .usd))
    metrics.append(Self.runwayMetric("funding.runway.cash_only", ResultKey.runway.label ?? "", funding.runwayCashOnly))
    metrics.append(
      Self.runwayMetric(
        "funding.runway.with_commitments", ResultKey.runwayWithCommitments.label ?? "", funding.runwayWithCommitments))
    metrics.append(
      KeyMetric(
        key: "funding.mandate.gap", label: ResultKey.mandateGap.label ?? "", value: funding.mandate?.gap, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.mandate.coverage", label: ResultKey.coverage.label ?? "", value: funding.mandate?.coverage,
        unit: .ratio))
    for level in StrengthLevel.allCases {
      metrics.append(
        KeyMetric(
          key: "funding.required.\(level.rawValue)", label: ResultKey.required(level).label ?? "",
          value: funding.requirement(level)?.required, unit: .usd))
    }
    for level in StrengthLevel.allCases {
      metrics.append(
        KeyMetric(
          key: "funding.gap.\(level.rawValue)", label: (ResultKey.gap(level).label ?? "") + " (negative: surplus)",
          value: funding.requirement(level)?.gap, unit: .usd))
    }
    metrics.append(KeyMetric(key: "conflicts", label: "Conflicts", value: Double(conflicts.count), unit: .count))
    return metrics
  }

  /// A runway as a metric: the day money runs out, or the end it lasts through, said in words.
  static func runwayMetric(_ key: String, _ label: String, _ end: RunwayEnd) -> KeyMetric {
    switch end {
    case .runsOut(let day): KeyMetric(key: key, label: label, value: Double(day.number), unit: .date)
    case .lasts(let through):
      KeyMetric(
        key: key, label: label, value: Double(through.number), unit: .date, text: "funded through \(through)")
    case .noSpending: KeyMetric(key: key, label: label, value: nil, unit: .date, text: "unknown: no spending reported")
    case .undated: KeyMetric(key: key, label: label, value: nil, unit: .date)
    }
  }
}
