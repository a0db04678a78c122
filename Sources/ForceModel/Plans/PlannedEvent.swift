/// One dated event a planner expects but no source yet reports: an arrival, a departure, a
/// strength decision, money moving a stage or a mandate's budget.
///
/// Kept apart from the reported facts (a plan is what someone intends, not what happened), each
/// with its own qualifier and, where one says so, its source ("Chad: about 800 'in 2026'"); one
/// no source gives is an assumption and shows as one.
public struct PlannedEvent: Sendable, Hashable, Identifiable {
  /// What the event changes.
  public enum Change: Sendable, Hashable {
    /// Officers of a country arrive: the figure is how many.
    case arrival(country: String, HeadCount)
    /// Officers of a country leave (a tour's end, a drawdown): the figure is how many.
    case departure(country: String, HeadCount)
    /// A planned, authorized or target strength is decided.
    case level(StrengthLevel, HeadCount)
    /// Money moves a stage on a funding line: a pledge becomes a commitment, a commitment is
    /// paid, money is spent.
    case flow(line: String, FlowStage, Amount)
    /// A mandate period's budget is set.
    case budget(period: String, Amount)
    /// A mandate is renewed: a new period from the named one's end to `until`, with its budget
    /// (stated, or an assumption).
    case renewal(period: String, until: AsOf, Amount)
  }

  /// Unique within its plan: what edits and the screen name it by.
  public var id: String
  /// The day it is expected.
  public var date: AsOf
  /// What it changes, with the figure's qualifier, sources and note.
  public var change: Change

  /// A planned event.
  public init(id: String, date: AsOf, change: Change) {
    self.id = id
    self.date = date
    self.change = change
  }

  /// The event's figure as a number (head count or amount), whatever its kind.
  public var value: Double {
    switch change {
    case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure): Double(figure.value)
    case .flow(_, _, let amount), .budget(_, let amount), .renewal(_, _, let amount): amount.value
    }
  }

  /// The event's qualifier.
  public var qualifier: Qualifier {
    switch change {
    case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure): figure.qualifier
    case .flow(_, _, let amount), .budget(_, let amount), .renewal(_, _, let amount): amount.qualifier
    }
  }

  /// The ids of the sources that state it; none for an assumption.
  public var sources: [String] {
    switch change {
    case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure): figure.sources
    case .flow(_, _, let amount), .budget(_, let amount), .renewal(_, _, let amount): amount.sources
    }
  }

  /// The event's note, if any.
  public var note: String? {
    switch change {
    case .arrival(_, let figure), .departure(_, let figure), .level(_, let figure): figure.note
    case .flow(_, _, let amount), .budget(_, let amount), .renewal(_, _, let amount): amount.note
    }
  }

  /// The same event with its figure's value replaced (an edit keeps the kind, date and target;
  /// a typed value carries no source, so it reads as an assumption).
  public func with(value: Double, qualifier: Qualifier, sources: [String] = [], note: String? = nil) -> PlannedEvent {
    var next = self
    func head(_ figure: HeadCount) -> HeadCount {
      HeadCount(Int(value.rounded()), qualifier, sources: sources, asOf: date, note: note)
    }
    func money(_ amount: Amount) -> Amount { Amount(value, qualifier, sources: sources, asOf: date, note: note) }
    switch change {
    case .arrival(let country, let figure): next.change = .arrival(country: country, head(figure))
    case .departure(let country, let figure): next.change = .departure(country: country, head(figure))
    case .level(let level, let figure): next.change = .level(level, head(figure))
    case .flow(let line, let stage, let amount): next.change = .flow(line: line, stage, money(amount))
    case .budget(let period, let amount): next.change = .budget(period: period, money(amount))
    case .renewal(let period, let until, let amount):
      next.change = .renewal(period: period, until: until, money(amount))
    }
    return next
  }

  /// What the event is, in a few words: "Chad arrives: ~800", "received on us-unsoh: $85M".
  /// Money is written in `currency`, the line's.
  public func summary(currency: String = "USD") -> String {
    func count(_ figure: HeadCount) -> String { Format.qualified(Format.count(figure.value), figure.qualifier) }
    func money(_ amount: Amount) -> String {
      Format.qualified(Format.money(amount.value, currency: currency), amount.qualifier)
    }
    switch change {
    case .arrival(let country, let figure): return "\(country) arrives: \(count(figure))"
    case .departure(let country, let figure): return "\(country) leaves: \(count(figure))"
    case .level(let level, let figure): return "\(level.label) strength: \(count(figure))"
    case .flow(let line, let stage, let amount): return "\(stage.label) on \(line): \(money(amount))"
    case .budget(let period, let amount): return "budget of \(period): \(money(amount))"
    case .renewal(let period, let until, let amount): return "\(period) renewed to \(until), budget \(money(amount))"
    }
  }
}
