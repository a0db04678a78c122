import ForceModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scenario files on disk: reading, validating and writing them, at the edge.
///
/// Reading is all or nothing, and never blocks: a path that is not a regular file is refused
/// before a byte is read. Writing is atomic: the new text goes to a temporary file in the same
/// folder, is flushed to disk, and is renamed over the old one under the folder's `FolderLock`,
/// so a failure at any point leaves the old file as it was.
public enum ScenarioStore {
  /// Reads and validates the scenario file at `path`.
  public static func load(_ path: String) throws(ScenarioFileError) -> Scenario {
    try ScenarioFile.decode(bytes: readBytes(path), file: path)
  }

  /// Reads and validates a scenario file, and notes its digest and stamp for later checks
  /// (changed on disk since loaded? is this the file a journal was written against?).
  ///
  /// The digest of a large file (a byte at a time: a tenth of a second for 80 MB) is worked out
  /// on another thread while the file is read.
  public static func loadFile(_ path: String) throws(ScenarioFileError) -> ScenarioFile.LoadedFile {
    var stamp: FileStamp?
    let bytes = try readBytes(path, stamp: &stamp)
    guard bytes.count >= 1 << 20 else {
      return ScenarioFile.LoadedFile(
        scenario: try ScenarioFile.decode(bytes: bytes, file: path), digest: ContentDigest(bytes), stamp: stamp)
    }
    let digest = DigestJob(bytes)
    let scenario = try ScenarioFile.decode(bytes: bytes, file: path)
    return ScenarioFile.LoadedFile(scenario: scenario, digest: digest.result(), stamp: stamp)
  }

  /// Writes a scenario atomically; on failure the file at `path` is untouched. `lockHeld`: the
  /// caller already holds the folder's `FolderLock` (it checked the file on disk under it).
  @discardableResult
  public static func save(
    _ scenario: Scenario, to path: String, format: ScenarioFile.Format? = nil, lockHeld: Bool = false
  ) throws(ScenarioFileError) -> ScenarioFile.SavedFile {
    let bytes = Array(ScenarioFile.encode(scenario, as: format ?? ScenarioFile.Format(path: path)).utf8)
    try writeAtomically(bytes, to: path, lockHeld: lockHeld)
    return ScenarioFile.SavedFile(digest: ContentDigest(bytes), stamp: FileStamp.of(path))
  }

  /// Reads a whole scenario file, refusing one over the size limit before reading it.
  public static func readBytes(_ path: String) throws(ScenarioFileError) -> [UInt8] {
    var stamp: FileStamp?
    return try readBytes(path, stamp: &stamp)
  }

  /// Reads a regular file's bytes, up to the largest scenario read, and its stamp.
  public static func readBytes(_ path: String, stamp: inout FileStamp?) throws(ScenarioFileError) -> [UInt8] {
    try readRegularFile(path, limit: ScenarioFile.maximumBytes, stamp: &stamp) { size in
      .invalid([
        ScenarioDiagnostic(
          file: path, mark: .start,
          message:
            "the file is \(Format.count(size)) bytes, over the limit of \(Format.count(ScenarioFile.maximumBytes))",
          hint: "split the scenario, or check that this is the right file")
      ])
    }
  }

  /// Reads a whole regular file of at most `limit` bytes when its stamp is not needed (a theme,
  /// a journal, a header file).
  public static func readRegularFile(_ path: String, limit: Int, secret: Bool = false) throws(ScenarioFileError)
    -> [UInt8]
  {
    var stamp: FileStamp?
    return try readRegularFile(path, limit: limit, stamp: &stamp, secret: secret)
  }

