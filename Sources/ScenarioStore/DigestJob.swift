import Dispatch
import ForceModel

/// A file's digest worked out on a thread of its own, asked for when it is needed.
final class DigestJob: @unchecked Sendable {
  private let done = DispatchGroup()
  /// Written once by the job before `done` is left; read only after waiting on it.
  private var digest = ContentDigest(value: 0)

  /// Starts working out the digest of `bytes`.
  init(_ bytes: [UInt8]) {
    done.enter()
    DispatchQueue.global().async {
      self.digest = ContentDigest(bytes)
      self.done.leave()
    }
  }

  /// The digest, once worked out.
  func result() -> ContentDigest {
    done.wait()
    return digest
  }
}
