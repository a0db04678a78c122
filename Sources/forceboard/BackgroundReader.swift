import Dashboard
import ForceModel
import ScenarioStore
import Synchronization

/// Reads the watched scenario file on a thread of its own, so that a large file (seconds of
/// parsing for tens of megabytes of YAML) never stops the clock, the quit chord or the screen.
///
/// At most one read runs at a time. A change noticed while a read runs is remembered and read
/// once more after it, so the last version of the file is always the one that ends up on
/// screen; a finished read that nobody has taken yet is replaced by a newer one.
///
/// A read that never ends (a file on a hung network share; a named pipe is refused at once) must not
/// leave old figures on the wall as if they were current: past `slowAfter` seconds, `overdue`
/// reports it, and again every `slowEvery` seconds with the time so far, and the display shows
/// it as not live until a read finishes.
final class BackgroundReader: Sendable {
  private struct Mailbox {
    var reading = false
    var again = false
    var result: Action?
    /// When the running read started (monotonic seconds), and the seconds it had run when it
    /// was last reported as slow (nil: not yet).
    var startedAt = 0.0
    var reportedAt: Double?
  }

  let path: String
  let slowAfter: Double
  /// What one read does: `FileEffects.reload` of the path, or a poll of an address (tests hand
  /// in a read that waits). Nil: nothing to report (a 304).
  private let load: @Sendable (String) -> Action?
  /// What a read running past `slowAfter` is reported as, by seconds so far.
  private let slowMessage: @Sendable (String, Int) -> String
  private let mailbox = Mutex(Mailbox())

  convenience init(path: String, files: FileEffects, slowAfter: Double = 15) {
    self.init(path: path, slowAfter: slowAfter) { files.reload($0) }
  }

  init(
    path: String, slowAfter: Double = 15,
    slowMessage: @escaping @Sendable (String, Int) -> String = { name, seconds in
      "\(name) changed, and reading it has taken \(seconds) s so far (a slow or hung disk or share?)"
    },
    load: @escaping @Sendable (String) -> Action?
  ) {
    self.path = path
    self.slowAfter = slowAfter
    self.slowMessage = slowMessage
    self.load = load
  }

  /// How often a slow read's banner is brought up to date.
  static let slowEvery = 5

  /// For a read that has run longer than `slowAfter`: the failure to show for it, then again
  /// every `slowEvery` seconds, so the banner's "so far" keeps counting.
  func overdue(now: Double) -> Action? {
    let seconds = mailbox.withLock { box -> Int? in
      let ran = now - box.startedAt
      guard box.reading, ran >= slowAfter, ran >= (box.reportedAt ?? -.infinity) + Double(Self.slowEvery) else {
        return nil
      }
      box.reportedAt = ran
      return Int(ran)
    }
    guard let seconds else { return nil }
    return .reloadFailed(slowMessage(FileName.of(path), seconds))
  }

  /// Asks for the file to be read; returns at once.
  func request() {
    let start = mailbox.withLock { box -> Bool in
      if box.reading {
        box.again = true
        return false
      }
      box.reading = true
      box.startedAt = WallClock.monotonic()
      box.reportedAt = nil
      return true
    }
    guard start else { return }
    // A thread of its own, let go at once (never joined): it holds the reader until done; with
    // no thread to be had, the read runs here, late rather than never.
    _ = JoinableThread { [self] in read() }
  }

  /// The outcome of the last finished read, once.
  func take() -> Action? {
    mailbox.withLock { box in
      defer { box.result = nil }
      return box.result
    }
  }

  /// True while a read runs (or one more is due).
  var isReading: Bool { mailbox.withLock { $0.reading } }

  private func read() {
    while true {
      let action = load(path)
      let more = mailbox.withLock { box -> Bool in
        if let action { box.result = action }
        if box.again {
          box.again = false
          box.startedAt = WallClock.monotonic()
          box.reportedAt = nil
          return true
        }
        box.reading = false
        return false
      }
      if !more { return }
    }
  }
}
