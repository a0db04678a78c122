/// A shortfall or gap a planner wants closed.
public enum Goal: Sendable, Hashable {
  /// Officers missing against a reference strength.
  case shortfall(StrengthLevel)
  /// Money missing to pay for a strength to the end of the mandate (or over the horizon).
  case gap(StrengthLevel)
  /// Money missing to the end of the mandate in force, against its requirement.
  case mandate
  /// Cash running out before the end of the mandate: what received amount by which date keeps
  /// the force paid to the end.
  case runway
}

/// One way to close a goal: a single input changed to the value that closes it.
public struct GoalSeekOption: Sendable, Hashable {
  /// What changes, in words: "Kenya deploys 1,500 more".
  public var label: String
  /// The value the input takes: "2,500 deployed".
  public var answer: String
  /// The edit that reaches the goal.
  public var edit: Edit
}

/// What would close a goal, solved for each input that can close it on its own.
public struct GoalSeekAnswer: Sendable, Hashable {
  /// What was asked, in words.
  public var question: String
  /// Where the goal stands now: "short by 1,000 (40 %)" or "already met".
  public var status: String
  /// The ways found to reach the goal, best first.
  public var options: [GoalSeekOption]
  /// Why a way the planner might expect is not offered (no cost to cut, no money in hand…).
  public var notes: [String]
}

/// Solves for one input at a time. Every answer is checked by recalculating with it applied,
/// so an answer offered always closes the goal (whole officers and whole dollars, rounded the
/// safe way).
public enum GoalSeek {
  /// The note every value goal seek writes carries, so it reads as an assumption on screen.
  public static let note = "what-if value from goal seek; no source states it"

  /// Finds the edits that reach `goal` in `scenario`.
  public static func solve(_ goal: Goal, in scenario: Scenario) -> GoalSeekAnswer {
    let results = recalculate(scenario)
    switch goal {
    case .shortfall(let level): return shortfall(level, scenario, results)
    case .gap(let level): return gap(level, scenario, results, runway: false)
    case .runway: return gap(.deployed, scenario, results, runway: true)
    case .mandate: return mandate(scenario, results)
    }
  }

  static func shortfall(_ level: StrengthLevel, _ scenario: Scenario, _ results: Results) -> GoalSeekAnswer {
    let question = "What closes the shortfall against the \(level.label) strength?"
    guard let shortfall = results.shortfall(level) else {
      return GoalSeekAnswer(
        question: question, status: "this scenario has no \(level.label) strength", options: [], notes: [])
    }
    guard shortfall.count > 0 else {
      return GoalSeekAnswer(
        question: question, status: "already met: \(Format.count(shortfall.surplus)) over", options: [], notes: [])
    }
    let missing = shortfall.count
    var options: [GoalSeekOption] = []
    var order = Array(scenario.contributors.indices)
    if let lead = scenario.leadContributorIndex, let at = order.firstIndex(of: lead) {
      order.remove(at: at)
      order.insert(lead, at: 0)
    }
    // Countries whose own pledge covers what is missing first: sending more than a country
    // pledged is said, never done silently.
    let pledgeLeft = { (index: Int) -> Int in results.contributors[index].pledgedNotDeployed ?? 0 }
    order.sort { (pledgeLeft($0) >= missing) != (pledgeLeft($1) >= missing) ? pledgeLeft($0) >= missing : false }
    for index in order where scenario.contributors[index].role != .unattributed {
      let contributor = scenario.contributors[index]
      let value = contributor.deployed.value + missing
      guard value <= ScenarioDecoder.maximumHeadCount else { continue }
      let pledge = results.contributors[index].pledged
      let beyond = pledge.map { value - $0 } ?? 0
      let against =
        pledge == nil
        ? "no pledge on record"
        : beyond > 0
          ? "\(Format.count(beyond)) beyond its pledge of \(Format.count(pledge ?? 0))"
          : "within its pledge of \(Format.count(pledge ?? 0))"
      options.append(
        GoalSeekOption(
          label:
            "\(TextSanitizer.clean(contributor.country, limit: 40)) deploys \(Format.count(missing)) more — \(against)",
          answer: "\(Format.count(value)) deployed (now \(Format.headCount(contributor.deployed)))",
          edit: .deployed(country: contributor.country, HeadCount(value, note: note))))
    }
    var notes: [String] = []
    // What the pledges already made would give, deployed in full.
    let outstanding = scenario.contributors.indices.filter { pledgeLeft($0) > 0 }
    let pledged = outstanding.reduce(0) { $0 + pledgeLeft($1) }
    if pledged > 0 {
      let who =
        outstanding.prefix(4).map {
          "\(TextSanitizer.clean(scenario.contributors[$0].country, limit: 30)) \(Format.count(pledgeLeft($0)))"
        }.joined(separator: ", ") + (outstanding.count > 4 ? ", …" : "")
      notes.append(
        "every pledge deployed in full adds \(Format.count(pledged)) (\(who)): "
          + (pledged >= missing ? "enough" : "still \(Format.count(missing - pledged)) short"))
    }
    if options.isEmpty { notes.append("no named contributor to send more officers; add one with a") }
    return GoalSeekAnswer(
      question: question,
      status:
        "short by \(Format.count(missing)) (\(Format.percent(shortfall.ratio)) of \(Format.count(shortfall.reference)))",
      // One more officer per missing officer closes it by arithmetic; no recalculation per
      // country (a thousand of them over 100,000 funding lines would take seconds).
      options: options, notes: notes)
  }

