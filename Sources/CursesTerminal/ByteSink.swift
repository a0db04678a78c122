/// Bytes written through a pointer into a fixed buffer: the writer makes room for what a cell
/// can take before the cell, instead of an array checking its storage at every byte.
///
/// A frame's bytes went out one `Array.append` at a time, each a check that the array was not
/// shared and had room: 0.065 M of a resize's 1.45 M instructions, and the array's growing
/// paths of the standard library ran at start (a start's peak is 0.1 MiB lower without them).
/// The buffer is borrowed for one frame (`withUnsafeTemporaryAllocation`); when it fills, what
/// is in it is handed on.
struct ByteSink: ~Copyable {
  private let base: UnsafeMutablePointer<UInt8>
  /// Bytes the buffer holds.
  let capacity: Int
  /// Bytes written since the buffer was last handed on.
  private(set) var count = 0

  /// A sink writing into the `capacity` bytes at `base`.
  init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  /// Whether `bytes` more fit without handing the buffer on.
  @inline(__always) func fits(_ bytes: Int) -> Bool { count + bytes <= capacity }

  /// The bytes written so far, handed to `body`; the buffer is then empty again.
  mutating func drain(into body: (UnsafeBufferPointer<UInt8>) -> Void) {
    body(UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  /// One byte; the caller made room for it.
  @inline(__always) mutating func append(_ byte: UInt8) {
    base[count] = byte
    count += 1
  }

  /// Bytes; the caller made room for them.
  @inline(__always) mutating func append(_ bytes: [UInt8]) {
    for byte in bytes { append(byte) }
  }

  /// A scalar as UTF-8 (up to four bytes); the caller made room for it.
  @inline(__always) mutating func append(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      append(UInt8(truncatingIfNeeded: value))
    } else if value < 0x800 {
      append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
      append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else if value < 0x1_0000 {
      append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
      append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else {
      append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
      append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    }
  }

  /// A number in decimal (up to 20 digits); the caller made room for it.
  mutating func append(number: Int) {
    if number >= 10 { append(number: number / 10) }
    append(UInt8(truncatingIfNeeded: 0x30 + number % 10))
  }
}
