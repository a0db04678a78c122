/// A growing run of bytes written through a pointer: a byte appended is a store and a count.
///
/// An array checks that its storage is its own and has room at every append, and a whole frame
/// appends some 20,000 times; `FrameWriter` keeps one of these for all its frames.
final class ByteBuffer {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes it holds.
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// Empties it, keeping the room.
  func removeAll() { count = 0 }

  /// Appends one byte.
  @inline(__always) func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    start[count] = byte
    count += 1
  }

  /// Appends bytes.
  func append(contentsOf bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      if count + source.count > capacity { grow(to: count + source.count) }
      (start + count).update(from: base, count: source.count)
      count += source.count
    }
  }

  /// Appends a byte `times` times.
  func append(_ byte: UInt8, times: Int) {
    guard times > 0 else { return }
    if count + times > capacity { grow(to: count + times) }
    (start + count).update(repeating: byte, count: times)
    count += times
  }

  /// The bytes, as an array of their own.
  var array: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  private func grow(to needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.update(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = larger
  }
}
