/// A number as a source states it: the value, how firmly it is stated, where it comes from and
/// when it was true.
///
/// Every figure on screen is one of these or is derived from them, so a reader can always ask
/// "says who, and when?".
public struct Figure<Value: Sendable & Hashable>: Sendable, Hashable {
  /// The figure.
  public var value: Value
  /// The ids of the sources that give it; none for an assumption.
  public var sources: [String]
  /// The note and derivation, rarely present, kept out of line so that a figure is 32 bytes:
  /// a large scenario holds half a million of them.
  private var remarks: Remarks?
  /// The date it is as of.
  public var asOf: AsOf?
  /// Exact, about, at least or up to.
  public var qualifier: Qualifier

  /// A caveat, in words.
  public var note: String? {
    get { remarks?.note }
    set { remarks = Remarks(note: newValue, derivation: derivation) }
  }
  /// How the value was computed from others, when no source states it as such: "the article's
  /// about 1,000 − the 952 the named countries account for". Shown as derived, never as sourced.
  public var derivation: String? {
    get { remarks?.derivation }
    set { remarks = Remarks(note: note, derivation: newValue) }
  }

  /// A figure with its qualifier, sources, date and note.
  public init(
    _ value: Value, _ qualifier: Qualifier = .exact, sources: [String] = [], asOf: AsOf? = nil,
    note: String? = nil, derivation: String? = nil
  ) {
    self.value = value
    self.qualifier = qualifier
    self.sources = sources
    self.asOf = asOf
    self.remarks = Remarks(note: note, derivation: derivation)
  }

  /// True when no source backs the figure: it must be shown as an assumption.
  public var isUnsourced: Bool { sources.isEmpty }
  /// True when the value is computed from other figures rather than stated by a source.
  public var isDerived: Bool { derivation != nil }
}

/// A figure's note and derivation, shared between copies and never changed in place.
private final class Remarks: Sendable, Hashable {
  let note: String?
  let derivation: String?

  /// The remarks, or nil when there are none.
  convenience init?(note: String?, derivation: String?) {
    guard note != nil || derivation != nil else { return nil }
    self.init(note, derivation)
  }

  private init(_ note: String?, _ derivation: String?) {
    self.note = note
    self.derivation = derivation
  }

  static func == (lhs: Remarks, rhs: Remarks) -> Bool {
    lhs === rhs || (lhs.note == rhs.note && lhs.derivation == rhs.derivation)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(note)
    hasher.combine(derivation)
  }
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
