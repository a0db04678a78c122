/// One change to a scenario's inputs, as a value: what-if editing records these, and undo and
/// redo replay them from the baseline, so the baseline itself is never touched.
public enum Edit: Sendable, Hashable {
  case deployed(country: String, HeadCount)
  case pledged(country: String, HeadCount?)
  case planned(HeadCount?)
  case target(HeadCount?)
  /// A stage's total on a line as of the amount's date ("received to date: $20M"): a running
  /// total, so what came before that date is replaced and what came after still adds.
  case stageTotal(id: String, stage: FlowStage, Amount)
  /// One more dated flow on a line: "$30M received by 2025-06-30".
  case addFlow(id: String, Flow)
  case fundingForm(id: String, FundingForm)
  case fundingCurrency(id: String, String)
  case fundingCounted(id: String, Bool)
  case costPerOfficerYear(Amount)
  case fixedYearlyCost(Amount)
  case horizonMonths(HeadCount)
  case exchangeRate(currency: String, Amount?)
  /// A mandate period's stated budget; nil derives it from the cost per officer-year.
  case periodBudget(id: String, Amount?)
  case addContributor(Contributor)
  case removeContributor(country: String)
  case addFundingLine(FundingLine)
  case removeFundingLine(id: String)
  /// A planned event added to the plan named (a plan of that name is made if there is none).
  case addPlannedEvent(plan: String, PlannedEvent)
  /// A planned event replaced by one with the same id (its value, qualifier or date edited).
  case plannedEvent(plan: String, PlannedEvent)
  case removePlannedEvent(plan: String, id: String)
  /// The whole scenario at once: how edits recovered from a journal come back when they cannot
  /// be replayed one by one (the user had undone past a save).
  case replaceAll(Scenario)
}

/// Why an edit cannot apply to a scenario. The scenario is left as it was.
public enum EditError: Error, Sendable, Hashable, CustomStringConvertible {
  case noSuchCountry(String)
  case noSuchFundingLine(String)
  case noSuchPeriod(String)
  case duplicateCountry(String)
  case duplicateFundingLine(String)
  case noSuchPlannedEvent(plan: String, id: String)
  case duplicatePlannedEvent(String)
  case unknownCurrency(String)
  case outOfRange(what: String, detail: String)

  public var description: String {
    switch self {
    case .noSuchCountry(let name): "no contributor named '\(TextSanitizer.clean(name))'"
    case .noSuchFundingLine(let id): "no funding line with id '\(TextSanitizer.clean(id))'"
    case .noSuchPeriod(let id): "no mandate period with id '\(TextSanitizer.clean(id))'"
    case .duplicateCountry(let name): "'\(TextSanitizer.clean(name))' is already a contributor"
    case .duplicateFundingLine(let id): "a funding line with id '\(TextSanitizer.clean(id))' already exists"
    case .noSuchPlannedEvent(let plan, let id):
      "no planned event '\(TextSanitizer.clean(id))' in the plan '\(TextSanitizer.clean(plan))'"
    case .duplicatePlannedEvent(let id): "a planned event with id '\(TextSanitizer.clean(id))' already exists"
    case .unknownCurrency(let code): "unknown currency '\(TextSanitizer.clean(code))'; use an ISO 4217 code such as USD"
    case .outOfRange(let what, let detail): "\(what): \(detail)"
    }
  }
}

extension Scenario {
  /// A typed figure dated on the scenario's date when it has no date of its own.
  ///
  /// A what-if is of the latest picture: the figure stands from the data's date on, so the
  /// as-of cursor shows what was known before it and a projection runs from it. Undated, it
  /// would count on every day and lose to every dated figure in the row's history.
  func dated(_ figure: HeadCount) -> HeadCount {
    guard figure.asOf == nil else { return figure }
    var figure = figure
    figure.asOf = mission.asOf
    return figure
  }

  /// A head count typed over a row's or a level's: dated on the scenario's date when it has no
  /// date, the figure it replaces kept among the earlier ones (`keeps`).
  private func applyHeadCount(_ edit: Edit, to next: inout Scenario) throws(EditError) {
    switch edit {
    case .deployed(let country, let figure):
      try checkHeadCount(figure, "deployed")
      let index = try contributorIndex(country)
      let typed = dated(figure)
      let replaced = contributors[index].deployed
      let earlier = contributors[index].history.map(\.deployed)
      if Self.keeps(replaced, under: typed, among: earlier) {
        next.contributors[index].history.insert(
          Deployment(deployed: replaced, event: "reported before the what-if"),
          at: Self.place(of: replaced, in: earlier))
      }
      next.contributors[index].deployed = typed
    case .pledged(let country, let figure):
      if let figure { try checkHeadCount(figure, "pledged") }
      let index = try contributorIndex(country)
      let typed = figure.map(dated)
      if let typed, let replaced = contributors[index].pledged,
        Self.keeps(replaced, under: typed, among: contributors[index].earlierPledges)
      {
        next.contributors[index].earlierPledges.insert(
          replaced, at: Self.place(of: replaced, in: contributors[index].earlierPledges))
      }
      next.contributors[index].pledged = typed
    case .planned(let figure):
      if let figure { try checkHeadCount(figure, "planned strength") }
      next.strength = strength.replacing(.planned, with: figure.map(dated))
    case .target(let figure):
      if let figure { try checkHeadCount(figure, "target strength") }
      next.strength = strength.replacing(.target, with: figure.map(dated))
    default: break
    }
  }

