import ForceModel

/// One input the planner can change from the keyboard.
public enum EditField: Sendable, Hashable {
  case deployed(country: String)
  case pledged(country: String)
  case planned
  case target
  /// A stage's total on a line as of the scenario's date.
  case stageTotal(id: String, stage: FlowStage)
  case fundingForm(id: String)
  case fundingCurrency(id: String)
  case costPerOfficerYear
  case fixedYearlyCost
  case horizonMonths
  case exchangeRate(currency: String)
  case periodBudget(id: String)
  /// A planned event's figure (officers or money), with its qualifier.
  case plannedValue(plan: String, id: String)
  /// A planned event's date.
  case plannedDate(plan: String, id: String)

  /// The note an edited figure carries: a typed value is the planner's, not a source's.
  public static let note = "what-if value typed by the planner; no source states it"

  /// The fields that belong together, so Tab in the editor moves between them: a country's
  /// deployed and pledged counts, a line's stage totals, form and currency, the strengths, the
  /// assumptions.
  public static func group(for target: DetailTarget, in scenario: Scenario) -> [EditField]? {
    switch target {
    case .strength(.planned), .strength(.target):
      let both: [EditField] = [.planned, .target]
      return target == .strength(.target) ? both.reversed() : both
    case .contributor(let index):
      let country = scenario.contributors[index].country
      return [.deployed(country: country), .pledged(country: country)]
    case .fundingLine(let index):
      let id = scenario.funding[index].id
      return [.received, .spent, .commitment, .pledge].map { .stageTotal(id: id, stage: $0) }
        + [.fundingForm(id: id), .fundingCurrency(id: id)]
    case .result:
      return target.isMoney ? assumptions(in: scenario) : nil
    default:
      return nil
    }
  }

  /// A planned event's fields: its figure, then its date.
  public static func planned(_ plan: String, id: String) -> [EditField] {
    [.plannedValue(plan: plan, id: id), .plannedDate(plan: plan, id: id)]
  }

  /// The planned event a field edits.
  static func event(_ plan: String, _ id: String, in scenario: Scenario) -> PlannedEvent? {
    scenario.plans.first { $0.name == plan }?.events.first { $0.id == id }
  }

  /// Every money assumption: the budget of the mandate in force, cost per officer-year, fixed
  /// yearly cost, horizon, and the exchange rate of each currency the scenario uses or states.
  public static func assumptions(in scenario: Scenario) -> [EditField] {
    var codes = Set(scenario.assumptions.exchangeRates.keys)
    for line in scenario.funding {
      if line.currency != "USD" { codes.insert(line.currency) }
      for flow in line.flows { if let code = flow.currency, code != "USD" { codes.insert(code) } }
    }
    let period = scenario.mission.asOf.flatMap { scenario.mission.period(on: $0.lastDay) }
    return (period.map { [EditField.periodBudget(id: $0.id)] } ?? [])
      + [.costPerOfficerYear, .fixedYearlyCost, .horizonMonths] + codes.sorted().map { .exchangeRate(currency: $0) }
  }

  /// What the prompt calls the field: `Kenya · deployed`.
  public func label(in scenario: Scenario) -> String {
    func donor(_ id: String) -> String {
      TextSanitizer.clean(scenario.funding.first { $0.id == id }?.donor ?? id, limit: 30)
    }
    switch self {
    case .deployed(let country): return "\(TextSanitizer.clean(country, limit: 30)) · deployed"
    case .pledged(let country): return "\(TextSanitizer.clean(country, limit: 30)) · pledged"
    case .planned: return "Planned strength"
    case .target: return "Target strength"
    case .stageTotal(let id, let stage): return "\(donor(id)) · \(stage.label) to date"
    case .fundingForm(let id): return "\(donor(id)) · form"
    case .fundingCurrency(let id): return "\(donor(id)) · currency"
    case .costPerOfficerYear: return "Cost per officer-year (USD)"
    case .fixedYearlyCost: return "Fixed yearly cost (USD)"
    case .horizonMonths: return "Horizon (months)"
    case .exchangeRate(let code): return "USD per 1 \(code)"
    case .periodBudget(let id):
      let decision = scenario.mission.periods.first { $0.id == id }?.decision ?? id
      return "Budget of \(TextSanitizer.clean(decision, limit: 40)) (USD)"
    case .plannedValue(let plan, let id):
      let what = Self.event(plan, id, in: scenario).map { $0.summary() } ?? id
      return "Plan \(TextSanitizer.clean(plan, limit: 20)) · \(TextSanitizer.clean(what, limit: 40))"
    case .plannedDate(let plan, let id):
      return "Plan \(TextSanitizer.clean(plan, limit: 20)) · date of \(TextSanitizer.clean(id, limit: 30))"
    }
  }

