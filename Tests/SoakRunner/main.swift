import Dashboard
import ForceModel

#if canImport(Glibc)
  import Glibc
#endif

/// Weeks on a wall in one process of its own: a million ticks and a thousand reloads through the
/// same loop turn the executable runs, with the resident memory measured after a warm-up and at
/// the end.
///
/// It runs as its own process because resident memory is a property of a whole process: measured
/// inside the test runner it also counts whatever the tests running beside it allocate.
/// Prints one line: `frames=N reloads=N live=yes|no before=KiB after=KiB`.

/// Resident memory in KiB, from the second field of `/proc/self/statm` (pages).
func residentKiB() -> Int {
  guard let file = fopen("/proc/self/statm", "r") else { return 0 }
  defer { fclose(file) }
  var buffer = [CChar](repeating: 0, count: 256)
  guard fgets(&buffer, Int32(buffer.count), file) != nil else { return 0 }
  let fields = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    .split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

/// The kiosk loop fed with ticks, a clock that moves one second every four ticks, and reloads.
struct Soak {
  var loop: FrameLoop
  var reloadEvery: Int
  var seconds: Int64 = 1_795_939_200
  var frames = 0
  var reloads = 0
  let good: [UInt8]
  let changed: [UInt8]
  let broken: [UInt8]
  let document = ScenarioDocument(
    path: "haiti.json", journalKey: "/haiti.json", digest: ContentDigest("x"), stamp: nil)

  init(reloadEvery: Int) {
    var state = AppState(scenario: .haitiMSS, sourceName: "haiti.json", readOnly: true, width: 120, height: 40)
    state.ops.kiosk = true
    state.ops.cycleSeconds = 20
    state.ops.staleAfterSeconds = 48 * 3600
    loop = FrameLoop(state: state)
    self.reloadEvery = reloadEvery
    good = Array(ScenarioFile.encode(.haitiMSS, as: .json).utf8)
    var edited = Scenario.haitiMSS
    edited.contributors[0].deployed = HeadCount(900)
    changed = Array(ScenarioFile.encode(edited, as: .json).utf8)
    // A misspelt key: the decoder refuses it, as it would a file saved half-edited.
    broken = Array(String(decoding: good, as: UTF8.self).replacing("\"schema\"", with: "\"schem\"").utf8)
  }

  mutating func run(ticks: Int) {
    guard ticks > 0 else { return }
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
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
var soak = Soak(reloadEvery: arguments.count > 2 ? arguments[2] : 1_000)
soak.run(ticks: arguments.count > 0 ? arguments[0] : 100_000)
let before = residentKiB()
soak.run(ticks: arguments.count > 1 ? arguments[1] : 900_000)
let after = residentKiB()
let live = soak.loop.state.live.problem == nil ? "yes" : "no"
print("frames=\(soak.frames) reloads=\(soak.reloads) live=\(live) before=\(before) after=\(after)")
