import ForceModel

/// The small form `a` opens: a new contributor or a new funding line, one field per line.
public struct AddForm: Sendable, Hashable {
  /// What the form adds.
  public enum Kind: Sendable, Hashable {
    case contributor
    case fundingLine
    /// An event of the plan named: ahead of the data, never a fact.
    case plannedEvent(plan: String)
  }

  /// What it adds.
  public var kind: Kind
  var labels: [String]
  /// One field per label, in order.
  public var fields: [TextField]
  /// The field being typed in.
  public var index = 0
  /// Why it cannot be added as it stands.
  public var problem: String?

  /// An empty form with the usual defaults.
  public init(_ kind: Kind) {
    self.kind = kind
    switch kind {
    case .contributor:
      labels = ["Country", "Deployed", "Pledged (optional)", "ISO code (optional)"]
      fields = ["", "0", "", ""].map { TextField($0) }
    case .fundingLine:
      labels = ["Donor", "Amount", "Currency", "Stage", "Form", "Channel", "Purpose (optional)"]
      fields = ["", "", "USD", "commitment", "cash", "bilateral", ""].map { TextField($0) }
    case .plannedEvent:
      labels = ["Date", "What", "Country or line", "Officers or amount", "Source id (optional)"]
      fields = ["", "arrive", "", "", ""].map { TextField($0) }
    }
  }

  /// What each field holds.
  public var values: [String] { fields.map(\.text) }

  /// The form's title.
  public var title: String {
    switch kind {
    case .contributor: "Add a contributor"
    case .fundingLine: "Add a funding line"
    case .plannedEvent(let plan): "Add a planned event to '\(TextSanitizer.clean(plan, limit: 24))'"
    }
  }

  /// What each field accepts, shown beside it.
  public func hint(_ field: Int) -> String {
    switch (kind, field) {
    case (.contributor, 0): "the country's name"
    case (.contributor, 1), (.contributor, 2): "1200, 1.2k, ~900, 700+"
    case (.contributor, 3): "three capital letters, such as JAM"
    case (.fundingLine, 0): "who gives the money"
    case (.fundingLine, 1): "$625M, 625m, 1.5bn, ~10M"
    case (.fundingLine, 2): "ISO 4217: USD, CAD, EUR, GBP…"
    case (.fundingLine, 3): "pledge, commitment or received (as of the scenario's date)"
    case (.fundingLine, 4): FundingForm.allCases.map(\.rawValue).joined(separator: ", ")
    case (.fundingLine, 5): FundingChannel.allCases.map(\.rawValue).joined(separator: ", ")
    case (.plannedEvent, 0): "ahead of the data: 2026-06-30, 2026-06, jun 2026"
    case (.plannedEvent, 1): PlannedKind.allCases.map(\.rawValue).joined(separator: ", ")
    case (.plannedEvent, 2): "a country to arrive or leave; a line id for money; empty for a level"
    case (.plannedEvent, 3): "800, ~800, ≤1,500; $85M, ~10M"
    case (.plannedEvent, 4): "an id of the sources list; empty: an assumption"
    default: ""
    }
  }