  /// Reads a whole regular file of at most `limit` bytes: a scenario, a theme, a journal.
  ///
  /// The file is opened without blocking and checked with `fstat` before a byte is read, so a
  /// named pipe with no writer, a device or a socket is refused at once with what it is,
  /// instead of leaving the reader (a command, the kiosk's reader thread) blocked in `open`.
  /// `tooLarge` makes the error for a file over the limit, from its size; by default it cannot
  /// be read, with both sizes said.
  /// `secret`: the file holds credentials, so, as ssh does with a key, it is refused when
  /// anyone but its owner may read or change it.
  public static func readRegularFile(
    _ path: String, limit: Int, stamp: inout FileStamp?, secret: Bool = false,
    tooLarge: ((Int) -> ScenarioFileError)? = nil
  ) throws(ScenarioFileError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { throw .cannotRead(path: path, reason: errorText(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: errorText(errno)) }
    if let kind = notARegularFile(info.st_mode) { throw .cannotRead(path: path, reason: kind) }
    if secret, info.st_mode & 0o077 != 0 {
      let mode = String(info.st_mode & 0o777, radix: 8)
      throw .cannotRead(
        path: path,
        reason:
          "others may read it (mode \(mode)) and it holds credentials; make it private with: chmod 600 \(TextSanitizer.clean(path, limit: 120))"
      )
    }
    // A regular file never blocks; reads go on as usual.
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    stamp = FileStamp(info)
    let size = Int(info.st_size)
    if size > limit {
      throw tooLarge?(size)
        ?? .cannotRead(
          path: path, reason: "it holds \(Format.count(size)) bytes, over the limit of \(Format.count(limit))")
    }
    // Read straight into the array, sized as `fstat` said, with a byte to spare to see whether
    // the file grew; only a file that grew is read on in pieces.
    var failure: Int32?
    var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, filled in
      adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
      if size >= halvesFrom, readInHalves(fd, into: buffer, size: size) {
        filled = size
        if lseek(fd, off_t(size), SEEK_SET) < 0 { failure = errno }
      }
      if failure == nil { failure = readAll(fd, into: buffer, filled: &filled) }
    }
    if failure == nil, bytes.count > size {
      var piece = [UInt8](repeating: 0, count: 1 << 16)
      while failure == nil, bytes.count <= limit {
        var count = 0
        piece.withUnsafeMutableBufferPointer { failure = readAll(fd, into: $0, filled: &count) }
        bytes.append(contentsOf: piece[0..<count])
        if count < piece.count { break }
      }
    }
    if let failure { throw .cannotRead(path: path, reason: errorText(failure)) }
    return bytes
  }

