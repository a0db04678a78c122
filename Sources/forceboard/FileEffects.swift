import Dashboard
import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// Carries out the effects `reduce` asks for that touch files: saving, opening, journals.
///
/// With no journal folder (read-only), it writes nothing at all.
struct FileEffects: Sendable {
  /// `$XDG_STATE_HOME/forceboard`; nil: never write a journal.
  var journalFolder: String?
  /// This editing instance: its journals carry its name, and its lock says it is alive.
  let instance = InstanceLock()

  init(journalFolder: String?) {
    self.journalFolder = journalFolder
  }

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

  /// Saves under the folder's lock: the changed-on-disk check and the rename happen with no
  /// other writer of ours in between, so of two instances saving at once the second is asked.
  func save(_ request: SaveRequest) -> SaveOutcome {
    do {
      // A link is saved through to its target, under the lock of the target's folder.
      let lock = try FolderLock(around: ScenarioStore.writeTarget(request.path))
      defer { lock.release() }
      if !request.overwrite {
        let now = FileStamp.of(request.path)
        if let expected = request.expectedStamp {
          if now != expected {
            return .changedOnDisk(
              path: request.path, quitAfter: request.quitAfter,
              change: Self.change(since: request.onDisk, at: request.path))
          }
        } else if now != nil {
          return .exists(path: request.path, quitAfter: request.quitAfter)
        }
      }
      let saved = try ScenarioStore.save(request.scenario, to: request.path, lockHeld: true)
      return .saved(
        path: request.path, saved, journalKey: Self.absolutePath(request.path), quitAfter: request.quitAfter)
    } catch {
      if case .cannotWrite(_, let reason) = error { return .failed(path: request.path, reason: reason) }
      return .failed(path: request.path, reason: error.description)
    }
  }

  /// What someone else changed in the file since this session read or wrote it, in a few words:
  /// `strength.planned 2,500 → 2,600, and 2 more`; or what the file is now, if not a scenario.
  static func change(since known: Scenario?, at path: String) -> String? {
    guard FileStamp.of(path) != nil else { return "it was deleted or moved" }
    let theirs: Scenario
    do {
      theirs = try ScenarioStore.load(path)
    } catch {
      return "it is no longer a valid scenario: " + oneLine(error, path: path)
    }
    guard let known else { return nil }
    let changes = ScenarioDiff.inputChanges(known, theirs)
    guard let first = changes.first else { return "same figures, written again" }
    let more = changes.count > 1 ? ", and \(changes.count - 1) more" : ""
    return "\(first.path) \(first.before) → \(first.after)\(more)"
  }

  func open(_ path: String) -> Action {
    // An address is someone else's data to follow, not a file to edit in this session.
    if RemoteAddress.looksLikeAddress(path) {
      return .openFailed(
        "\(RemoteAddress.shownForm(path)): \(KeyMap.panels.key(.open)) opens files to edit; to follow an address, start forceboard with it (read-only, \(KeyMap.panels.key(.saveAs)) keeps a copy)"
      )
    }
    do {
      let loaded = try ScenarioArgument.loadFile(path)
      let found = journals(for: loaded.document)
      return .opened(loaded.opened(journals: found.offers, notes: found.notes))
    } catch {
      return .openFailed(Self.oneLine(error, path: path))
    }
  }

  /// Reads the watched file again: new data, or why the old data stays.
  func reload(_ path: String) -> Action {
    do {
      let loaded = try ScenarioArgument.loadFile(path)
      return .reloaded(loaded.opened())
    } catch {
      return .reloadFailed(Self.oneLine(error, path: path))
    }
  }

  /// A load failure on one line, under the file's short name.
  static func oneLine(_ error: ScenarioFileError, path: String) -> String {
    error.oneLine(path: path, as: FileName.of(path))
  }

  // MARK: - Journals

