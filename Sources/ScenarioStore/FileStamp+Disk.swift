import ForceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a file's stamp from the disk.
extension FileStamp {
  /// The stamp in a `stat` result.
  init(_ info: stat) {
    #if canImport(Darwin)
      self.init(
        device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
        modifiedSeconds: Int64(info.st_mtimespec.tv_sec), modifiedNanoseconds: Int64(info.st_mtimespec.tv_nsec))
    #else
      self.init(
        device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
        modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
    #endif
  }

  /// The stamp of the file at `path` now, or nil when there is no such file.
  public static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileStamp(info)
  }

  /// The stamp of the directory entry at `path` itself, a link not followed (`lstat`): for
  /// files in a folder others may write to, such as journals and locks. With `regularOnly`,
  /// nil for anything but a regular file.
  public static func ofEntry(_ path: String, regularOnly: Bool = false) -> FileStamp? {
    var info = stat()
    guard lstat(path, &info) == 0, !regularOnly || (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return FileStamp(info)
  }
}
