import Foundation
import Testing

/// Compares a whole screen with the text stored in `Snapshots/NAME.txt`.
///
/// A missing file is written and the test fails once, so a new snapshot is always looked at;
/// `FORCEBOARD_RECORD=1 swift test` rewrites every snapshot after an intended change.
func expectSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  let record = ProcessInfo.processInfo.environment["FORCEBOARD_RECORD"] != nil
  guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
    try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? text.write(to: file, atomically: true, encoding: .utf8)
    Issue.record("recorded snapshot \(name); check it and run the tests again", sourceLocation: sourceLocation)
    return
  }
  if stored != text {
    let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    var diff: [String] = []
    for index in 0..<max(a.count, b.count) {
      let old = index < a.count ? String(a[index]) : "∅"
      let new = index < b.count ? String(b[index]) : "∅"
      if old != new { diff.append("line \(index + 1):\n  - \(old)\n  + \(new)") }
    }
    let shown = diff.prefix(12).joined(separator: "\n")
    Issue.record("snapshot \(name) differs:\n\(shown)", sourceLocation: sourceLocation)
  }
}
