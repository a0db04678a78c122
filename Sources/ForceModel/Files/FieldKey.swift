/// The keys of a mapping the decoder reads often, as a type: a case's raw value is its place in
/// the allowed list, so a flow or a funding line is read by number, never by comparing text.
protocol FieldKey: RawRepresentable<Int>, CaseIterable {
  /// The key as written in a file.
  var name: String { get }
}

extension FieldKey {
  /// The key as written: the case's own name, which is how most keys are spelled.
  var name: String { String(describing: self) }

  /// Every key in place order: the list a mapping is checked against.
  static var names: [String] { allCases.map(\.name) }
}
