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
      } else {
        close(opened)
      }
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
