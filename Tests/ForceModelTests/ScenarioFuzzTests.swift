import Foundation
import Testing

@testable import ForceModel

/// Mutants of every scenario the project ships — bytes flipped, lines cut, swapped and
/// repeated, control characters and stray quotes put in — read as a hostile or damaged file
/// would be: each is either a scenario that recalculates, reports and round-trips, or rejected
/// whole with diagnostics that name the file and a line inside it, and print clean.
///
/// `FORCEBOARD_MUTANTS=N` reads N mutants of each file instead of the default (CI's 100 × 4
/// files); `FORCEBOARD_SEED` replays a failing run's seed, which its message gives.
@Suite struct ScenarioFuzzTests {
  static var count: Int { ProcessInfo.processInfo.environment["FORCEBOARD_MUTANTS"].flatMap(Int.init) ?? 100 }
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["FORCEBOARD_SEED"].flatMap(UInt64.init) ?? 20_261_204
  }
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let files = ["haiti-mss.yaml", "haiti-mss.json", "mss-timeline.yaml", "haiti-mss-gsf.yaml"]

  /// One mutation of a file's bytes.
  static func mutate(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
    var out = bytes
    guard !out.isEmpty else { return [0] }
    let at = Int.random(in: 0..<out.count, using: &random)
    let length = min(out.count - at, Int.random(in: 1...200, using: &random))
    let hostile: [[UInt8]] = [
      [0x1B, 0x5B, 0x32, 0x4A], [0x00], [0x07], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0xFF, 0xFE], Array("\"".utf8),
      Array("'".utf8), Array(": ".utf8), Array("\n- ".utf8), Array("{[".utf8), Array("&a *a".utf8),
      Array("!!binary ".utf8), Array("99999999999999999999".utf8), Array("-1".utf8), Array("\t".utf8),
    ]
    switch Int.random(in: 0..<7, using: &random) {
    case 0: out[at] = UInt8.random(in: 0...255, using: &random)
    case 1: out.removeSubrange(at..<at + length)
    case 2: out.insert(contentsOf: out[at..<at + length], at: at)
    case 3: out.insert(contentsOf: hostile.randomElement(using: &random) ?? [0], at: at)
    case 4: out = Array(out.prefix(at))
    case 5:
      var lines = out.split(separator: 0x0A, omittingEmptySubsequences: false)
      if lines.count > 2 {
        let a = Int.random(in: 0..<lines.count, using: &random)
        let b = Int.random(in: 0..<lines.count, using: &random)
        lines.swapAt(a, b)
      }
      out = Array(lines.joined(separator: [0x0A]))
    default:
      // A digit changed: the values move, the structure stays.
      if let digit = out.indices.dropFirst(at).first(where: { (0x30...0x39).contains(out[$0]) }) {
        out[digit] = UInt8.random(in: 0x30...0x39, using: &random)
      }
    }
    return out
  }

  @Test(arguments: files)
  func everyMutantIsReadWholeOrRejectedWithAPlace(file: String) throws {
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: Self.root + "/Scenarios/" + file)))
    let seed = Self.seed &+ UInt64(Self.files.firstIndex(of: file) ?? 0)
    var random = SplitMix64(seed: seed)
    var accepted = 0
    var rejected = 0
    /// Keeps a failing mutant for a look, where `FORCEBOARD_FUZZ_DUMP` names a folder.
    func dump(_ bytes: [UInt8], _ index: Int) {
      guard let folder = ProcessInfo.processInfo.environment["FORCEBOARD_FUZZ_DUMP"] else { return }
      try? Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(file)-\(index).mutant"))
    }
    for index in 0..<Self.count {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &random) { bytes = Self.mutate(bytes, using: &random) }
      let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
      let context = "\(file), seed \(seed), mutant \(index)"
      do {
        let scenario = try ScenarioFile.decode(bytes: bytes, file: file)
        accepted += 1
        let results = recalculate(scenario)
        let text = ReportFormat.text.render(Report(scenario: scenario, results: results))
        if text.contains("\u{1B}") || text.contains("\u{9B}") {
          Issue.record("an escape reached the report: \(context)")
        }
        for format in ScenarioFile.Format.allCases {
          // The format is told by the file name's ending.
          let written = "round-trip." + (format == .json ? "json" : "yaml")
          let again = try? ScenarioFile.decode(
            bytes: Array(ScenarioFile.encode(scenario, as: format).utf8), file: written)
          if again != scenario {
            dump(bytes, index)
            Issue.record("\(format) does not round-trip: \(context)")
          }
        }
      } catch {
        rejected += 1
        let diagnostics = error.diagnostics
        if diagnostics.isEmpty { Issue.record("rejected without a reason: \(context)") }
        for diagnostic in diagnostics {
          let problem: String? =
            if diagnostic.file != file { "names another file" } else if !(1...lines).contains(diagnostic.mark.line) {
              "a line outside the file"
            } else if diagnostic.mark.column < 1 {
              "a column before the line"
            } else if !TextSanitizer.isClean(diagnostic.description) { "an unclean message" } else { nil }
          if let problem {
            dump(bytes, index)
            Issue.record("\(problem): \(diagnostic.description): \(context)")
          }
        }
      }
    }
    // The mutants reach both sides: some still read, most are refused.
    #expect(accepted + rejected == Self.count)
    #expect(rejected > 0, "no mutant was refused: the mutations do nothing")
  }
}
