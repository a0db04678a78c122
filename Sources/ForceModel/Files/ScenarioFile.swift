#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads, validates and writes scenario files.
///
/// Reading is all or nothing. Writing is atomic: the new text goes to a temporary file in the
/// same folder, is flushed to disk, and is renamed over the old one, so a failure at any point
/// leaves the old file as it was.
public enum ScenarioFile {
  public enum Format: String, Sendable, CaseIterable {
    case yaml
    case json

    /// The format a file name implies: `.json` is JSON, anything else YAML.
    public init(path: String) {
      self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
  }

  /// Parses scenario text (YAML or JSON) held in memory; `file` names it in diagnostics.
  public static func decode(bytes: [UInt8], file: String) throws(ScenarioFileError) -> Scenario {
    let root = try ScenarioText.tree(bytes: bytes, file: file)
    let decoder = ScenarioDecoder(file: file)
    guard let scenario = decoder.decode(root), decoder.diagnostics.isEmpty else {
      throw .invalid(decoder.diagnostics)
    }
    return scenario
  }

  /// Reads and validates the scenario file at `path`.
  public static func load(_ path: String) throws(ScenarioFileError) -> Scenario {
    try decode(bytes: readBytes(path), file: path)
  }

  /// A scenario as read from disk, with what tells this version of the file from any other.
  public struct LoadedFile: Sendable {
    public var scenario: Scenario
    public var digest: ContentDigest
    public var stamp: FileStamp?
  }

  /// Reads and validates a scenario file, and notes its digest and stamp for later checks
  /// (changed on disk since loaded? is this the file a journal was written against?).
  public static func loadFile(_ path: String) throws(ScenarioFileError) -> LoadedFile {
    var stamp: FileStamp?
    let bytes = try readBytes(path, stamp: &stamp)
    return LoadedFile(scenario: try decode(bytes: bytes, file: path), digest: ContentDigest(bytes), stamp: stamp)
  }

  /// What a save left on disk.
  public struct SavedFile: Sendable, Hashable {
    public var digest: ContentDigest
    public var stamp: FileStamp?
  }

  /// The text of a scenario in the given format.
  public static func encode(_ scenario: Scenario, as format: Format) -> String {
    let node = ScenarioEncoder.encode(scenario)
    switch format {
    case .yaml:
      return
        "# ForceBoard scenario, schema \(Scenario.schemaVersion). Figures carry their sources; see the sources list.\n"
        + DocumentWriter.yaml(node)
    case .json:
      return DocumentWriter.json(node)
    }
  }

  /// Writes a scenario atomically; on failure the file at `path` is untouched.
  @discardableResult
  public static func save(_ scenario: Scenario, to path: String, format: Format? = nil) throws(ScenarioFileError)
    -> SavedFile
  {
    let bytes = Array(encode(scenario, as: format ?? Format(path: path)).utf8)
    try writeAtomically(bytes, to: path)
    return SavedFile(digest: ContentDigest(bytes), stamp: FileStamp.of(path))
  }

  /// Reads a whole file, refusing one over the size limit before reading it.
  static func readBytes(_ path: String) throws(ScenarioFileError) -> [UInt8] {
    var stamp: FileStamp?
    return try readBytes(path, stamp: &stamp)
  }

  static func readBytes(_ path: String, stamp: inout FileStamp?) throws(ScenarioFileError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotRead(path: path, reason: errorText(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: errorText(errno)) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .cannotRead(path: path, reason: "it is a folder, not a file") }
    stamp = FileStamp(info)
    if Int(info.st_size) > ScenarioText.maximumBytes {
      throw .invalid([
        ScenarioDiagnostic(
          file: path, mark: .start,
          message:
            "the file is \(ForceModel.Format.count(Int(info.st_size))) bytes, over the limit of \(ForceModel.Format.count(ScenarioText.maximumBytes))",
          hint: "split the scenario, or check that this is the right file")
      ])
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotRead(path: path, reason: errorText(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > ScenarioText.maximumBytes { break }
    }
    return bytes
  }

  /// Temporary file in the same folder, write, fsync, rename, fsync the folder.
  static func writeAtomically(
    _ bytes: [UInt8], to path: String, flush: Bool = true, newFileMode: mode_t = 0o644
  ) throws(ScenarioFileError) {
    let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).forceboard-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw .cannotWrite(path: path, reason: errorText(errno)) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var keepTemporary = false
    defer {
      if !keepTemporary { unlink(temporary) }
    }
    var mode = newFileMode
    var existing = stat()
    if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
    fchmod(fd, mode)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = errorText(errno)
        close(fd)
        throw .cannotWrite(path: path, reason: reason)
      }
      offset += written
    }
    if flush, fsync(fd) != 0 {
      let reason = errorText(errno)
      close(fd)
      throw .cannotWrite(path: path, reason: reason)
    }
    if close(fd) != 0 { throw .cannotWrite(path: path, reason: errorText(errno)) }
    if rename(temporary, path) != 0 { throw .cannotWrite(path: path, reason: errorText(errno)) }
    keepTemporary = true
    guard flush else { return }
    let folderFD = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      fsync(folderFD)
      close(folderFD)
    }
  }

  static func errorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}