  /// A short hint of what may be typed.
  public var hint: String {
    switch self {
    case .deployed, .pledged, .planned, .target: "1200, 1,200, 1.2k, ~900, 700+; empty for none where allowed"
    case .stageTotal, .costPerOfficerYear, .fixedYearlyCost: "$625M, 625m, 1.5bn, 112,500,000, ~10M"
    case .periodBudget: "$600M, ~600m; empty derives it from the cost per officer-year"
    case .fundingForm: FundingForm.allCases.map(\.rawValue).joined(separator: ", ")
    case .fundingCurrency: "an ISO 4217 code: USD, CAD, EUR, GBP…"
    case .horizonMonths: "1 to 1,200"
    case .exchangeRate: "0.73; empty removes the rate"
    case .plannedValue: "800, ~800, ≤1,500, 1,500+ officers; $85M, ~10M for money"
    case .plannedDate: "a day or month ahead of the data: 2026-06-30, 2026-06, jun 2026"
    }
  }

  /// The field's value as text the parser reads back unchanged.
  public func currentText(in scenario: Scenario) -> String {
    func head(_ figure: HeadCount?) -> String { figure.map(Format.headCount) ?? "" }
    func money(_ figure: Amount) -> String {
      let value = figure.value
      let text =
        value.rounded() == value && abs(value) < 1e15 ? Format.count(Int(value)) : Format.decimal(value, places: 6)
      return Format.qualified(text, figure.qualifier)
    }
    let line: (String) -> FundingLine? = { id in scenario.funding.first { $0.id == id } }
    switch self {
    case .deployed(let country): return head(scenario.contributors.first { $0.country == country }?.deployed)
    case .pledged(let country): return head(scenario.contributors.first { $0.country == country }?.pledged)
    case .planned: return head(scenario.strength.planned)
    case .target: return head(scenario.strength.target)
    case .stageTotal(let id, let stage):
      // The total in the line's own currency, on the scenario's date.
      guard let line = line(id), let rate = scenario.assumptions.usdPerUnit(line.currency), rate > 0,
        let ledger = line.ledger(on: scenario.mission.asOf?.lastDay, assumptions: scenario.assumptions)
      else { return "" }
      return money(Amount((ledger.total(stage) / rate).rounded()))
    case .fundingForm(let id): return line(id)?.form.rawValue ?? ""
    case .fundingCurrency(let id): return line(id)?.currency ?? ""
    case .costPerOfficerYear: return money(scenario.assumptions.costPerOfficerYear)
    case .fixedYearlyCost: return money(scenario.assumptions.fixedYearlyCost)
    case .horizonMonths: return String(scenario.assumptions.horizonMonths.value)
    case .exchangeRate(let code):
      return scenario.assumptions.exchangeRates[code].map { trimmed(Format.decimal($0.value, places: 6)) } ?? ""
    case .periodBudget(let id): return scenario.mission.periods.first { $0.id == id }?.budget.map(money) ?? ""
    case .plannedValue(let plan, let id):
      guard let event = Self.event(plan, id, in: scenario) else { return "" }
      switch event.change {
      case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure): return head(figure)
      case .flow(_, _, let amount), .budget(_, let amount), .renewal(_, _, let amount): return money(amount)
      }
    case .plannedDate(let plan, let id): return Self.event(plan, id, in: scenario)?.date.description ?? ""
    }
  }

  func trimmed(_ decimal: String) -> String {
    guard decimal.contains(".") else { return decimal }
    var text = decimal
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// A typed head count as a figure the planner, not a source, states.
  static func headCount(_ text: String) throws(InputRefusal) -> HeadCount {
    do {
      let (value, qualifier) = try FigureInput.headCount(text)
      return HeadCount(value, qualifier, note: note)
    } catch {
      throw .figure(error)
    }
  }

  /// A typed amount as a figure the planner, not a source, states.
  static func amount(_ text: String) throws(InputRefusal) -> Amount {
    do {
      let (value, qualifier) = try FigureInput.amount(text)
      return Amount(value, qualifier, note: note)
    } catch {
      throw .figure(error)
    }
  }

  /// The one choice whose name starts with what was typed: `comm` is committed.
  static func choice<E: RawRepresentable & CaseIterable>(_ text: String, _ type: E.Type) throws(InputRefusal) -> E
  where E.RawValue == String {
    let typed = text.lowercased()
    let matches = E.allCases.filter { !typed.isEmpty && $0.rawValue.hasPrefix(typed) }
    guard matches.count == 1, let only = matches.first else {
      throw .notAChoice(text, options: E.allCases.map(\.rawValue))
    }
    return only
  }

  /// The edit that sets this field to what was typed, or why it cannot be.
  public func edit(from text: String, in scenario: Scenario) throws(InputRefusal) -> Edit {
    try applied(from: text, in: scenario).edit
  }

  /// The edit that sets this field to what was typed and the scenario with it applied, or why it
  /// cannot be. Applying once serves both the check and the preview: on 100,000 funding lines
  /// each application copies them all.
  public func applied(from text: String, in scenario: Scenario) throws(InputRefusal) -> (edit: Edit, result: Scenario) {
    let edit = try parsed(from: text, in: scenario)
    // Apply here so that the refusal names what is wrong before anything changes.
    do {
      return (edit, try scenario.applying(edit))
    } catch {
      throw .edit(error)
    }
  }

  /// The edit the text describes, not yet applied (so not yet checked against the scenario).
  func parsed(from text: String, in scenario: Scenario) throws(InputRefusal) -> Edit {
    let trimmedText = text.trimmingSpaces()
    func head(optional: Bool) throws(InputRefusal) -> HeadCount? {
      if trimmedText.isEmpty && optional { return nil }
      return try Self.headCount(trimmedText)
    }
    func money() throws(InputRefusal) -> Amount { try Self.amount(trimmedText) }
    let edit: Edit
    switch self {
    case .deployed(let country):
      guard let figure = try head(optional: false) else { throw .figure(.empty) }
      edit = .deployed(country: country, figure)
    case .pledged(let country): edit = .pledged(country: country, try head(optional: true))
    case .planned: edit = .planned(try head(optional: true))
    case .target: edit = .target(try head(optional: true))
    case .stageTotal(let id, let stage):
      var amount = try money()
      amount.asOf = scenario.mission.asOf
      edit = .stageTotal(id: id, stage: stage, amount)
    case .fundingForm(let id): edit = .fundingForm(id: id, try Self.choice(trimmedText, FundingForm.self))
    case .fundingCurrency(let id): edit = .fundingCurrency(id: id, trimmedText.uppercased())
    case .costPerOfficerYear: edit = .costPerOfficerYear(try money())
    case .fixedYearlyCost: edit = .fixedYearlyCost(try money())
    case .horizonMonths:
      guard let months = try head(optional: false) else { throw .figure(.empty) }
      edit = .horizonMonths(months)
    case .exchangeRate(let code):
      if trimmedText.isEmpty {
        edit = .exchangeRate(currency: code, nil)
      } else {
        let rate = try money()
        guard rate.value > 0 else { throw .edit(.outOfRange(what: "exchange rate", detail: "must be above zero")) }
        edit = .exchangeRate(currency: code, rate)
      }
    case .periodBudget(let id): edit = .periodBudget(id: id, trimmedText.isEmpty ? nil : try money())
    case .plannedValue(let plan, let id):
      guard let event = Self.event(plan, id, in: scenario) else { throw .edit(.noSuchPlannedEvent(plan: plan, id: id)) }
      let typed: (value: Double, qualifier: Qualifier)
      do {
        switch event.change {
        case .arrival, .departure, .level:
          let (count, qualifier) = try FigureInput.headCount(trimmedText)
          typed = (Double(count), qualifier)
        case .flow, .budget, .renewal: typed = try FigureInput.amount(trimmedText)
        }
      } catch {
        throw .figure(error)
      }
      // A typed figure is the planner's: the event's sources no longer state it.
      edit = .plannedEvent(plan: plan, event.with(value: typed.value, qualifier: typed.qualifier, note: Self.note))
    case .plannedDate(let plan, let id):
      guard var event = Self.event(plan, id, in: scenario) else { throw .edit(.noSuchPlannedEvent(plan: plan, id: id)) }
      guard let date = AsOf(forgiving: trimmedText) else {
        throw .notAChoice(trimmedText, options: ["a date such as 2026-06-30"])
      }
      if let horizon = scenario.dataHorizon, date.lastDay <= horizon {
        throw .edit(
          .outOfRange(what: "planned date", detail: "on or before the data's date \(horizon); a plan looks ahead"))
      }
      event.date = date
      event = event.with(value: event.value, qualifier: event.qualifier, sources: event.sources, note: event.note)
      edit = .plannedEvent(plan: plan, event)
    }
    return edit
  }
}

/// Why typed input was refused; the old value stays.
public enum InputRefusal: Error, Sendable, Hashable, CustomStringConvertible {
  case figure(FigureInput.Problem)
  case edit(EditError)
  case notAChoice(String, options: [String])
  case missing(String)

  public var description: String {
    switch self {
    case .figure(let problem): problem.description
    case .edit(let error): error.description
    case .notAChoice(let text, let options):
      "'\(TextSanitizer.clean(text, limit: 20))' is not one of \(options.joined(separator: ", "))"
    case .missing(let what): "\(what) is needed"
    }
  }
}
