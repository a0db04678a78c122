/// A value kept on the heap and shared by copies of whatever holds it until one of them
/// changes it (copy on write, as the standard library's arrays do).
///
/// For a large part of a state that is copied whole on every key: the copy is then a pointer
/// and a retain, not kilobytes moved and every reference inside retained, and the copies a
/// key makes on the stack stay small.
final class SharedBox<Value: Sendable>: @unchecked Sendable {
  /// Unchecked Sendable: a holder writes `value` only after `isKnownUniquelyReferenced` has
  /// said no one else holds the box (else it puts a copy in a box of its own first).
  var value: Value

  init(_ value: Value) { self.value = value }
}

extension SharedBox {
  /// Makes `box` one that no other holder shares, first copying its value into a box of its
  /// own if one does: what a holder does before it writes `value`.
  static func makeUnique(_ box: inout SharedBox<Value>) {
    if !isKnownUniquelyReferenced(&box) { box = SharedBox(box.value) }
  }
}