  /// The edit the form describes, or the first thing wrong with it.
  public func edit(in scenario: Scenario) throws(InputRefusal) -> Edit {
    func text(_ index: Int) -> String { fields[index].text.trimmingSpaces() }
    func head(_ index: Int) throws(InputRefusal) -> HeadCount? {
      text(index).isEmpty ? nil : try EditField.headCount(text(index))
    }
    let edit: Edit
    switch kind {
    case .contributor:
      let country = text(0)
      guard !country.isEmpty else { throw .missing("a country's name") }
      guard let deployed = try head(1) else { throw .missing("a deployed count (0 if none yet)") }
      let iso = text(3).uppercased()
      if !iso.isEmpty, iso.count != 3 || !iso.allSatisfy({ $0.isASCII && $0.isLetter }) {
        throw .notAChoice(iso, options: ["three letters such as JAM"])
      }
      edit = .addContributor(
        Contributor(country: country, iso: iso.isEmpty ? nil : iso, pledged: try head(2), deployed: deployed))
    case .fundingLine:
      let donor = text(0)
      guard !donor.isEmpty else { throw .missing("a donor's name") }
      guard !text(1).isEmpty else { throw .missing("an amount") }
      var amount = try EditField.amount(text(1))
      amount.asOf = scenario.mission.asOf
      let stage = try EditField.choice(text(3), FlowStage.self)
      guard [.pledge, .commitment, .received].contains(stage) else {
        throw .notAChoice(text(3), options: ["pledge", "commitment", "received"])
      }
      let form = try EditField.choice(text(4), FundingForm.self)
      let channel = try EditField.choice(text(5), FundingChannel.self)
      var number = scenario.funding.count + 1
      while scenario.funding.contains(where: { $0.id == "what-if-\(number)" }) { number += 1 }
      edit = .addFundingLine(
        FundingLine(
          id: "what-if-\(number)", donor: donor, channel: channel, form: form, currency: text(2).uppercased(),
          purpose: text(6).isEmpty ? nil : text(6), flows: [Flow(stage, amount)]))
    case .plannedEvent(let plan):
      edit = .addPlannedEvent(plan: plan, try plannedEvent(plan, in: scenario))
    }
    do {
      _ = try scenario.applying(edit)
    } catch {
      throw .edit(error)
    }
    return edit
  }

  /// The planned event the form describes.
  func plannedEvent(_ plan: String, in scenario: Scenario) throws(InputRefusal) -> PlannedEvent {
    func text(_ index: Int) -> String { fields[index].text.trimmingSpaces() }
    guard let date = AsOf(forgiving: text(0)) else {
      throw .notAChoice(text(0), options: ["a date such as 2026-06-30"])
    }
    if let horizon = scenario.dataHorizon, date.lastDay <= horizon {
      throw .edit(
        .outOfRange(what: "planned date", detail: "on or before the data's date \(horizon); a plan looks ahead"))
    }
    let kind = try EditField.choice(text(1), PlannedKind.self)
    let who = text(2)
    let sources = text(4).isEmpty ? [] : [text(4)]
    if let source = sources.first, scenario.source(source) == nil {
      throw .notAChoice(source, options: ["an id of the scenario's sources"])
    }
    let note = sources.isEmpty ? EditField.note : nil
    guard !text(3).isEmpty else { throw .missing("officers or an amount") }
    func head() throws(InputRefusal) -> HeadCount {
      var figure = try EditField.headCount(text(3))
      (figure.sources, figure.asOf, figure.note) = (sources, date, note)
      return figure
    }
    func money() throws(InputRefusal) -> Amount {
      var figure = try EditField.amount(text(3))
      (figure.sources, figure.asOf, figure.note) = (sources, date, note)
      return figure
    }
    let change: PlannedEvent.Change
    switch kind {
    case .arrive, .leave:
      guard !who.isEmpty else { throw .missing("a country") }
      change = kind == .arrive ? .arrival(country: who, try head()) : .departure(country: who, try head())
    case .planned: change = .level(.planned, try head())
    case .authorized: change = .level(.authorized, try head())
    case .target: change = .level(.target, try head())
    case .pledge, .commitment, .received, .spent:
      guard let line = scenario.funding.first(where: { $0.id == who || $0.donor == who }) else {
        throw .notAChoice(who, options: ["a funding line's id or donor"])
      }
      let stage = FlowStage(rawValue: kind.rawValue) ?? .received
      change = .flow(line: line.id, stage, try money())
    }
    let existing = Set(scenario.plan(named: plan)?.events.map(\.id) ?? [])
    var number = existing.count + 1
    while existing.contains("planned-\(number)") { number += 1 }
    return PlannedEvent(id: "planned-\(number)", date: date, change: change)
  }
}

/// What a planned event typed in the form changes.
enum PlannedKind: String, CaseIterable {
  case arrive, leave, planned, authorized, target, pledge, commitment, received, spent
}
