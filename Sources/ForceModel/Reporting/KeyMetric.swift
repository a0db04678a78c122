/// A headline result that can be compared between two scenarios: the numbers a planner watches
/// move when an input changes.
public struct KeyMetric: Sendable, Hashable {
  public enum Unit: String, Sendable, Hashable {
    case personnel
    case usd
    case ratio
    case months
    case count
  }

  public var key: String
  public var label: String
  public var value: Double?
  public var unit: Unit

  public init(key: String, label: String, value: Double?, unit: Unit) {
    self.key = key
    self.label = label
    self.value = value
    self.unit = unit
  }

  /// The value as the report shows it.
  public var display: String {
    guard let value else { return "—" }
    return KeyMetric.format(value, unit: unit)
  }

  static func format(_ value: Double, unit: Unit) -> String {
    switch unit {
    case .personnel, .count: Format.count(Int(value.rounded()))
    case .usd: Format.money(value)
    case .ratio: Format.percent(value)
    case .months: Format.months(value)
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
        key: "deployed.total", label: "Deployed (sum of countries)", value: Double(deployedTotal), unit: .personnel),
      KeyMetric(key: "pledged.total", label: "Pledged", value: Double(pledgedTotal), unit: .personnel),
    ]
    for level in [StrengthLevel.planned, .authorized, .target] {
      metrics.append(
        KeyMetric(
          key: "shortfall.\(level.rawValue)", label: "Shortfall against \(level.label)",
          value: shortfall(level).map { Double($0.count) }, unit: .personnel))
      metrics.append(
        KeyMetric(
          key: "shortfall.\(level.rawValue).ratio", label: "Shortfall against \(level.label), share",
          value: shortfall(level)?.ratio, unit: .ratio))
    }
    metrics.append(KeyMetric(key: "lead.share", label: "Lead nation's share", value: leadShare, unit: .ratio))
    metrics.append(KeyMetric(key: "funding.listed", label: "Funding listed", value: funding.listed, unit: .usd))
    metrics.append(KeyMetric(key: "funding.firm", label: "Money in hand (firm)", value: funding.inHand, unit: .usd))
    metrics.append(
      KeyMetric(
        key: "funding.in_hand_with_ceilings", label: "In hand with ceilings", value: funding.inHandWithCeilings,
        unit: .usd))
    for level in StrengthLevel.allCases {
      metrics.append(
        KeyMetric(
          key: "funding.required.\(level.rawValue)", label: "Required at \(level.label)",
          value: funding.requirement(level)?.required, unit: .usd))
    }
    for level in StrengthLevel.allCases {
      metrics.append(
        KeyMetric(
          key: "funding.gap.\(level.rawValue)", label: "Gap at \(level.label) (negative: surplus)",
          value: funding.requirement(level)?.gap, unit: .usd))
    }
    metrics.append(KeyMetric(key: "funding.runway", label: "Runway", value: funding.runwayMonths, unit: .months))
    metrics.append(KeyMetric(key: "conflicts", label: "Conflicts", value: Double(conflicts.count), unit: .count))
    return metrics
  }
}