  /// A new cash line for goal seek, with an id no line has.
  static func newLine(_ scenario: Scenario, purpose: String, flow: Flow) -> FundingLine {
    var number = 1
    while scenario.funding.contains(where: { $0.id == "goal-seek-\(number)" }) { number += 1 }
    return FundingLine(
      id: "goal-seek-\(number)", donor: "Funding still needed (goal seek)", channel: .trustFund, form: .cash,
      currency: "USD", purpose: purpose, flows: [flow])
  }

  static func gap(_ level: StrengthLevel, _ scenario: Scenario, _ results: Results, runway: Bool) -> GoalSeekAnswer {
    let funding = results.funding
    let span =
      funding.mandate.map { "to the end of \($0.period.decision) (\($0.period.end))" }
      ?? "over the \(scenario.assumptions.horizonMonths.value)-month horizon"
    if runway { return self.runway(scenario, results, span: span) }
    let question = "What closes the funding gap at the \(level.label) strength \(span)?"
    guard let requirement = funding.requirement(level) else {
      return GoalSeekAnswer(
        question: question, status: "this scenario has no \(level.label) strength", options: [], notes: [])
    }
    guard requirement.gap > 0.5 else {
      return GoalSeekAnswer(
        question: question, status: "already met: \(Format.money(-requirement.gap)) to spare", options: [],
        notes: [])
    }
    let assumptions = scenario.assumptions
    let months = funding.requirementMonths
    let fixed = assumptions.fixedYearlyCost.value
    let strength = Double(requirement.strength)
    let covering = requirement.required - requirement.gap
    var options: [GoalSeekOption] = []
    var notes: [String] = []

    // New money committed today.
    let amount = requirement.gap.rounded(.up)
    let today = scenario.mission.asOf
    options.append(
      GoalSeekOption(
        label: "\(Format.money(amount)) more committed",
        answer: "a new commitment of \(Format.money(amount))\(today.map { " dated \($0)" } ?? "")",
        edit: .addFundingLine(
          newLine(
            scenario, purpose: "closes the gap at \(level.label) strength",
            flow: Flow(.commitment, Amount(amount, asOf: today, note: note))))))

    // A cheaper officer-year.
    if strength > 0, months > 0 {
      let cost = ((covering * 12 / months - fixed) / strength).rounded(.down)
      if cost > 0 {
        options.append(
          GoalSeekOption(
            label: "Cost per officer-year at most \(Format.money(cost))",
            answer: "now \(Format.amount(assumptions.costPerOfficerYear, currency: "USD"))",
            edit: .costPerOfficerYear(Amount(cost, note: note))))
      } else {
        notes.append("fixed costs alone use up the money there is: no cost per officer-year closes it")
      }
    }
    if funding.mandate == nil {
      notes.append("no mandate period is in force, so the gap runs over the \(Format.months(months)) horizon")
    }
    return GoalSeekAnswer(
      question: question, status: "short \(Format.money(requirement.gap)) of \(Format.money(requirement.required))",
      options: verified(options, in: scenario) { ($0.funding.requirement(level)?.gap ?? 1) <= 0.5 }, notes: notes)
  }