  /// Whether a figure an edit replaces is kept among the earlier ones: when it is dated before
  /// the typed one and no earlier figure has its date. So the as-of cursor still shows, at the
  /// dates before the what-if, what was reported then.
  static func keeps(_ replaced: HeadCount, under typed: HeadCount, among earlier: [HeadCount]) -> Bool {
    guard let day = replaced.asOf?.lastDay, let typedDay = typed.asOf?.lastDay, day < typedDay else { return false }
    return !earlier.contains { $0.asOf?.lastDay == day }
  }

  /// Where a figure goes among earlier ones in date order: after every one dated on or before it.
  static func place(of figure: HeadCount, in earlier: [HeadCount]) -> Int {
    let day = figure.asOf?.lastDay ?? .distantPast
    return earlier.firstIndex { ($0.asOf?.lastDay ?? .distantPast) > day } ?? earlier.count
  }

  /// The scenario with one edit applied, or an error saying why it cannot be.
  public func applying(_ edit: Edit) throws(EditError) -> Scenario {
    var next = self
    switch edit {
    case .deployed, .pledged, .planned, .target:
      try applyHeadCount(edit, to: &next)
    case .stageTotal(let id, let stage, let amount):
      try checkAmount(amount, "\(stage.label) to date")
      let index = try fundingIndex(id)
      var flows = next.funding[index].flows
      // A second edit of the same total on the same day replaces the first.
      if let last = flows.last, last.stage == stage, last.toDate, last.amount.asOf == amount.asOf,
        last.amount.isUnsourced
      {
        flows.removeLast()
      }
      flows.append(Flow(stage, amount, toDate: true))
      next.funding[index].flows = flows
    case .addFlow(let id, let flow):
      try checkAmount(flow.amount, flow.stage.label)
      next.funding[try fundingIndex(id)].flows.append(flow)
    case .fundingForm, .fundingCurrency, .fundingCounted:
      try applyLineSetting(edit, to: &next)
    case .costPerOfficerYear(let amount):
      try checkAmount(amount, "cost per officer-year")
      next.assumptions.costPerOfficerYear = amount
    case .fixedYearlyCost(let amount):
      try checkAmount(amount, "fixed yearly cost")
      next.assumptions.fixedYearlyCost = amount
    case .horizonMonths(let months):
      guard (1...1_200).contains(months.value) else {
        throw .outOfRange(what: "horizon", detail: "\(months.value) months; use 1 to 1,200")
      }
      next.assumptions.horizonMonths = months
    case .exchangeRate(let code, let rate):
      guard Currency.isKnown(code) else { throw .unknownCurrency(code) }
      if let rate {
        guard rate.value > 0, rate.value.isFinite else {
          throw .outOfRange(what: "exchange rate", detail: "must be above zero")
        }
      }
      next.assumptions.exchangeRates[code] = rate
    case .periodBudget(let id, let budget):
      if let budget { try checkAmount(budget, "budget") }
      guard let index = mission.periods.firstIndex(where: { $0.id == id }) else { throw .noSuchPeriod(id) }
      next.mission.periods[index].budget = budget
    case .addContributor(let contributor):
      guard !contributors.contains(where: { $0.country.lowercased() == contributor.country.lowercased() }) else {
        throw .duplicateCountry(contributor.country)
      }
      try checkHeadCount(contributor.deployed, "deployed")
      var contributor = contributor
      contributor.deployed = dated(contributor.deployed)
      contributor.pledged = contributor.pledged.map(dated)
      next.contributors.append(contributor)
    case .removeContributor(let country):
      next.contributors.remove(at: try contributorIndex(country))
    case .addFundingLine(let line):
      guard !funding.contains(where: { $0.id == line.id }) else { throw .duplicateFundingLine(line.id) }
      guard Currency.isKnown(line.currency) else { throw .unknownCurrency(line.currency) }
      for flow in line.flows { try checkAmount(flow.amount, flow.stage.label) }
      next.funding.append(line)
    case .removeFundingLine(let id):
      next.funding.remove(at: try fundingIndex(id))
    case .addPlannedEvent, .plannedEvent, .removePlannedEvent:
      next.plans = try plansApplying(edit)
    case .replaceAll(let scenario):
      next = scenario
    }
    return next
  }

