import Foundation
import Testing

@testable import Dashboard
@testable import ForceModel

/// Weeks on a wall: a million ticks and a thousand reloads through the loop, and memory that
/// stays where it was.
@Suite struct SoakTests {
  /// Resident memory in bytes, from the kernel.
  static func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
  }

  @Test func aMillionTicksAndAThousandReloadsLeaveMemoryFlat() throws {
    var state = AppState(scenario: .haitiMSS, sourceName: "haiti.json", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    state.ops.cycleSeconds = 20
    state.ops.staleAfterSeconds = 48 * 3600
    var loop = FrameLoop(state: state)
    let good = Array(ScenarioFile.encode(.haitiMSS, as: .json).utf8)
    var edited = Scenario.haitiMSS
    edited.contributors[0].deployed = HeadCount(900)
    let changed = Array(ScenarioFile.encode(edited, as: .json).utf8)
    let broken = Array(
      String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"schema\"", with: "\"schem\"").utf8)
    let document = ScenarioDocument(
      path: "haiti.json", journalKey: "/haiti.json", digest: ContentDigest("x"), stamp: nil)
    var seconds: Int64 = 1_795_939_200
    var frames = 0
    var reloads = 0

    func run(ticks: Int, reloadEvery: Int) {
      for tick in 1...ticks {
        var action = Action.tick
        if tick % 4 == 0 {
          seconds += 1
          action = .clock(ClockReading(seconds: seconds))
        }
        if tick % reloadEvery == 0 {
          reloads += 1
          // Every third reload finds the file broken; the others alternate between two versions.
          let bytes = reloads % 3 == 0 ? broken : (reloads % 2 == 0 ? good : changed)
          do {
            let scenario = try ScenarioFile.decode(bytes: bytes, file: "haiti.json")
            action = .reloaded(OpenedScenario(scenario: scenario, sourceName: "haiti.json", document: document))
          } catch {
            action = .reloadFailed(error.diagnostics.first?.description ?? "")
          }
        }
        if loop.step(action).frame != nil { frames += 1 }
      }
    }

    // Warm up (caches, first allocations), then measure over the rest of the run.
    run(ticks: 100_000, reloadEvery: 1_000)
    let before = Self.residentBytes()
    run(ticks: 900_000, reloadEvery: 1_000)
    let after = Self.residentBytes()
    #expect(reloads == 1_000)
    #expect(frames > 1_000, "the clock, the rotation and the reloads drew frames")
    #expect(loop.state.liveProblem == nil || reloads % 3 == 0)
    let growth = after - before
    #expect(growth < 4 * 1024 * 1024, "resident memory grew by \(growth / 1024) KiB over 900,000 ticks")
    print("soak: \(frames) frames, \(reloads) reloads, resident \(before / 1024) KiB → \(after / 1024) KiB")
  }
}