  /// What closes the gap to the end of the mandate in force.
  static func mandate(_ scenario: Scenario, _ results: Results) -> GoalSeekAnswer {
    guard let mandate = results.funding.mandate else {
      return GoalSeekAnswer(
        question: "What closes the gap to the end of the mandate?", status: "no mandate period is in force",
        options: [], notes: [])
    }
    let question = "What closes the gap to the end of \(mandate.period.decision) (\(mandate.period.end))?"
    guard mandate.gap > 0.5 else {
      return GoalSeekAnswer(
        question: question, status: "already met: \(Format.money(-mandate.gap)) to spare", options: [], notes: [])
    }
    let amount = mandate.gap.rounded(.up)
    let today = scenario.mission.asOf
    var options = [
      GoalSeekOption(
        label: "\(Format.money(amount)) more committed",
        answer: "a new commitment of \(Format.money(amount))\(today.map { " dated \($0)" } ?? "")",
        edit: .addFundingLine(
          newLine(
            scenario, purpose: "closes the gap to the end of the mandate",
            flow: Flow(.commitment, Amount(amount, asOf: today, note: note)))))
    ]
    // The same gap closed by a smaller budget: one the period's funding already covers.
    let budget = (mandate.requirement - amount).rounded(.down)
    if budget > 0 {
      options.append(
        GoalSeekOption(
          label: "Budget of the period at most \(Format.money(budget))",
          answer: "now \(Format.money(mandate.requirement))",
          edit: .periodBudget(id: mandate.period.id, Amount(budget, note: note))))
    }
    return GoalSeekAnswer(
      question: question,
      status:
        "short \(Format.money(mandate.gap)) of the \(Format.money(mandate.requirement)) the period needs (\(mandate.basisText))",
      options: verified(options, in: scenario) { ($0.funding.mandate?.gap ?? 1) <= 0.5 },
      notes: ["pledges and ceilings are not counted: only money committed or received closes a gap"])
  }

  /// What received amount, by which date, keeps the force paid to the end.
  static func runway(_ scenario: Scenario, _ results: Results, span: String) -> GoalSeekAnswer {
    let funding = results.funding
    let question = "What received amount, by which date, keeps the force paid \(span)?"
    switch funding.runwayCashOnly {
    case .undated:
      return GoalSeekAnswer(
        question: question, status: "the scenario has no date (mission.as_of) to count from", options: [], notes: [])
    case .noSpending:
      return GoalSeekAnswer(
        question: question, status: "no spending is reported for the period: no burn rate, so no runway to extend",
        options: [], notes: [])
    case .lasts(let through):
      return GoalSeekAnswer(
        question: question, status: "already met: cash in hand lasts through \(through)", options: [], notes: [])
    case .runsOut(let day):
      guard let end = funding.mandate?.period.endDay ?? funding.day?.adding(months: funding.monthsLeft) else {
        return GoalSeekAnswer(question: question, status: "runs out on \(day)", options: [], notes: [])
      }
      let amount = (funding.burn.perMonth * day.months(to: end)).rounded(.up) + 1
      let today = scenario.mission.asOf
      var options = [
        GoalSeekOption(
          label: "\(Format.money(amount)) committed, due by \(day)",
          answer: "a new commitment due \(day), received before cash runs out",
          edit: .addFundingLine(
            newLine(
              scenario, purpose: "keeps the force paid \(span)",
              flow: Flow(.commitment, Amount(amount, asOf: today, note: note), due: day.asOf))))
      ]
      if let today {
        options.append(
          GoalSeekOption(
            label: "\(Format.money(amount)) received now",
            answer: "a new receipt dated \(today)",
            edit: .addFundingLine(
              newLine(
                scenario, purpose: "keeps the force paid \(span)",
                flow: Flow(.received, Amount(amount, asOf: today, note: note))))))
      }
      var notes = [
        "at the reported burn rate of \(Format.money(funding.burn.perMonth)) a month, \(Format.months(day.months(to: end))) from \(day) to \(end)"
      ]
      // Why this is less than the gap: the runway is cash at the rate spent, the gap the budget.
      if let mandate = funding.mandate, mandate.gap > amount {
        notes.append(
          "the gap to \(end) (\(Format.money(mandate.gap))) is larger: it measures the period's requirement (\(Format.money(mandate.requirement)), \(mandate.basisText)), not the spending reported so far; this keeps cash from running out, it does not fund the requirement (g on the gap row answers that)"
        )
      }
      return GoalSeekAnswer(
        question: question, status: "cash runs out on \(day), before \(end)",
        options: verified(options, in: scenario) { result in
          if case .lasts = result.funding.runwayWithCommitments { return true }
          return false
        }, notes: notes)
    }
  }

  /// Keeps the options that, applied, do close the goal.
  static func verified(
    _ options: [GoalSeekOption], in scenario: Scenario, closes: (Results) -> Bool
  ) -> [GoalSeekOption] {
    options.filter { option in
      guard let next = try? scenario.applying(option.edit) else { return false }
      return closes(recalculate(next))
    }
  }
}
