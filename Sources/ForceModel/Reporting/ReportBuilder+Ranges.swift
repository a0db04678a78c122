/// Each result's range, and the plans, in the report.
extension ReportBuilder {
  /// The result each report key is, for its range.
  static func resultKey(_ key: String) -> ResultKey? {
    switch key {
    case "deployed.total": return .deployedTotal
    case "funding.period": return .fundingListed
    case "funding.cash_received": return .cashReceived
    case "funding.cash_spent": return .cashSpent
    case "funding.cash_in_hand": return .inHand
    case "funding.burn_per_month": return .burn
    case "funding.runway.cash_only": return .runway
    case "funding.runway.with_commitments": return .runwayWithCommitments
    case "funding.mandate.gap": return .mandateGap
    case "funding.mandate.coverage": return .coverage
    default: break
    }
    for level in StrengthLevel.allCases {
      switch key {
      case "shortfall.\(level.rawValue)": return .shortfall(level)
      case "funding.required.\(level.rawValue)": return .required(level)
      case "funding.gap.\(level.rawValue)": return .gap(level)
      default: continue
      }
    }
    return nil
  }

  /// A result with its low and high, and, in a projection, marked projected from the data's
  /// date.
  func ranged(_ item: Report.Item) -> Report.Item {
    guard item.kind == .result else { return item }
    var item = item
    if let projection {
      item.knowledge = .projected
      item.knownTo = projection.from
    }
    guard let ranges, let key = Self.resultKey(item.key) else { return item }
    switch key {
    case .runway, .runwayWithCommitments:
      let (earliest, latest) = ranges.runway(withCommitments: key == .runwayWithCommitments, point: results)
      guard let low = Self.day(of: earliest), let high = Self.day(of: latest) else { return item }
      item.low = Double(low.number)
      item.high = Double(high.number)
      if earliest != latest { item.rangeText = earliest.text + " – " + latest.text }
    default:
      guard let range = ranges.range(key, point: results) else { return item }
      item.low = range.lowerBound
      item.high = range.upperBound
      if range.lowerBound != range.upperBound {
        let text = { (value: Double) -> String in
          switch item.unit {
          case "personnel": Format.count(Int(value.rounded()))
          case "ratio": Format.percent(value)
          default: Format.money(value)
          }
        }
        item.rangeText = text(range.lowerBound) + "–" + text(range.upperBound)
      }
    }
    return item
  }

  /// The day a runway's end names, if any.
  static func day(of end: RunwayEnd) -> Day? {
    switch end {
    case .runsOut(let day), .lasts(let day): day
    case .noSpending, .undated: nil
    }
  }

  /// Each plan's events, as planned items: never facts.
  mutating func planSection() {
    guard !scenario.plans.isEmpty else { return }
    var items: [Report.Item] = []
    for plan in scenario.plans {
      items.append(
        Report.Item(
          key: "plan.\(plan.name)", label: "Plan '\(plan.name)'", display: "\(plan.events.count) events",
          note: plan.note, kind: .text))
      for event in plan.events {
        let overtaken = scenario.dataHorizon.map { event.date.lastDay <= $0 } ?? false
        let isMoney: Bool =
          switch event.change {
          case .flow, .budget, .renewal: true
          case .arrival, .departure, .level: false
          }
        let value =
          isMoney ? Format.money(event.value, currency: scenario.currency(of: event)) : Format.count(Int(event.value))
        items.append(
          Report.Item(
            key: "plan.\(plan.name).\(event.id)", label: scenario.describe(event),
            display: Format.qualified(value, event.qualifier),
            number: event.value, qualifier: event.qualifier, asOf: event.date, sources: event.sources,
            note: [overtaken ? "overtaken: dated on or before the data's date" : nil, event.note].compactMap { $0 }
              .joined(separator: "; ").nilIfEmpty,
            kind: .planned))
      }
    }
    sections.append(Report.Section(id: "plans", title: "Plans (events ahead, not facts)", items: items))
  }
}

extension String {
  /// nil for the empty string.
  var nilIfEmpty: String? { isEmpty ? nil : self }
}
