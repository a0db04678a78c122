/// Turns a `Scenario` into a document tree with the same keys the decoder reads, so that
/// writing and reading give back an equal scenario.
enum ScenarioEncoder {
  static func encode(_ scenario: Scenario) -> DocumentNode {
    var top: [(String, DocumentNode?)] = [("schema", int(Scenario.schemaVersion))]
    top.append(("mission", mission(scenario.mission)))
    top.append(("strength", strength(scenario.strength)))
    top.append(("contributors", .sequence(scenario.contributors.map(contributor))))
    top.append(("funding", .sequence(scenario.funding.map(fundingLine))))
    if !scenario.fundingTotals.isEmpty {
      top.append(("funding_totals", .sequence(scenario.fundingTotals.map(fundingTotal))))
    }
    top.append(("assumptions", assumptions(scenario.assumptions)))
    top.append(("sources", .sequence(scenario.sources.map(source))))
    if !scenario.conflicts.isEmpty {
      top.append(("conflicts", .sequence(scenario.conflicts.map(conflict))))
    }
    if !scenario.plans.isEmpty {
      top.append(("plans", .sequence(scenario.plans.map(plan))))
    }
    return map(top)
  }

  static func map(_ pairs: [(String, DocumentNode?)]) -> DocumentNode {
    .mapping(
      pairs.compactMap { key, value in value.map { DocumentEntry(key: key, value: $0) } })
  }

  static func text(_ value: String?) -> DocumentNode? { value.map { .scalar($0, quoted: true) } }
  static func int(_ value: Int) -> DocumentNode { .scalar(String(value), quoted: false) }
  static func bool(_ value: Bool) -> DocumentNode { .scalar(value ? "true" : "false", quoted: false) }
  static func date(_ value: AsOf?) -> DocumentNode? { value.map { .scalar($0.description, quoted: true) } }
  static func texts(_ values: [String]) -> DocumentNode? {
    values.isEmpty ? nil : .sequence(values.map { .scalar($0, quoted: true) })
  }

  /// Shortest text that reads back as the same Double.
  static func double(_ value: Double) -> DocumentNode {
    if value.rounded() == value && abs(value) < 1e15 {
      return .scalar(String(Int(value)), quoted: false)
    }
    return .scalar(value.description, quoted: false)
  }

  static func figure<V>(_ figure: Figure<V>?, value: (V) -> DocumentNode) -> DocumentNode? {
    guard let figure else { return nil }
    if figure.qualifier == .exact && figure.sources.isEmpty && figure.asOf == nil && figure.note == nil
      && figure.derivation == nil
    {
      return value(figure.value)
    }
    return map([
      ("value", value(figure.value)),
      ("qualifier", figure.qualifier == .exact ? nil : .scalar(figure.qualifier.fileName, quoted: false)),
      ("sources", texts(figure.sources)),
      ("as_of", date(figure.asOf)),
      ("note", text(figure.note)),
      ("derived", text(figure.derivation)),
    ])
  }

  static func headCount(_ value: HeadCount?) -> DocumentNode? { figure(value, value: int) }
  static func amount(_ value: Amount?) -> DocumentNode? { figure(value, value: double) }

  static func mission(_ mission: Mission) -> DocumentNode {
    map([
      ("name", text(mission.name)),
      ("short_name", text(mission.shortName)),
      ("lead_nation", text(mission.leadNation)),
      (
        "authorization",
        mission.authorization.map {
          map([
            ("decision", text($0.decision)), ("date", date($0.date)), ("sources", texts($0.sources)),
            ("note", text($0.note)),
          ])
        }
      ),
      ("started", date(mission.started)),
      ("ends", date(mission.ends)),
      ("as_of", date(mission.asOf)),
      ("partner_group", texts(mission.partnerGroup)),
      ("banner", text(mission.banner)),
      ("periods", mission.periods.isEmpty ? nil : .sequence(mission.periods.map(period))),
      (
        "notes",
        mission.notes.isEmpty
          ? nil
          : .sequence(
            mission.notes.map {
              map([("text", text($0.text)), ("as_of", date($0.asOf)), ("sources", texts($0.sources))])
            })
      ),
    ])
  }

  static func strength(_ strength: Strength) -> DocumentNode {
    map([
      ("planned", headCount(strength.planned)),
      ("authorized", headCount(strength.authorized)),
      ("target", headCount(strength.target)),
      (
        "reported",
        .sequence(
          strength.reported.map { map([("label", text($0.label)), ("deployed", headCount($0.deployed))]) })
      ),
      (
        "history",
        strength.history.isEmpty
          ? nil
          : .sequence(
            strength.history.map { map([("level", text($0.level.rawValue)), ("figure", headCount($0.figure))]) })
      ),
    ])
  }

