/// A shortfall or gap a planner wants closed.
public enum Goal: Sendable, Hashable {
  /// Officers missing against a reference strength.
  case shortfall(StrengthLevel)
  /// Money missing to pay for a strength over the horizon.
  case gap(StrengthLevel)
  /// Months the money in hand lasts at deployed strength, short of the horizon.
  case runway
}

/// One way to close a goal: a single input changed to the value that closes it.
public struct GoalSeekOption: Sendable, Hashable {
  /// What changes, in words: "Kenya deploys 1,500 more".
  public var label: String
  /// The value the input takes: "2,500 deployed".
  public var answer: String
  public var edit: Edit
}

/// What would close a goal, solved for each input that can close it on its own.
public struct GoalSeekAnswer: Sendable, Hashable {
  public var question: String
  /// Where the goal stands now: "short by 1,000 (40 %)" or "already met".
  public var status: String
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

  public static func solve(_ goal: Goal, in scenario: Scenario) -> GoalSeekAnswer {
    let results = recalculate(scenario)
    switch goal {
    case .shortfall(let level): return shortfall(level, scenario, results)
    case .gap(let level): return gap(level, scenario, results, runway: false)
    case .runway: return gap(.deployed, scenario, results, runway: true)
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
    for index in order where scenario.contributors[index].role != .unattributed {
      let contributor = scenario.contributors[index]
      let value = contributor.deployed.value + missing
      guard value <= ScenarioDecoder.maximumHeadCount else { continue }
      options.append(
        GoalSeekOption(
          label: "\(TextSanitizer.clean(contributor.country, limit: 40)) deploys \(Format.count(missing)) more",
          answer: "\(Format.count(value)) deployed (now \(Format.headCount(contributor.deployed)))",
          edit: .deployed(country: contributor.country, HeadCount(value, note: note))))
    }
    var notes: [String] = []
    if options.isEmpty { notes.append("no named contributor to send more officers; add one with a") }
    return GoalSeekAnswer(
      question: question,
      status:
        "short by \(Format.count(missing)) (\(Format.percent(shortfall.ratio)) of \(Format.count(shortfall.reference)))",
      // One more officer per missing officer closes it by arithmetic; no recalculation per
      // country (a thousand of them over 100,000 funding lines would take seconds).
      options: options, notes: notes)
  }

  static func gap(_ level: StrengthLevel, _ scenario: Scenario, _ results: Results, runway: Bool) -> GoalSeekAnswer {
    let horizon = scenario.assumptions.horizonMonths.value
    let question =
      runway
      ? "What lets the money in hand last the \(horizon)-month horizon at deployed strength?"
      : "What closes the funding gap at the \(level.label) strength over \(horizon) months?"
    guard let requirement = results.funding.requirement(level) else {
      return GoalSeekAnswer(
        question: question, status: "this scenario has no \(level.label) strength", options: [], notes: [])
    }
    guard requirement.gap > 0.5 else {
      return GoalSeekAnswer(
        question: question, status: "already met: \(Format.money(-requirement.gap)) to spare", options: [],
        notes: [])
    }
    let inHand = results.funding.inHand
    let assumptions = scenario.assumptions
    let years = Double(horizon) / 12
    let fixed = assumptions.fixedYearlyCost.value
    let strength = Double(requirement.strength)
    var options: [GoalSeekOption] = []
    var notes: [String] = []

    // More firm money: a new line in a status that counts as in hand.
    if let status = [FundingStatus.committed, .disbursed].first(where: { assumptions.inHand.contains($0) }) {
      let amount = requirement.gap.rounded(.up)
      var number = 1
      while scenario.funding.contains(where: { $0.id == "goal-seek-\(number)" }) { number += 1 }
      let line = FundingLine(
        id: "goal-seek-\(number)", donor: "Funding still needed (goal seek)", channel: .trustFund, status: status,
        amount: Amount(amount, note: note), currency: "USD", purpose: "closes the gap at \(level.label) strength")
      options.append(
        GoalSeekOption(
          label: "\(Format.money(amount)) more firm funding",
          answer: "a new \(status.rawValue) line of \(Format.money(amount))",
          edit: .addFundingLine(line)))
    } else {
      notes.append("no funding status counts as money in hand, so new money would not close it")
    }

    // A cheaper officer-year.
    if strength > 0, years > 0 {
      let cost = ((inHand / years - fixed) / strength).rounded(.down)
      if cost > 0 {
        options.append(
          GoalSeekOption(
            label: "Cost per officer-year at most \(Format.money(cost))",
            answer: "now \(Format.amount(assumptions.costPerOfficerYear, currency: "USD"))",
            edit: .costPerOfficerYear(Amount(cost, note: note))))
      } else {
        notes.append("fixed costs alone use up the money in hand: no cost per officer-year closes it")
      }
    }

    // A shorter horizon.
    let yearly = assumptions.costPerOfficerYear.value * strength + fixed
    if yearly > 0 {
      let months = Int((inHand * 12 / yearly).rounded(.down))
      if months >= 1 {
        options.append(
          GoalSeekOption(
            label: "Horizon of \(months) month\(months == 1 ? "" : "s")", answer: "now \(horizon) months",
            edit: .horizonMonths(HeadCount(months, note: note))))
      } else {
        notes.append("the money in hand does not cover one month at this strength")
      }
    }
    let status =
      runway
      ? "lasts \(results.funding.runwayMonths.map(Format.months) ?? "—") of \(horizon) months; short \(Format.money(requirement.gap))"
      : "short \(Format.money(requirement.gap)) of \(Format.money(requirement.required))"
    return GoalSeekAnswer(
      question: question, status: status,
      options: verified(options, in: scenario) { ($0.funding.requirement(level)?.gap ?? 1) <= 0.5 }, notes: notes)
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
