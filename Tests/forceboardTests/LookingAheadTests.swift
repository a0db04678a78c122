import Foundation
import Testing

/// Looking ahead from the command line: `report --as-of` past the data's date, `--plan`, and
/// `diff --plans`, as a user runs them.
@Suite struct LookingAheadTests {
  static let file = "Scenarios/haiti-mss-gsf.yaml"

  @Test func aReportPastTheDataIsProjectedWithRanges() throws {
    let run = try ForceBoardBinary.run(["report", Self.file, "--as-of", "2026-12-31", "--plan", "pessimistic"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("PROJECTED to 2026-12-31 from the data of 2026-03-21, plan 'pessimistic'"))
    let deployed = run.output.split(separator: "\n").first { $0.hasPrefix("  Deployed (sum of countries)") }
    #expect(deployed?.contains("1,049  (range 242–1,196)  (projected, known to 2026-03-21)") == true, "\(run.output)")
    #expect(run.output.contains("PLANS (EVENTS AHEAD, NOT FACTS)"))
  }

  @Test func theJSONReportCarriesLowAndHigh() throws {
    let run = try ForceBoardBinary.run(["report", Self.file, "--as-of", "2026-12-31", "--format", "json"])
    #expect(run.status == 0, "\(run.errors)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let items = (object["sections"] as? [[String: Any]] ?? []).flatMap { $0["items"] as? [[String: Any]] ?? [] }
    let deployed = try #require(items.first { $0["key"] as? String == "deployed.total" })
    #expect(deployed["number"] as? Double == 3_249)
    #expect(deployed["low"] as? Double == 1_672)
    #expect(deployed["high"] as? Double == 3_326)
    #expect(deployed["knowledge"] as? String == "projected")
    // Every ranged result has its value between its low and its high.
    let ranged = items.compactMap { item -> (Double, Double, Double)? in
      guard let number = item["number"] as? Double, let low = item["low"] as? Double, let high = item["high"] as? Double
      else { return nil }
      return (low, number, high)
    }
    #expect(ranged.count >= 8)
    #expect(ranged.allSatisfy { $0.0 <= $0.1 && $0.1 <= $0.2 })
  }

  /// A projection is never written as a scenario: its plan would become facts.
  @Test func exportRefusesADatePastTheData() throws {
    let run = try ForceBoardBinary.run(["export", Self.file, "--as-of", "2026-12-31"])
    #expect(run.status != 0)
    #expect(run.errors.contains("--as-of 2026-12-31 is past the data's date 2026-03-21"), "\(run.errors)")
    #expect(run.output.isEmpty)
  }

  @Test func anUnknownPlanIsAClearError() throws {
    let run = try ForceBoardBinary.run(["report", Self.file, "--as-of", "2026-12-31", "--plan", "hopeful"])
    #expect(run.status != 0)
    #expect(
      run.errors.contains(
        "--plan: this scenario has no plan named 'hopeful'; its plans are 'base', 'optimistic', 'pessimistic'"))
  }

  @Test func diffPlansPutsThePlansSideBySide() throws {
    let run = try ForceBoardBinary.run(["diff", Self.file, "--plans"])
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("projected to 2026-10-01 from the data of 2026-03-21"))
    let deployed = run.output.split(separator: "\n").first { $0.hasPrefix("Deployed (sum of countries)") }
    #expect(deployed?.contains("3,949 (3,872–4,026) [▲ 3,000]") == true, "\(run.output)")
    let none = try ForceBoardBinary.run(["diff", "builtin", "--plans"])
    #expect(none.status != 0)
    #expect(none.errors.contains("has no plans"))
  }
}
