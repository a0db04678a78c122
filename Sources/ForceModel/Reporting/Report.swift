/// Every input and every result of a scenario as labelled, sourced lines, ready to be written
/// as text, Markdown, JSON or CSV. The four formats share this one list, so they never disagree.
public struct Report: Sendable, Hashable {
  /// The report's title.
  public var title: String
  var subtitle: String
  /// A warning shown first, such as a made-up scenario's.
  public var banner: String?
  /// The sections, in order.
  public var sections: [Section]

  /// A titled group of items, optionally also laid out as a table for text and Markdown.
  public struct Section: Sendable, Hashable {
    /// A stable id for machines.
    public var id: String
    /// The section's heading.
    public var title: String
    var items: [Item]
    /// A table, for sections that have one.
    public var table: Table?
  }

  /// One figure or result with everything a reader needs to trust it.
  public struct Item: Sendable, Hashable {
    /// Whether an item is a figure, a result or text.
    public enum Kind: String, Sendable, Hashable {
      case input
      case result
      case assumption
      /// Computed from other figures by the scenario's author, not stated by a source.
      case derived
      case conflict
      case source
      case text
      /// An event a plan expects: never a reported fact.
      case planned
    }

    /// Stable machine name, e.g. `shortfall.planned` or `contributor.KEN.deployed`.
    public var key: String
    /// What the item is.
    public var label: String
    /// The value as a reader sees it: `~1,000`, `≤ $625M`, `60%`.
    public var display: String
    /// The raw number, where there is one (USD for money, a ratio for shares).
    public var number: Double?
    /// The day, for a result that is a date (the day cash runs out): written as an ISO date,
    /// never as a count of days.
    public var date: Day?
    /// Its unit: people, USD, date, ratio.
    public var unit: String?
    /// Its qualifier.
    public var qualifier: Qualifier?
    /// The date it is as of.
    public var asOf: AsOf?
    /// The sources that give it.
    public var sources: [String]
    /// A caveat, in words.
    public var note: String?
    /// How a result is worked out.
    public var formula: String?
    /// Input figure, result or text.
    public var kind: Kind
    /// For a result: the newest date of the inputs it rests on (its knowledge horizon).
    public var knownTo: Day?
    /// For a result: what kind of knowledge it is.
    public var knowledge: Knowledge?
    /// For a money result: the mandate period it is for.
    public var period: String?
    /// For a result: past its staleness window, history rather than news.
    public var stale = false
    /// For a result: the low and high of its range (the inputs' qualifiers and conflicts carried
    /// through), in the unit of `number`; for a date, days since 1970.
    public var low: Double?
    /// See `low`.
    public var high: Double?
    /// The range as a reader sees it: "980–1,020", "2026-06-20 – funded through 2026-10-02".
    public var rangeText: String?

    /// One item of a report.
    public init(
      key: String, label: String, display: String, number: Double? = nil, unit: String? = nil,
      qualifier: Qualifier? = nil, asOf: AsOf? = nil, sources: [String] = [], note: String? = nil,
      formula: String? = nil, kind: Kind, date: Day? = nil
    ) {
      self.date = date
      self.key = key
      self.label = label
      self.display = display
      self.number = number
      self.unit = unit
      self.qualifier = qualifier
      self.asOf = asOf
      self.sources = sources
      self.note = note
      self.formula = formula
      self.kind = kind
    }
  }

  /// What a result rests on (the five kinds, in a finance officer's words).
  public enum Knowledge: String, Sendable, Hashable {
    /// Stated by a source for the date it is shown at.
    case reported
    /// Computed from reported figures.
    case derived
    /// Carried forward from the newest data at a rate (the day cash runs out).
    case projected
    /// Resting on an assumption no source states (a requirement costed per officer-year).
    case assumed
    /// Nothing is known for the period in force.
    case unknown
  }

  /// Rows and columns of already formatted cells.
  public struct Table: Sendable, Hashable {
    /// The columns.
    public var columns: [Column]
    /// The rows, one string a column.
    public var rows: [[String]]

    /// A table column.
    public struct Column: Sendable, Hashable {
      /// Its heading.
      public var title: String
      /// Whether its cells align right.
      public var alignRight: Bool
    }
  }

  /// The item with this key, wherever it is.
  public func item(_ key: String) -> Item? {
    for section in sections {
      if let item = section.items.first(where: { $0.key == key }) { return item }
    }
    return nil
  }
}