  static func contributor(_ contributor: Contributor) -> DocumentNode {
    map([
      ("country", text(contributor.country)),
      ("iso", text(contributor.iso)),
      ("role", contributor.role == .contributor ? nil : .scalar(contributor.role.rawValue, quoted: false)),
      ("partner_group", contributor.partnerGroup ? bool(true) : nil),
      ("pledged", headCount(contributor.pledged)),
      (
        "earlier_pledges",
        contributor.earlierPledges.isEmpty
          ? nil : .sequence(contributor.earlierPledges.compactMap { headCount($0) })
      ),
      ("deployed", headCount(contributor.deployed)),
      (
        "history",
        contributor.history.isEmpty
          ? nil
          : .sequence(
            contributor.history.map { map([("event", text($0.event)), ("deployed", headCount($0.deployed))]) })
      ),
    ])
  }

  static func period(_ period: MandatePeriod) -> DocumentNode {
    map([
      ("id", text(period.id)), ("decision", text(period.decision)), ("force", text(period.force)),
      ("decided", date(period.decided)), ("start", date(period.start)), ("end", date(period.end)),
      ("budget", amount(period.budget)), ("carry_over", period.carryOver.map(carryOver)),
      ("sources", texts(period.sources)), ("note", text(period.note)),
    ])
  }

  static func carryOver(_ carry: CarryOver) -> DocumentNode {
    map([
      ("cash", carry.cash ? bool(true) : nil), ("commitments", carry.commitments ? bool(true) : nil),
      ("sources", texts(carry.sources)), ("note", text(carry.note)),
    ])
  }

  static func fundingLine(_ line: FundingLine) -> DocumentNode {
    map([
      ("id", text(line.id)),
      ("donor", text(line.donor)),
      ("channel", .scalar(line.channel.rawValue, quoted: false)),
      ("form", .scalar(line.form.rawValue, quoted: false)),
      ("currency", .scalar(line.currency, quoted: false)),
      ("purpose", text(line.purpose)),
      ("ceiling", amount(line.ceiling)),
      ("counted", line.counted ? nil : bool(false)),
      ("period", text(line.period)),
      ("flows", .sequence(line.flows.map(flow))),
    ])
  }

  /// A flow as one flat mapping: stage, amount and date first, as a finance officer reads it.
  static func flow(_ flow: Flow) -> DocumentNode {
    let amount = flow.amount
    return map([
      ("stage", .scalar(flow.stage.rawValue, quoted: false)),
      ("amount", double(amount.value)),
      ("currency", flow.currency.map { .scalar($0, quoted: false) }),
      ("qualifier", amount.qualifier == .exact ? nil : .scalar(amount.qualifier.fileName, quoted: false)),
      ("date", date(amount.asOf)),
      ("to_date", flow.toDate ? bool(true) : nil),
      ("since", date(flow.since)),
      ("due", date(flow.due)),
      ("from", flow.from.map { .scalar($0.rawValue, quoted: false) }),
      ("sources", texts(amount.sources)),
      ("note", text(amount.note)),
      ("derived", text(amount.derivation)),
    ])
  }

  static func fundingTotal(_ total: FundingTotal) -> DocumentNode {
    map([
      ("id", text(total.id)), ("label", text(total.label)), ("amount", amount(total.amount)),
      ("currency", .scalar(total.currency, quoted: false)),
      ("parts", .sequence(total.parts.map { .scalar($0, quoted: true) })),
    ])
  }

  static func assumptions(_ assumptions: Assumptions) -> DocumentNode {
    let rates = assumptions.exchangeRates.keys.sorted().compactMap { code in
      amount(assumptions.exchangeRates[code]).map { DocumentEntry(key: code, value: $0) }
    }
    return map([
      ("cost_per_officer_year", amount(assumptions.costPerOfficerYear)),
      ("fixed_yearly_cost", amount(assumptions.fixedYearlyCost)),
      ("horizon_months", headCount(assumptions.horizonMonths)),
      ("exchange_rates", rates.isEmpty ? nil : .mapping(rates)),
      ("stale_after_days", staleness(assumptions.staleness)),
      ("ranges", ranges(assumptions.ranges)),
    ])
  }

  /// The range shares, only when the scenario states them.
  static func ranges(_ spread: RangeSpread) -> DocumentNode? {
    guard spread.stated else { return nil }
    return map([("about", double(spread.about)), ("at_least", double(spread.atLeast))])
  }

  /// The staleness windows, only where they differ from the defaults.
  static func staleness(_ staleness: Staleness) -> DocumentNode? {
    guard staleness != Staleness() else { return nil }
    return map([
      ("deployed", .scalar("\(staleness.deployedDays)", quoted: false)),
      ("money", .scalar("\(staleness.moneyDays)", quoted: false)),
    ])
  }

  static func source(_ source: Source) -> DocumentNode {
    map([
      ("id", text(source.id)), ("title", text(source.title)), ("publisher", text(source.publisher)),
      ("published", text(source.published)), ("address", text(source.address)), ("note", text(source.note)),
    ])
  }

  static func conflict(_ conflict: DeclaredConflict) -> DocumentNode {
    map([
      ("id", text(conflict.id)), ("topic", text(conflict.topic)), ("as_of", date(conflict.asOf)),
      ("figure", text(conflict.figure?.fileName)),
      (
        "claims",
        .sequence(
          conflict.claims.map {
            map([("value", text($0.value)), ("number", $0.number.map(double)), ("sources", texts($0.sources))])
          })
      ),
      ("assessment", text(conflict.assessment)),
    ])
  }
}
