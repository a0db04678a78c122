import Dashboard
import Foundation
import Synchronization
import Testing

@testable import forceboard

/// The watched file is read off the loop's thread, and the last version written is the one the
/// display ends up with.
@Suite struct BackgroundReaderTests {
  @Test func aChangeDuringARead_isReadAgain_andTheNewestVersionWins() throws {
    // Each read takes the next version the "file" holds; the first one waits at a gate, so the
    // change arrives while it is under way.
    let gate = DispatchSemaphore(value: 0)
    let started = DispatchSemaphore(value: 0)
    let reads = Mutex(0)
    let reader = BackgroundReader(path: "/srv/ops/mss.yaml") { _ in
      let number = reads.withLock { count -> Int in
        count += 1
        return count
      }
      if number == 1 {
        started.signal()
        gate.wait()
      }
      return .reloadFailed("version \(number)")
    }
    reader.request()
    #expect(reader.isReading, "request returns at once; the read goes on elsewhere")
    started.wait()
    reader.request()  // the file changed while the first read ran
    gate.signal()
    var last: Action?
    eventually(timeout: 30) {
      if let action = reader.take() { last = action }
      return !reader.isReading && last != nil
    }
    if let action = reader.take() { last = action }
    #expect(last == .reloadFailed("version 2"), "the newest version wins")
    #expect(reads.withLock { $0 } == 2, "read once more, not more")
    #expect(reader.take() == nil, "each read is taken once")
  }

  /// The real thing: a generated file read by `FileEffects` on the reader's thread.
  @Test func aRealFileIsReadOnTheReadersThread() throws {
    let work = try Workspace()
    let reader = BackgroundReader(path: work.file, files: FileEffects(journalFolder: nil))
    reader.request()
    let last = firstValue(timeout: 30) { reader.take() }
    guard case .reloaded(let opened) = last else {
      Issue.record("expected the file, read: \(String(describing: last))")
      return
    }
    #expect(opened.scenario.mission.shortName == "MSS")
  }

  @Test func aReadThatHangsIsReportedAsNotLive_keepsCounting_andClearsWhenItEnds() throws {
    // A read that waits, as one on a hung share does, until the test lets it go.
    let gate = DispatchSemaphore(value: 0)
    let reader = BackgroundReader(path: "/srv/ops/mss.yaml", slowAfter: 0.2) { _ in
      gate.wait()
      return .reloadFailed("done")
    }
    reader.request()
    #expect(reader.overdue(now: WallClock.monotonic()) == nil, "not yet slow")
    // The reader is asked with the time it is handed: 0.3 s later, without waiting for them.
    guard case .reloadFailed(let message) = reader.overdue(now: WallClock.monotonic() + 0.3) else {
      Issue.record("a read that hangs is reported")
      return
    }
    #expect(message.hasPrefix("mss.yaml changed, and reading it has taken 0 s so far"), "\(message)")
    #expect(reader.overdue(now: WallClock.monotonic() + 0.4) == nil, "not again within five seconds")
    // The banner keeps counting: every five seconds it says how long the read has taken.
    guard case .reloadFailed(let later) = reader.overdue(now: WallClock.monotonic() + 60) else {
      Issue.record("a read that still hangs is reported again with the time so far")
      return
    }
    #expect(later.contains("has taken 60 s so far") || later.contains("has taken 59 s so far"), "\(later)")
    #expect(reader.overdue(now: WallClock.monotonic() + 62) == nil, "not again within five seconds")
    #expect(reader.take() == nil)

    // The share answers again: the read ends, and its outcome replaces the warning.
    gate.signal()
    let outcome = firstValue(timeout: 30) { reader.take() }
    #expect(outcome == .reloadFailed("done"), "the read finished")
    #expect(!reader.isReading)
  }

  /// A named pipe where the file was is refused at once, never waited on: the reader thread is
  /// free for the real file when it comes back.
  @Test func aNamedPipeIsRefusedAtOnceAndTheRealFileReadsAfterIt() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-reader-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/mss.yaml"
    #expect(mkfifo(file, 0o600) == 0)
    let reader = BackgroundReader(path: file, files: FileEffects(journalFolder: nil), slowAfter: 5)
    func outcome() -> Action? { firstValue { reader.take() } }
    reader.request()
    guard case .reloadFailed(let message) = outcome() else {
      Issue.record("a FIFO is refused")
      return
    }
    #expect(
      message == "mss.yaml cannot be read: it is a named pipe (FIFO), not a regular file; ForceBoard reads files only")
    unlink(file)
    try FileManager.default.copyItem(atPath: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", toPath: file)
    reader.request()
    guard case .reloaded = outcome() else {
      Issue.record("the real file is read after the FIFO")
      return
    }
  }
}
