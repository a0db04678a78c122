import ForceModel

/// A file's digest worked out on a thread of its own, asked for when it is needed.
final class DigestJob: @unchecked Sendable {
  private var thread: JoinableThread?
  /// Written once by the job's thread; read only after it has been joined.
  private var digest = ContentDigest(value: 0)

  /// Starts working out the digest of `bytes`.
  init(_ bytes: [UInt8]) {
    thread = JoinableThread { [self] in digest = ContentDigest(bytes) }
  }

  /// The digest, once worked out.
  func result() -> ContentDigest {
    thread?.join()
    thread = nil
    return digest
  }
}
