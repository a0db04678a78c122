/// A number as a source states it: the value, how firmly it is stated, where it comes from and
/// when it was true.
///
/// Every figure on screen is one of these or is derived from them, so a reader can always ask
/// "says who, and when?".
public struct Figure<Value: Sendable & Hashable>: Sendable, Hashable {
  /// The figure.
  public var value: Value
  /// Exact, about, at least or up to.
  public var qualifier: Qualifier
  /// The ids of the sources that give it; none for an assumption.
  public var sources: [String]
  /// The date it is as of.
  public var asOf: AsOf?
  /// A caveat, in words.
  public var note: String?
  /// How the value was computed from others, when no source states it as such: "the article's
  /// about 1,000 − the 952 the named countries account for". Shown as derived, never as sourced.
  public var derivation: String?

  /// A figure with its qualifier, sources, date and note.
  public init(
    _ value: Value, _ qualifier: Qualifier = .exact, sources: [String] = [], asOf: AsOf? = nil,
    note: String? = nil, derivation: String? = nil
  ) {
    self.value = value
    self.qualifier = qualifier
    self.sources = sources
    self.asOf = asOf
    self.note = note
    self.derivation = derivation
  }

  /// True when no source backs the figure: it must be shown as an assumption.
  public var isUnsourced: Bool { sources.isEmpty }
  /// True when the value is computed from other figures rather than stated by a source.
  public var isDerived: Bool { derivation != nil }
}

/// A head count of officers or personnel.
public typealias HeadCount = Figure<Int>
/// An amount of money in the currency named beside it.
public typealias Amount = Figure<Double>

extension Figure where Value == Int {
  /// The range of head counts this figure admits, given its qualifier.
  public var interval: ClosedRange<Double> { qualifier.interval(around: Double(value)) }
}

extension Figure where Value == Double {
  /// The range of amounts this figure admits, given its qualifier.
  public var interval: ClosedRange<Double> { qualifier.interval(around: value) }
}
