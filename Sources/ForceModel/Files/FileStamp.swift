/// What identifies a file's contents on disk without reading it: device, inode, size and
/// modification time. Two stamps differ when someone saved, replaced or truncated the file.
/// A value only: `ScenarioStore` reads it from the disk (`FileStamp.of`).
public struct FileStamp: Sendable, Hashable {
  /// The device the file is on.
  public var device: UInt64
  /// Its inode: a file replaced by rename is another file.
  public var inode: UInt64
  /// Its size in bytes.
  public var size: Int64
  /// When it last changed, seconds.
  public var modifiedSeconds: Int64
  /// The nanoseconds of that.
  public var modifiedNanoseconds: Int64

  /// A stamp from `stat`'s fields.
  public init(device: UInt64, inode: UInt64, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modifiedSeconds = modifiedSeconds
    self.modifiedNanoseconds = modifiedNanoseconds
  }
}

/// A 64-bit FNV-1a digest of a file's bytes: tells the file a journal was written against from
/// any other version of it. Not a security measure.
public struct ContentDigest: Sendable, Hashable, CustomStringConvertible {
  /// The 64-bit FNV-1a hash.
  public var value: UInt64

  /// A digest read back from a journal.
  public init(value: UInt64) { self.value = value }

  /// The digest of `bytes`.
  public init(_ bytes: [UInt8]) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
      }
    }
    value = hash
  }

  /// The digest of `text`'s UTF-8.
  public init(_ text: String) { self.init(Array(text.utf8)) }

  public var description: String {
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// A digest written as 16 hex digits; nil for anything else.
  public init?(hex: String) {
    guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
    self.value = value
  }
}