  /// Every journal other sessions left for a scenario, newest first, and notes about those
  /// that cannot be offered. A journal whose writer still runs is left alone; one that cannot
  /// be read is set aside under a name that says so (never deleted); one written against
  /// another version of the file is offered, marked as such.
  func journals(for document: ScenarioDocument) -> (offers: [JournalOffer], notes: [String]) {
    guard let folder = journalFolder else { return ([], []) }
    let prefix = EditJournal.prefix(for: document.journalKey)
    let legacy = EditJournal.legacyName(for: document.journalKey)
    let names = ScenarioStore.fileNames(in: folder).filter {
      $0 == legacy || ($0.hasPrefix(prefix) && $0.hasSuffix(".json"))
    }
    var offers: [(modified: Int, offer: JournalOffer)] = []
    var notes: [String] = []
    var liveOthers = 0
    for name in names {
      let path = folder + "/" + name
      let owner = name == legacy ? nil : String(name.dropFirst(prefix.count).dropLast(".json".count))
      if let owner {
        if owner == instance.id { continue }
        if InstanceLock.isAlive(owner, in: folder) {
          liveOthers += 1
          continue
        }
      }
      let modified = FileStamp.ofEntry(path).map { Int($0.modifiedSeconds) } ?? 0
      do {
        let journal = try EditJournal.read(path)
        guard journal.source == document.journalKey else {
          notes.append(setAside(path, reason: "other-file", why: "it names another file"))
          continue
        }
        offers.append(
          (
            modified,
            JournalOffer(
              path: path, journal: journal, written: Self.localTime(modified, today: Int(time(nil))),
              otherVersion: journal.digest != document.digest)
          ))
      } catch {
        let why = error.diagnostics.first.map { Self.oneLine(.invalid([$0]), path: path) } ?? error.description
        notes.append(setAside(path, reason: "damaged", why: why))
      }
      if let owner { unlink(InstanceLock.path(of: owner, in: folder)) }
    }
    if liveOthers > 0 {
      notes.append(
        "another ForceBoard is editing this file too; its unsaved edits are its own, and saves are checked against each other"
      )
    }
    return (offers.sorted { $0.modified > $1.modified }.map(\.offer), notes)
  }

  /// Renames a journal to `unusable-…-REASON.json` beside it and says so in one line.
  @discardableResult
  func setAside(_ path: String, reason: String, why: String? = nil) -> String {
    let folder = ScenarioStore.folder(of: path)
    let stem = String(FileName.of(path).dropLast(".json".count))
    var target = "\(folder)/unusable-\(stem)-\(reason).json"
    var counter = 2
    while access(target, F_OK) == 0 {
      target = "\(folder)/unusable-\(stem)-\(reason)-\(counter).json"
      counter += 1
    }
    guard rename(path, target) == 0 else {
      return "a journal could not be used\(why.map { " (\($0))" } ?? "") and stays as it was at \(path)"
    }
    return "a journal could not be used\(why.map { " (\($0))" } ?? ""); it was kept as \(target)"
  }

  /// This instance's journal for a scenario.
  func ownJournalPath(for key: String) -> String? {
    journalFolder.map { EditJournal.path(for: key, instance: instance.id, in: $0) }
  }

  /// Writes this instance's journal; returns a message when that failed (the edits stay in
  /// memory).
  func write(_ journal: EditJournal) -> String? {
    guard let folder = journalFolder, let path = ownJournalPath(for: journal.source) else { return nil }
    if !makeFolder(folder) {
      return "Cannot journal edits in \(folder): \(String(cString: strerror(errno))); save with w"
    }
    instance.hold(in: folder)
    do {
      try journal.write(to: path)
      return nil
    } catch {
      return "Cannot journal edits: \(error.description); save with w"
    }
  }

  /// Drops this instance's journal of a scenario (saved, undone, or the user quit without it).
  func deleteJournal(_ key: String) {
    guard let path = ownJournalPath(for: key) else { return }
    unlink(path)
  }

  /// Drops journals the user discarded or restored; only journals, only in the state folder.
  func discardJournals(_ paths: [String]) {
    guard let folder = journalFolder else { return }
    for path in paths where ScenarioStore.folder(of: path) == folder && FileName.of(path).hasPrefix("journal-") {
      unlink(path)
    }
  }

  /// Removes the temporary files killed writers left beside the scenario and in the state
  /// folder. Editing sessions only: read-only never writes, not even to tidy up.
  func removeStrayTemporaries(besides path: String?) {
    guard let folder = journalFolder else { return }
    ScenarioStore.removeStrayTemporaries(in: folder)
    InstanceLock.removeStale(in: folder, now: WallClock.now().seconds)
    if let path { ScenarioStore.removeStrayTemporaries(in: ScenarioStore.folder(of: path)) }
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

  /// `today 14:03`, or `2026-11-28 14:03` for another day, in local time.
  static func localTime(_ seconds: Int, today: Int) -> String {
    func local(_ seconds: Int) -> tm {
      var time = time_t(seconds)
      var value = tm()
      localtime_r(&time, &value)
      return value
    }
    let then = local(seconds)
    let now = local(today)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let clock = "\(two(then.tm_hour)):\(two(then.tm_min))"
    if then.tm_year == now.tm_year && then.tm_yday == now.tm_yday { return "today " + clock }
    return "\(then.tm_year + 1900)-\(two(then.tm_mon + 1))-\(two(then.tm_mday)) \(clock)"
  }
}