  /// A line's form, currency or whether it counts, set.
  func applyLineSetting(_ edit: Edit, to next: inout Scenario) throws(EditError) {
    switch edit {
    case .fundingForm(let id, let form): next.funding[try fundingIndex(id)].form = form
    case .fundingCurrency(let id, let code):
      guard Currency.isKnown(code) else { throw .unknownCurrency(code) }
      next.funding[try fundingIndex(id)].currency = code
    case .fundingCounted(let id, let counted): next.funding[try fundingIndex(id)].counted = counted
    default: break
    }
  }

  /// The plans with a plan edit applied.
  func plansApplying(_ edit: Edit) throws(EditError) -> [Plan] {
    var plans = self.plans
    switch edit {
    case .addPlannedEvent(let plan, let event):
      try checkPlanned(event)
      if let index = plans.firstIndex(where: { $0.name == plan }) {
        guard !plans[index].events.contains(where: { $0.id == event.id }) else {
          throw .duplicatePlannedEvent(event.id)
        }
        plans[index].events.append(event)
      } else {
        plans.append(Plan(name: plan, events: [event]))
      }
    case .plannedEvent(let plan, let event):
      try checkPlanned(event)
      let (index, position) = try plannedIndex(plan, event.id)
      plans[index].events[position] = event
    case .removePlannedEvent(let plan, let id):
      let (index, position) = try plannedIndex(plan, id)
      plans[index].events.remove(at: position)
    default:
      break
    }
    return plans
  }

  func plannedIndex(_ plan: String, _ id: String) throws(EditError) -> (plan: Int, event: Int) {
    guard let index = plans.firstIndex(where: { $0.name == plan }),
      let position = plans[index].events.firstIndex(where: { $0.id == id })
    else { throw .noSuchPlannedEvent(plan: plan, id: id) }
    return (index, position)
  }

  /// A planned event names what exists (a line, a period without a budget) and a figure in range.
  func checkPlanned(_ event: PlannedEvent) throws(EditError) {
    switch event.change {
    case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure):
      try checkHeadCount(figure, "planned officers")
    case .flow(let line, _, let amount):
      _ = try fundingIndex(line)
      try checkAmount(amount, "planned amount")
    case .budget(let period, let amount):
      guard mission.periods.contains(where: { $0.id == period }) else { throw .noSuchPeriod(period) }
      try checkAmount(amount, "planned budget")
    case .renewal(let period, let until, let amount):
      guard let old = mission.periods.first(where: { $0.id == period }) else { throw .noSuchPeriod(period) }
      guard until.lastDay > old.endDay else {
        throw .outOfRange(what: "renewal", detail: "ends \(until), not after \(period)'s end \(old.end)")
      }
      try checkAmount(amount, "planned budget")
    }
  }

  /// True when `result` (this scenario with `edit` applied) is the same as this scenario. Only
  /// the part the edit touches is compared: comparing 100,000 funding lines to learn that one
  /// line's total did not move cost a what-if commit more than its recalculation.
  public func isUnchanged(by edit: Edit, giving result: Scenario) -> Bool {
    switch edit {
    case .stageTotal(let id, _, _), .addFlow(let id, _), .fundingForm(let id, _), .fundingCurrency(let id, _),
      .fundingCounted(let id, _):
      guard let index = funding.firstIndex(where: { $0.id == id }), result.funding.indices.contains(index) else {
        return false
      }
      return funding[index] == result.funding[index] && funding.count == result.funding.count
    case .deployed, .pledged, .addContributor, .removeContributor:
      return contributors == result.contributors
    default:
      return self == result
    }
  }

  func contributorIndex(_ country: String) throws(EditError) -> Int {
    guard let index = contributors.firstIndex(where: { $0.country == country }) else { throw .noSuchCountry(country) }
    return index
  }

  func fundingIndex(_ id: String) throws(EditError) -> Int {
    guard let index = funding.firstIndex(where: { $0.id == id }) else { throw .noSuchFundingLine(id) }
    return index
  }

  func checkHeadCount(_ figure: HeadCount, _ what: String) throws(EditError) {
    guard figure.value >= 0 else { throw .outOfRange(what: what, detail: "a head count is 0 or more") }
    guard figure.value <= ScenarioDecoder.maximumHeadCount else {
      throw .outOfRange(what: what, detail: "larger than \(Format.count(ScenarioDecoder.maximumHeadCount))")
    }
  }

  func checkAmount(_ amount: Amount, _ what: String) throws(EditError) {
    guard amount.value.isFinite, amount.value >= 0 else {
      throw .outOfRange(what: what, detail: "an amount is a finite number, 0 or more")
    }
    guard amount.value <= ScenarioDecoder.maximumAmount else {
      throw .outOfRange(what: what, detail: "larger than 10^15")
    }
  }
}
