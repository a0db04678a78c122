import Foundation
import Testing

/// Weeks on a wall: a million ticks and a thousand reloads through the loop, and memory that
/// stays where it was.
///
/// The loop runs in `forceboard-soak`, a process of its own, so that the resident memory it
/// reports is the loop's and not that of the tests running beside it.
@Suite struct SoakTests {
  @Test func aMillionTicksAndAThousandReloadsLeaveMemoryFlat() throws {
    let run = try ForceBoardBinary.runAlone(
      ["100000", "900000", "1000"], program: ForceBoardBinary.path(of: "forceboard-soak"))
    #expect(run.status == 0, "\(run.errors)")
    print("soak: \(run.output)")
    var fields: [String: String] = [:]
    for pair in run.output.split(whereSeparator: \.isWhitespace) {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    let frames = try #require(fields["frames"].flatMap { Int($0) })
    let before = try #require(fields["before"].flatMap { Int($0) })
    let after = try #require(fields["after"].flatMap { Int($0) })
    #expect(fields["reloads"] == "1000")
    #expect(frames > 1_000, "the clock, the rotation and the reloads drew frames")
    // Reload 1,000 is not a multiple of three, so the last file read was a good one.
    #expect(fields["live"] == "yes")
    #expect(before > 0)
    #expect(after - before < 4 * 1024, "resident memory grew from \(before) KiB to \(after) KiB over 900,000 ticks")
  }
}