  /// Asks for `buffer`'s whole 2 MiB pages to be huge pages.
  static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    guard let base = buffer.baseAddress, buffer.count >= 4 << 20 else { return }
    let huge = 2 << 20
    let start = (Int(bitPattern: base) + huge - 1) / huge * huge
    let end = (Int(bitPattern: base) + buffer.count) / huge * huge
    guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(pointer, end - start, MADV_HUGEPAGE)
  }

  /// From this size on a file is read in two halves at once.
  package static let halvesFrom = 8 << 20

  /// Reads the first `size` bytes of `fd` into `buffer` as two halves at once, one on another
  /// thread: most of reading a 79 MB file is the kernel clearing the fresh pages it is read
  /// into, and two cores clear them in half the time. False, with nothing counted as read,
  /// when a half could not be read in full (the file shrank, or a read failed): the caller
  /// then reads it from the start, one piece after another, and reports what went wrong.
  private static func readInHalves(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, size: Int) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    let halves = [0..<size / 2, size / 2..<size]
    var complete = [false, false]
    complete.withUnsafeMutableBufferPointer { slots in
      let box = UnsafeSendable((base, slots))
      JoinableThread.inParallel(2) { half in
        let (base, slots) = box.value
        var offset = halves[half].lowerBound
        while offset < halves[half].upperBound {
          let count = pread(fd, base + offset, halves[half].upperBound - offset, off_t(offset))
          if count < 0, errno == EINTR { continue }
          if count <= 0 { return }
          offset += count
        }
        slots[half] = true
      }
    }
    return complete == [true, true]
  }

  /// Reads from `fd` until `buffer` is full or the file ends, counting into `filled`; the error
  /// number of a read that failed, or nil.
  private static func readAll(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, filled: inout Int) -> Int32?
  {
    while filled < buffer.count {
      let count = read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if count == 0 { break }
      filled += count
    }
    return nil
  }

  /// What a path is when it is not a regular file, in words for an error; nil for a file.
  static func notARegularFile(_ mode: mode_t, writing: Bool = false) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: "it is a folder, not a file"
    case S_IFIFO: "it is a named pipe (FIFO), not a regular file; ForceBoard \(writing ? "writes" : "reads") files only"
    case S_IFCHR, S_IFBLK: "it is a device, not a regular file"
    case S_IFSOCK: "it is a socket, not a regular file"
    default: "it is not a regular file"
    }
  }

  /// The folder a path is in (`.` for a bare name).
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// The permissions a newly written file gets.
  public enum Permissions: Sendable {
    /// Those of the file it replaces, or `mode` for a new file (a scenario keeps its mode).
    case keepExisting(newFile: mode_t)
    /// Always these (a journal is private whatever the file it replaces had).
    case always(mode_t)
  }

  /// The suffix of our temporary files: `.NAME.forceboard-XXXXXX` beside the file they become.
  static let temporaryMarker = ".forceboard-"

  /// The file a write to `path` must replace: the path itself, or where its symbolic links
  /// lead. The one rule every write of ours follows.
  ///
  /// A link is followed to its target (as editors do), so saving through `l2.yaml → real.yaml`
  /// changes `real.yaml` and keeps the link; a rename over the link itself would turn it into
  /// a plain file and leave the real scenario unchanged. The target must be a regular file or
  /// not exist yet: a named pipe, a device (`/dev/null`), a socket or a folder is refused with
  /// what it is, never replaced by a file.
  public static func writeTarget(_ path: String) throws(ScenarioFileError) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else {
        if errno == ENOENT { return current }
        throw .cannotWrite(path: path, reason: errorText(errno))
      }
      guard (info.st_mode & S_IFMT) == S_IFLNK else {
        if let kind = notARegularFile(info.st_mode, writing: true) {
          let target = current == path ? "" : " (\(FileName.of(path)) leads to \(current))"
          throw .cannotWrite(path: path, reason: kind + target)
        }
        return current
      }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { throw .cannotWrite(path: path, reason: errorText(errno)) }
      let target = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
    }
    throw .cannotWrite(path: path, reason: "too many symbolic links (a loop?)")
  }

  /// Temporary file in the same folder, write, fsync, rename, fsync the folder — under the
  /// folder's `FolderLock` unless the caller holds it already. A link is written through to its
  /// target, and what is not a regular file is refused (`writeTarget`).
  public static func writeAtomically(
    _ bytes: [UInt8], to requested: String, permissions: Permissions = .keepExisting(newFile: 0o644),
    lockHeld: Bool = false
  ) throws(ScenarioFileError) {
    let path = try writeTarget(requested)
    let folder = folder(of: path)
    let name = FileName.of(path)
    let lock = lockHeld ? nil : try FolderLock(folder: folder)
    defer { lock?.release() }
    var template = Array("\(folder)/.\(name)\(temporaryMarker)XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw .cannotWrite(path: path, reason: errorText(errno)) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var keepTemporary = false
    defer {
      if !keepTemporary { unlink(temporary) }
    }
    var mode: mode_t
    switch permissions {
    case .always(let fixed): mode = fixed
    case .keepExisting(let newFile):
      mode = newFile
      var existing = stat()
      if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
    }
    fchmod(fd, mode)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        raw.baseAddress.map { write(fd, $0 + offset, raw.count - offset) } ?? -1
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = errorText(errno)
        close(fd)
        throw .cannotWrite(path: path, reason: reason)
      }
      offset += written
    }
    if fsync(fd) != 0 {
      let reason = errorText(errno)
      close(fd)
      throw .cannotWrite(path: path, reason: reason)
    }
    if close(fd) != 0 { throw .cannotWrite(path: path, reason: errorText(errno)) }
    if rename(temporary, path) != 0 { throw .cannotWrite(path: path, reason: errorText(errno)) }
    keepTemporary = true
    let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      fsync(folderFD)
      close(folderFD)
    }
  }

  /// Removes the temporary files of ours that a killed writer left in `folder`
  /// (`.NAME.forceboard-XXXXXX`), and returns their names.
  ///
  /// Safe beside a running instance: every writer of ours holds the folder's lock while its
  /// temporary file exists, and this runs under the same lock, so a file found here belongs to
  /// nobody. Other files are never touched.
  @discardableResult
  public static func removeStrayTemporaries(in folder: String) -> [String] {
    guard let lock = try? FolderLock(folder: folder, patience: 1) else { return [] }
    defer { lock.release() }
    var removed: [String] = []
    for name in fileNames(in: folder) {
      guard isTemporaryName(name) else { continue }
      let path = folder + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
      if unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// The names in a folder (without `.` and `..`), sorted; none when it cannot be listed.
  public static func fileNames(in folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// True for a name `mkstemp` made from our template: `.` + name + `.forceboard-` + 6 characters.
  static func isTemporaryName(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    let marker = Array(temporaryMarker.utf8)
    guard bytes.count > 1 + 1 + marker.count + 6, bytes[0] == UInt8(ascii: ".") else { return false }
    let tail = bytes.suffix(6)
    let before = bytes.dropLast(6).suffix(marker.count)
    return Array(before) == marker
      && tail.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
  }

  static func errorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
