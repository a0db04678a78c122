/// How wide a qualifier makes a figure's range, as the scenario sets it: "about" is ± a share of
/// the figure; "at least" runs from the figure up by a share (a floor with no stated top would
/// make every result unbounded); "up to" runs from zero to the figure.
///
/// Both shares are assumptions no source states, shown as such beside every range.
public struct RangeSpread: Sendable, Hashable {
  /// "About" admits ± this share: 0.10 is ±10 %, the tolerance conflicts are found with.
  public var about: Double
  /// "At least" admits up to this share above the figure.
  public var atLeast: Double
  /// True when the scenario file states the shares (else they are ForceBoard's defaults).
  public var stated: Bool

  /// The shares; ±10 % for both by default.
  public init(
    about: Double = Qualifier.aboutTolerance, atLeast: Double = Qualifier.aboutTolerance, stated: Bool = false
  ) {
    self.about = about
    self.atLeast = atLeast
    self.stated = stated
  }

  /// The range of true values a figure stated with `qualifier` admits.
  public func interval(_ value: Double, _ qualifier: Qualifier) -> ClosedRange<Double> {
    switch qualifier {
    case .exact: value...value
    case .about: (value - abs(value) * about)...(value + abs(value) * about)
    case .atLeast: value...(value + abs(value) * atLeast)
    case .upTo: min(0, value)...value
    }
  }

  /// The shares in words, for a range's caveat.
  public var text: String {
    "about ±\(Format.percent(about)), at least +\(Format.percent(atLeast)), up to from 0"
      + (stated ? "" : " (ForceBoard's defaults)")
  }
}
