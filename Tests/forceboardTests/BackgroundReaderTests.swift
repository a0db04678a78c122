import Dashboard
import Foundation
import Testing

@testable import forceboard

/// The watched file is read off the loop's thread, and the last version written is the one the
/// display ends up with.
@Suite struct BackgroundReaderTests {
  @Test func aChangeDuringARead_isReadAgain_andTheNewestVersionWins() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-reader-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/mss.yaml"
    let generated = try ForceBoardBinary.run([
      "generate", "--contributors", "50", "--funding-lines", "5000", "-o", file,
    ])
    #expect(generated.status == 0, "\(generated.errors)")

    let reader = BackgroundReader(path: file, files: FileEffects(journalFolder: nil))
    reader.request()
    #expect(reader.isReading, "request returns at once; the read goes on elsewhere")
    // The file changes while it is being read (an editor renames the new version over it): the
    // reader reads it once more afterwards.
    let next = folder + "/.mss.yaml.new"
    try FileManager.default.copyItem(atPath: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", toPath: next)
    Thread.sleep(forTimeInterval: 0.1)
    #expect(rename(next, file) == 0)
    reader.request()

    var last: Action?
    let deadline = Date().addingTimeInterval(60)
    while (reader.isReading || last == nil) && Date() < deadline {
      if let action = reader.take() { last = action }
      Thread.sleep(forTimeInterval: 0.01)
    }
    if let action = reader.take() { last = action }
    guard case .reloaded(let opened) = last else {
      Issue.record("expected the newest file, read: \(String(describing: last))")
      return
    }
    #expect(opened.scenario.mission.shortName == "MSS")
    #expect(reader.take() == nil, "each read is taken once")
  }

  @Test func aReadThatHangsIsReportedOnceAsNotLive_andClearsWhenItEnds() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-reader-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A named pipe with no writer: opening it to read waits, as a hung share would.
    let file = folder + "/mss.yaml"
    #expect(mkfifo(file, 0o600) == 0)
    let reader = BackgroundReader(path: file, files: FileEffects(journalFolder: nil), slowAfter: 0.2)
    reader.request()
    #expect(reader.overdue(now: WallClock.monotonic()) == nil, "not yet slow")
    Thread.sleep(forTimeInterval: 0.3)
    guard case .reloadFailed(let message) = reader.overdue(now: WallClock.monotonic()) else {
      Issue.record("a read that hangs is reported")
      return
    }
    #expect(message.hasPrefix("mss.yaml changed, and reading it has taken 0 s so far"), "\(message)")
    #expect(reader.overdue(now: WallClock.monotonic() + 60) == nil, "reported once")
    #expect(reader.take() == nil)

    // The writer comes back: the read ends, and its outcome replaces the warning.
    let text = try String(contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
    let writer = FileHandle(forWritingAtPath: file)
    writer?.write(Data(text.utf8))
    try writer?.close()
    var outcome: Action?
    let deadline = Date().addingTimeInterval(30)
    while outcome == nil && Date() < deadline {
      outcome = reader.take()
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(outcome != nil, "the read finished")
    #expect(!reader.isReading)
  }
}
