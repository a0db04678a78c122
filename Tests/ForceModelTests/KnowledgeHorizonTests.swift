import Foundation
import ScenarioStore
import Testing

@testable import ForceModel

/// Results never outrun their data: walking every event date of the MSS–GSF history, a
/// projection runs from where the data stops, time passing alone changes no money result but
/// its staleness, no MSS money is counted for the GSF, and nothing learnt later shows earlier.
@Suite struct KnowledgeHorizonTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let gsf: Scenario? = try? ScenarioStore.load(root + "/Scenarios/haiti-mss-gsf.yaml")

  /// The days on which any money flow becomes known.
  static func moneyDays(_ scenario: Scenario) -> Set<Int> {
    Set(scenario.funding.flatMap { line in line.flows.compactMap { $0.day?.number } })
  }

  /// The event days up to the file's own date.
  static func days(_ scenario: Scenario) -> [Day] {
    scenario.eventDays.filter { $0 <= (scenario.mission.asOf?.lastDay ?? .distantFuture) }
  }

  /// Every money result a reader sees, staleness left out: equal means nothing moved.
  struct Money: Equatable {
    var funding, inHand, carried, received, spent, frozen, committed, pledged, ceilings: Double
    var gap, coverage, lapsed, requirement: Double?
    var burn: BurnRate
    var runway, runwayWithCommitments: RunwayEnd
    var gaps: [Double]
    var unknownSince: Day?

    init(_ f: FundingResults) {
      funding = f.funding
      inHand = f.cash.inHand
      carried = f.cash.carriedIn
      received = f.cash.received + f.inKind.received
      spent = f.cash.spent
      frozen = f.cash.frozen + f.inKind.frozen
      committed = f.cash.commitmentOutstanding + f.inKind.commitmentOutstanding
      pledged = f.cash.pledgeOutstanding + f.inKind.pledgeOutstanding
      ceilings = f.ceilings
      gap = f.mandate?.gap
      coverage = f.mandate?.coverage
      lapsed = f.mandate?.lapsed
      requirement = f.mandate?.requirement
      burn = f.burn
      runway = f.runwayCashOnly
      runwayWithCommitments = f.runwayWithCommitments
      gaps = f.requirements.map(\.gap)
      unknownSince = f.cashUnknownSince
    }
  }

  /// Between two neighbouring event days nothing new is known: the day before the next event
  /// shows every money result exactly as the event day did (only its staleness may change),
  /// so no gap turns into a surplus and no runway slides by time passing.
  @Test func movingTheDateWithNoNewInputsChangesNoMoneyResult() throws {
    let gsf = try #require(Self.gsf)
    let days = Self.days(gsf)
    var compared = 0
    for (event, next) in zip(days, days.dropFirst()) where next.number - event.number >= 2 {
      let quiet = [next.adding(days: -1), Day(number: (event.number + next.number) / 2)]
      let at = Money(recalculate(gsf.asOf(event.asOf)).funding)
      for day in quiet where day > event {
        let later = Money(recalculate(gsf.asOf(day.asOf)).funding)
        compared += 1
        if later != at {
          Issue.record("money moved from \(event) to \(day) with nothing new:\n\(at)\n\(later)")
        }
        if let before = at.gap, let after = later.gap, before > 0, after <= 0 {
          Issue.record("a gap of \(before) turned into a surplus from \(event) to \(day)")
        }
      }
    }
    #expect(compared >= 60, "the walk compared too few dates to mean anything: \(compared)")
  }

  /// Within one mandate period and with no money data between two event days, the burn and the
  /// day cash runs out stay put; the day never moves later without new money.
  @Test func theDayCashRunsOutMovesOnlyWithNewMoneyData() throws {
    let gsf = try #require(Self.gsf)
    let money = Self.moneyDays(gsf)
    let days = Self.days(gsf)
    var compared = 0
    for (earlier, later) in zip(days, days.dropFirst()) {
      let newMoney = money.contains { $0 > earlier.number && $0 <= later.number }
      let a = recalculate(gsf.asOf(earlier.asOf))
      let b = recalculate(gsf.asOf(later.asOf))
      guard !newMoney, a.funding.mandate?.period.id == b.funding.mandate?.period.id else { continue }
      #expect(a.funding.burn == b.funding.burn, "the burn moved from \(earlier) to \(later) with no new money data")
      if let first = a.funding.runwayCashOnly.day, let second = b.funding.runwayCashOnly.day {
        compared += 1
        #expect(second <= first, "cash ran out \(first) as of \(earlier), \(second) as of \(later)")
        #expect(first == second, "cash ran out \(first) as of \(earlier), \(second) as of \(later)")
      }
    }
    #expect(compared >= 3, "the walk compared too few dates to mean anything: \(compared)")
  }

  /// Under the GSF, its money is its own: the results are the same with every line of the MSS's
  /// time taken out of the file (the US commitments of 2024 are not its funding), and the MSS
  /// trust fund's ≤ $36.9M of February 2025 is not its cash: that is unknown.
  @Test func noMSSMoneyAppearsInAGSFResult() throws {
    let gsf = try #require(Self.gsf)
    let start = try #require(gsf.mission.periods.first { $0.force == "GSF" }?.startDay)
    var gsfOnly = gsf
    gsfOnly.funding.removeAll { line in
      line.period != "res-2793" && line.flows.allSatisfy { ($0.day ?? .distantPast) < start }
    }
    #expect(gsfOnly.funding.count < gsf.funding.count - 5, "most lines are the MSS's")
    let today = recalculate(gsf).funding
    #expect(today.cash.inHand == 0 && today.cashUnknownSince == Day(year: 2025, month: 2, day: 24))
    #expect(today.cash.received == 0, "the trust fund's $113M to date was all received under the MSS")
    var compared = 0
    for day in Self.days(gsf) where day >= start {
      var a = Money(recalculate(gsf.asOf(day.asOf)).funding)
      var b = Money(recalculate(gsfOnly.asOf(day.asOf)).funding)
      // What lapsed and "no figures found since" name the MSS's money on purpose: beside the
      // results, never in them.
      (a.unknownSince, b.unknownSince, a.lapsed, b.lapsed) = (nil, nil, nil, nil)
      #expect(a == b, "MSS money in a GSF result as of \(day):\n\(a)\n\(b)")
      compared += 1
    }
    #expect(compared >= 5)
  }

  /// The report as of any date names nothing dated after it: every "as of" in it is on or
  /// before the date, resolution 2793 and the GSF appear only once decided, and no conflict or
  /// note is listed before it was known.
  @Test func nothingLearntLaterShowsEarlier() throws {
    let gsf = try #require(Self.gsf)
    let decided = Day(year: 2025, month: 9, day: 30)
    let canadasPledge = Day(year: 2025, month: 9, day: 23)
    for day in Self.days(gsf) {
      let known = gsf.asOf(day.asOf)
      // Assumptions are the planner's, applied at every date and labelled so: not read here.
      var report = Report(scenario: known, results: recalculate(known))
      report.sections.removeAll { $0.id == "assumptions" }
      let text = ReportFormat.text.render(report)
      var rest = Substring(text)
      while let range = rest.range(of: "as of ") {
        rest = rest[range.upperBound...]
        let word = rest.prefix { $0.isNumber || $0 == "-" }
        if let date = AsOf(String(word)), date.firstDay > day {
          Issue.record("the report as of \(day) shows a figure as of \(date)")
        }
      }
      // Resolution 2793 is named from its vote; the force it created from Canada's pledge of
      // 2025-09-23 to it, the first dated item in the file that names it.
      if day < decided, text.contains("2793") { Issue.record("the report as of \(day) names resolution 2793") }
      if day < canadasPledge, text.contains("Gang Suppression") || text.contains("GSF") {
        Issue.record("the report as of \(day) names the GSF")
      }
      #expect(known.conflicts.allSatisfy { ($0.asOf?.lastDay ?? .distantPast) <= day })
    }
  }
}
