/// A value kept on the heap and shared by copies of whatever holds it until one of them
/// changes it (copy on write, as the standard library's arrays do).
///
/// For a large part of a state that is copied whole on every key: the copy is then a pointer
/// and a retain, not kilobytes moved and every reference inside retained, and the copies a
/// key makes on the stack stay small.
@propertyWrapper
public struct CopyOnWrite<Value: Sendable>: Sendable {
  /// The value's home. Unchecked Sendable: `value` is written only after
  /// `isKnownUniquelyReferenced` has said no other holder shares the box.
  private final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  /// The value, in a box of its own.
  public init(wrappedValue: Value) { box = Box(wrappedValue) }

  /// The value: read in place; written in place once no other copy shares the box.
  public var wrappedValue: Value {
    _read { yield box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }
}
