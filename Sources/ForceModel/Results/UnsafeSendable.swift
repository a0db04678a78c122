/// A value handed to the other thread of a split tally or read. Each thread writes only its own
/// slot (and its own decoder) and reads lines no one writes meanwhile, which the compiler
/// cannot see.
package struct UnsafeSendable<Value>: @unchecked Sendable {
  package let value: Value
  package init(_ value: Value) { self.value = value }
}
