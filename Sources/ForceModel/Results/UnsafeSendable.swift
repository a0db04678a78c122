/// A value handed to the other thread of a split tally. Each thread writes only its own slot
/// and reads lines no one writes while the tally runs, which the compiler cannot see.
struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
