/// The keys of a mapping the decoder reads often, as a type: a case's raw value is its place in
/// the allowed list, so a flow or a funding line is read by number, never by comparing text.
protocol FieldKey: RawRepresentable<Int>, CaseIterable {
  /// Every key as written in a file, in the cases' order: the list a mapping is checked
  /// against. Spelled out, not made from the cases' names by reflection, which at start brought
  /// the runtime's demangler and the type's reflection records into memory for a dozen words
  /// (a test holds each name to its case).
  static var names: [String] { get }
}

extension FieldKey {
  /// The key as written in a file.
  var name: String { Self.names[rawValue] }
}
