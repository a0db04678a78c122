import ForceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock on a folder, held while ForceBoard writes into it.
///
/// Every atomic write of ours (a save, a journal, an export) takes it from its last check to its
/// rename, so two instances saving the same file within a millisecond are served one after the
/// other: the second sees the first one's file and is asked, instead of both believing they
/// saved. It is `flock` on the folder itself, so no lock file is ever left beside the user's
/// scenario, and the kernel drops it when a process dies (a `kill -9` mid-save leaves no lock).
public final class FolderLock {
  private var descriptor: Int32

  /// How long a writer waits for another one before giving up with a message.
  public static let patience = 10.0

  /// Takes the lock on `folder`, waiting up to `patience` seconds for another writer.
  /// Where the file system cannot lock (some network shares), the write goes ahead unlocked:
  /// refusing to save there would lose more than it protects.
  public init(folder: String, patience: Double = FolderLock.patience) throws(ScenarioFileError) {
    descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    var waited = 0.0
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK else { return }
      if waited >= patience {
        close(descriptor)
        descriptor = -1
        throw .cannotWrite(
          path: folder,
          reason: "another program has been writing in this folder for \(Int(patience)) s; try again")
      }
      usleep(2_000)
      waited += 0.002
    }
  }

  /// Takes the lock on the folder that holds `path`.
  public convenience init(around path: String) throws(ScenarioFileError) {
    try self.init(folder: ScenarioStore.folder(of: path))
  }

  /// Gives the lock back; also done when the value goes away.
  public func release() {
    guard descriptor >= 0 else { return }
    flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
