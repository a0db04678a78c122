import ForceModel
import ScenarioStore
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Marks an editing instance as alive while it runs, so that others leave its journals alone.
///
/// Each instance that journals holds `flock` on `instance-ID.lock` in the state folder for as
/// long as it lives; the kernel drops the lock when the process ends, however it ends. Another
/// instance that finds a journal tests the lock of its writer: held means "still editing, not
/// yours to restore"; free means the writer is gone and its edits are offered.
final class InstanceLock: Sendable {
  /// This instance's name in journal file names: process id and random digits, never reused.
  let id: String
  private let descriptor = Mutex<Int32>(-1)
  /// The lock file, once taken: removed when the instance ends well, so that a folder of
  /// journals does not fill with empty lock files (one a killed instance left is removed by
  /// the next start, `removeStale`).
  private let heldPath = Mutex<String?>(nil)

  init() {
    id = "\(getpid())-\(String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16))"
  }

  static func path(of id: String, in folder: String) -> String { "\(folder)/instance-\(id).lock" }

  /// Takes this instance's lock in `folder` the first time a journal is written there.
  func hold(in folder: String) {
    descriptor.withLock { fd in
      guard fd < 0 else { return }
      let opened = open(Self.path(of: id, in: folder), O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard opened >= 0 else { return }
      if flock(opened, LOCK_EX | LOCK_NB) == 0 {
        fd = opened
        heldPath.withLock { $0 = Self.path(of: id, in: folder) }
      } else {
        close(opened)
      }
    }
  }

  /// Ends this instance: the lock file goes (unlinked while still held, so no other instance
  /// can find it free in between), then the lock.
  func release() {
    descriptor.withLock { fd in
      guard fd >= 0 else { return }
      if let path = heldPath.withLock({ $0 }) { unlink(path) }
      close(fd)
      fd = -1
    }
  }

  /// Removes the lock files of instances that are gone and left no journal in `folder`. A file
  /// younger than a minute is left alone: its instance may be between creating and locking it.
  static func removeStale(in folder: String, now: Int64) {
    let names = ScenarioStore.fileNames(in: folder)
    for name in names where name.hasPrefix("instance-") && name.hasSuffix(".lock") {
      let id = String(name.dropFirst("instance-".count).dropLast(".lock".count))
      let path = folder + "/" + name
      guard let stamp = FileStamp.ofEntry(path, regularOnly: true), now - stamp.modifiedSeconds > 60,
        !isAlive(id, in: folder), !names.contains(where: { $0.hasPrefix("journal-") && $0.contains("-\(id)") })
      else { continue }
      unlink(path)
    }
  }

  /// Is the instance `id` still running? True when its lock is held by someone.
  static func isAlive(_ id: String, in folder: String) -> Bool {
    let fd = open(path(of: id, in: folder), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK
  }
}
