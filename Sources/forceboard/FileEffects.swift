import Dashboard
import ForceModel

#if canImport(Glibc)
  import Glibc
#endif

/// Carries out the effects `reduce` asks for that touch files: saving, opening, journals.
///
/// With no journal folder (read-only), it writes nothing at all.
struct FileEffects {
  /// `$XDG_STATE_HOME/forceboard`; nil: never write a journal.
  var journalFolder: String?

  /// The absolute, resolved path of a file (or of its folder, for a file not yet written), so
  /// that `a.yaml` and `./a.yaml` share one journal.
  static func absolutePath(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return cwd + "/" + path
  }

  func save(_ request: SaveRequest) -> SaveOutcome {
    if !request.overwrite {
      let now = FileStamp.of(request.path)
      if let expected = request.expectedStamp {
        if now != expected { return .changedOnDisk(path: request.path, quitAfter: request.quitAfter) }
      } else if now != nil {
        return .exists(path: request.path, quitAfter: request.quitAfter)
      }
    }
    do {
      let saved = try ScenarioFile.save(request.scenario, to: request.path)
      return .saved(
        path: request.path, saved, journalKey: Self.absolutePath(request.path), quitAfter: request.quitAfter)
    } catch {
      if case .cannotWrite(_, let reason) = error { return .failed(path: request.path, reason: reason) }
      return .failed(path: request.path, reason: error.description)
    }
  }

  func open(_ path: String) -> Action {
    do {
      let loaded = try ScenarioArgument.loadFile(path)
      return .opened(
        OpenedScenario(
          scenario: loaded.scenario, sourceName: loaded.shortName, document: loaded.document,
          journal: journal(for: loaded.document).journal))
    } catch {
      return .openFailed(Self.oneLine(error, path: path))
    }
  }

  /// Reads the watched file again: new data, or why the old data stays.
  func reload(_ path: String) -> Action {
    do {
      let loaded = try ScenarioArgument.loadFile(path)
      return .reloaded(
        OpenedScenario(scenario: loaded.scenario, sourceName: loaded.shortName, document: loaded.document))
    } catch {
      return .reloadFailed(Self.oneLine(error, path: path))
    }
  }

  /// A load failure on one line, for a status line or a banner: the first problem with its
  /// line and column under the file's name, and how many more there are.
  static func oneLine(_ error: ScenarioFileError, path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if case .cannotRead(_, let reason) = error { return "\(name) cannot be read: \(reason)" }
    let diagnostics = error.diagnostics
    var first = diagnostics.first?.description ?? error.description
    if first.hasPrefix(path + ":") { first = name + first.dropFirst(path.count) }
    return diagnostics.count > 1 ? "\(first) (and \(diagnostics.count - 1) more)" : first
  }

  /// The journal left for a scenario, if it applies to this version of it; or a note why not.
  func journal(for document: ScenarioDocument) -> (journal: EditJournal?, note: String?) {
    guard let folder = journalFolder else { return (nil, nil) }
    let path = EditJournal.path(for: document.journalKey, in: folder)
    guard access(path, F_OK) == 0 else { return (nil, nil) }
    do {
      let journal = try EditJournal.read(path)
      guard journal.source == document.journalKey, !journal.edits.isEmpty else { return (nil, nil) }
      guard journal.digest == document.digest else {
        return (nil, "Unsaved edits were journalled for another version of this file; kept in \(path)")
      }
      return (journal, nil)
    } catch {
      return (nil, "A journal could not be read and was kept for you: \(error.diagnostics.first?.description ?? "")")
    }
  }

  /// Writes a journal; returns a message when that failed (the edits stay in memory).
  func write(_ journal: EditJournal) -> String? {
    guard let folder = journalFolder else { return nil }
    if !makeFolder(folder) {
      return "Cannot journal edits in \(folder): \(String(cString: strerror(errno))); save with w"
    }
    do {
      try journal.write(to: EditJournal.path(for: journal.source, in: folder))
      return nil
    } catch {
      return "Cannot journal edits: \(error.description); save with w"
    }
  }

  func deleteJournal(_ key: String) {
    guard let folder = journalFolder else { return }
    unlink(EditJournal.path(for: key, in: folder))
  }

  /// `mkdir -p` with private permissions: journals hold the user's unpublished figures.
  func makeFolder(_ folder: String) -> Bool {
    var built = folder.hasPrefix("/") ? "" : "."
    for part in folder.split(separator: "/") {
      built += "/" + part
      if mkdir(built, 0o700) != 0 && errno != EEXIST { return false }
    }
    return true
  }
}
