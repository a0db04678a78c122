import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// Notices when the scenario file changes: inotify on its folder (which also sees an editor
/// renaming a new file over it, and the file disappearing), plus a stat every two seconds as
/// the fallback where inotify is not available (or missed something, as on network shares).
/// Changes are debounced: a reload waits until the file has been quiet for a moment.
final class FileWatcher {
  let path: String
  let name: String
  private var inotify: Int32 = -1
  private var lastStamp: FileStamp?
  private var lastStat = 0.0
  private var pendingSince: Double?
  static let quietSeconds = 0.3
  static let pollSeconds = 2.0

  init(path: String, stamp: FileStamp?) {
    self.path = path
    name = FileName.of(path)
    lastStamp = stamp
    let folder = ScenarioStore.folder(of: path)
    inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    if inotify >= 0 {
      let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
      if inotify_add_watch(inotify, folder, mask) < 0 {
        close(inotify)
        inotify = -1
      }
    }
  }

  deinit { if inotify >= 0 { close(inotify) } }

  var usesInotify: Bool { inotify >= 0 }

  /// The file as it is now is ours (we just saved it): not a change to report.
  func accept(_ stamp: FileStamp?) {
    lastStamp = stamp
    pendingSince = nil
  }

  /// True when the file is not there any more.
  var isGone: Bool { FileStamp.of(path) == nil }

  /// True when the file changed and has been quiet long enough to read.
  func changed(now: Double) -> Bool {
    if drainEvents() { pendingSince = now }
    if now - lastStat >= Self.pollSeconds {
      lastStat = now
      if FileStamp.of(path) != lastStamp, pendingSince == nil { pendingSince = now }
    }
    guard let since = pendingSince, now - since >= Self.quietSeconds else { return false }
    // Still being written? A stamp that moved since the event means: wait a little more.
    let stamp = FileStamp.of(path)
    pendingSince = nil
    guard stamp != lastStamp else { return false }
    lastStamp = stamp
    return true
  }

  /// Reads every pending inotify event; true when one concerns our file.
  private func drainEvents() -> Bool {
    guard inotify >= 0 else { return false }
    var mine = false
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      var offset = 0
      let headerSize = MemoryLayout<inotify_event>.size
      while offset + headerSize <= count {
        let length = buffer.withUnsafeBytes { raw in
          Int(raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self).len)
        }
        let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + length)].prefix { $0 != 0 }
        if String(decoding: nameBytes, as: UTF8.self) == name { mine = true }
        offset += headerSize + length
      }
    }
    return mine
  }
}
