import Foundation
import ScenarioStore
import Testing

@testable import ForceModel

/// The MSS and the Gang Suppression Force as one history (`Scenarios/haiti-mss-gsf.yaml`): at
/// dates on both sides of each mandate change and of the freeze, every headline figure is what
/// the research data (`Scenarios/data/mss-research.yaml`) says for that date.
@Suite struct MissionHistoryTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  let gsf: Scenario

  init() throws { gsf = try ScenarioStore.load(Self.root + "/Scenarios/haiti-mss-gsf.yaml") }

  func on(_ year: Int, _ month: Int, _ day: Int) -> (Scenario, Results) {
    let known = gsf.asOf(AsOf(year: year, month: month, day: day))
    return (known, recalculate(known))
  }

  func deployed(_ scenario: Scenario, _ country: String) -> Int? {
    scenario.contributors.first { $0.country == country }?.deployed.value
  }

  @Test func theFileIsValidAndReachesTheReferencesLastDate() throws {
    #expect(gsf.mission.asOf == AsOf(year: 2026, month: 3, day: 21))
    #expect(gsf.mission.periods.map(\.id) == ["res-2699", "res-2751", "res-2793"])
    #expect(gsf.mission.periods.last?.force == "GSF")
    #expect(gsf.conflicts.count == 23)
    let timeline = MissionTimeline(gsf)
    #expect(timeline.first == Day(year: 2023, month: 7, day: 30))  // Kenya's pledge
    #expect(timeline.last == Day(year: 2026, month: 10, day: 2))  // the end of the GSF's first mandate
  }

  @Test func beforeAndAfterTheSecondMandate() {
    // 2024-09-29: resolution 2751 is not yet adopted; the first mandate is in force.
    let (before, beforeResults) = on(2024, 9, 29)
    #expect(before.mission.periods.map(\.id) == ["res-2699"])
    #expect(beforeResults.funding.mandate?.period.id == "res-2699")
    #expect(before.strength.planned?.value == 2500)
    #expect(before.strength.authorized == nil)  // 2699 set no ceiling (C19)
    #expect(before.strength.target == nil)
    #expect(deployed(before, "Kenya") == 400)
    #expect(deployed(before, "Jamaica") == 24)
    // Belize had pledged; its officers ("2024-09") count from the 30th: none deployed yet.
    #expect(deployed(before, "Belize") == 0)
    #expect(before.contributors.first { $0.country == "Belize" }?.deployed.isDerived == true)
    #expect(beforeResults.deployedTotal == 424)
    // 2024-10-03: the second mandate runs to 2025-10-02 with its $600M budget.
    let (after, afterResults) = on(2024, 10, 3)
    #expect(afterResults.funding.mandate?.period.id == "res-2751")
    // Its $600M budget is reported only in February 2025: until then the requirement is derived
    // (2,500 planned × $240,000 a year, an assumption), and says so.
    #expect(afterResults.funding.mandate?.basis != .budget)
    #expect(abs((afterResults.funding.mandate?.requirement ?? 0) - 600_000_000) < 1_000_000)
    #expect(recalculate(gsf.asOf(AsOf(year: 2025, month: 2, day: 28))).funding.mandate?.requirement == 600_000_000)
    #expect(afterResults.deployedTotal == 426)  // with Belize's two officers
    #expect(deployed(after, "Bahamas") == 0)  // pledged; the advance team came on 2024-10-18
  }

  @Test func beforeAndAfterTheFreeze() {
    let (_, before) = on(2025, 2, 3)
    // $85M to 2024-12-31 (Kenyan government): $18M carried in from resolution 2699's time.
    #expect(before.funding.cash.carriedIn + before.funding.cash.received == 85_000_000)
    #expect(before.funding.cash.frozen == 0)
    #expect(before.funding.cash.inHand == 85_000_000)
    #expect(before.funding.inHandIsBound)  // no spending reported yet: a bound, not a balance
    let (_, after) = on(2025, 2, 5)
    #expect(after.funding.cash.frozen == 13_300_000)
    #expect(after.funding.cash.inHand == 71_700_000)
    let (_, letter) = on(2025, 2, 24)
    #expect(letter.funding.cash.carriedIn + letter.funding.cash.received == 110_800_000)
    #expect(letter.funding.cash.spent == 62_800_000)
    #expect(abs(letter.funding.cash.inHand - 34_700_000) < 1)  // 110.8 − 62.8 − 13.3
  }

  @Test func beforeAndAfterTheGangSuppressionForce() {
    let (mss, mssResults) = on(2025, 9, 29)
    #expect(mssResults.funding.mandate?.period.id == "res-2751")
    #expect(mssResults.funding.mandate?.period.force == "MSS")
    #expect(mss.strength.authorized == nil)
    #expect(mss.strength.planned?.value == 2500)
    #expect(mss.strength.target?.value == 5000)  // the US goal of doubling (the article)
    #expect(deployed(mss, "Kenya") == 735)  // Ruto at the General Assembly, 2025-09-22
    #expect(mss.strength.reported.last?.deployed.value == 989)
    #expect(mss.funding.contains { $0.id == "canada-gsf" })  // pledged 2025-09-23, before the vote
    let (gsf, gsfResults) = on(2025, 10, 3)
    #expect(gsfResults.funding.mandate?.period.id == "res-2793")
    #expect(gsfResults.funding.mandate?.period.force == "GSF")
    #expect(gsf.strength.authorized?.value == 5550)  // 5,500 uniformed + 50 civilians
    #expect(gsf.strength.planned?.value == 5500)
    #expect(gsfResults.shortfall(.authorized)?.count == 5550 - gsfResults.deployedTotal)
    // No GSF budget was found: the requirement is derived, and says so.
    if case .derived(let strength, let level, _) = gsfResults.funding.mandate?.basis {
      #expect(strength == 5500 && level == .planned)
    } else {
      Issue.record("the GSF's requirement should be derived from its planned strength")
    }
  }

  @Test func theForceAsItIsToday() {
    let results = recalculate(gsf)
    #expect(deployed(gsf, "Kenya") == 700)  // about 700 after the December rotation (C11)
    // 954 in the rows; the MSS's unattributed five (Ruto's 989 less the named countries) ended
    // with the MSS.
    #expect(results.deployedTotal == 949)
    #expect(gsf.strength.target?.value == 5500)  // full strength by October 2026
    #expect(gsf.strength.reported.last?.deployed.value == 1000)  // Ayiti Intel, 2026-01-22
    // The GSF pledges of December 2025, and the earlier pledges they replaced.
    func pledged(_ country: String) -> Int? { gsf.contributors.first { $0.country == country }?.pledged?.value }
    #expect(pledged("Chad") == 1500)
    #expect(pledged("Bangladesh") == 1500)
    #expect(pledged("Guatemala") == 600)
    #expect(gsf.contributors.first { $0.country == "Guatemala" }?.pledged?.isDerived == true)
    let (autumn, _) = on(2025, 11, 1)
    func pledgedThen(_ country: String) -> Int? {
      autumn.contributors.first { $0.country == country }?.pledged?.value
    }
    #expect(pledgedThen("Guatemala") == 150)
    #expect(pledgedThen("Chad") == nil)
    // The money of the transition: Canada's C$40M and the Dominican Republic's $10M are
    // pledges (never counted), the EU's €10M and the US $85M earmark are committed.
    // No money is reported for the GSF's own trust fund: its cash is unknown, not the MSS's.
    #expect(results.funding.cash.received == 0)
    #expect(results.funding.cashUnknownSince == Day(year: 2025, month: 2, day: 24))
    #expect(results.funding.funding == 85_000_000)  // the US earmark, committed
    let eu = gsf.funding.first { $0.id == "eu-transition" }
    #expect(eu?.currency == "EUR")
    #expect(!results.funding.unconvertedIndices.isEmpty)  // no EUR or GBP rate is sourced
    #expect(results.funding.mandate?.period.id == "res-2793")
  }

  @Test func theTimelineStacksTheCountriesAndStepsTheLevels() throws {
    let timeline = MissionTimeline(gsf)
    #expect(timeline.countries.first == "Kenya")
    #expect(timeline.countries.last == "Unattributed")
    let september = try #require(timeline.step(on: Day(year: 2025, month: 9, day: 22)))
    #expect(september.total == 735 + 21 + 2 + 6 + 150 + 70 + 5)
    #expect(zip(timeline.countries, september.counts).first { $0.0 == "Kenya" }?.1 == 735)
    #expect(timeline.level(.planned, on: Day(year: 2025, month: 1, day: 1)) == 2500)
    // The GSF's levels, adopted 2025-09-30, stand from its mandate's start on 2025-10-02.
    #expect(timeline.level(.planned, on: Day(year: 2025, month: 10, day: 1)) == 2500)
    #expect(timeline.level(.planned, on: Day(year: 2025, month: 10, day: 2)) == 5500)
    #expect(timeline.level(.authorized, on: Day(year: 2025, month: 10, day: 1)) == nil)
    #expect(timeline.level(.authorized, on: Day(year: 2025, month: 10, day: 2)) == 5550)
    // The MSS's 5,000 target ends with the MSS; the GSF's is known from 2026-03-21.
    #expect(timeline.level(.target, on: Day(year: 2025, month: 9, day: 1)) == 5000)
    #expect(timeline.level(.target, on: Day(year: 2025, month: 12, day: 1)) == nil)
    #expect(timeline.level(.target, on: Day(year: 2026, month: 3, day: 21)) == 5500)
    // The MSS's unattributed five end with the MSS.
    #expect(timeline.step(on: Day(year: 2025, month: 10, day: 2))?.total == september.total - 5)
    // Events in date order, each with its sources; the cursor's event is found by day.
    #expect(timeline.events.map(\.day) == timeline.events.map(\.day).sorted())
    #expect(timeline.events.allSatisfy { !$0.sources.isEmpty })
    let vote = try #require(timeline.events.first { $0.kind == .decision && $0.text.contains("2793") })
    #expect(vote.day == Day(year: 2025, month: 9, day: 30))
    let index = try #require(timeline.lastEvent(onOrBefore: vote.day))
    #expect(timeline.events[index].day == vote.day)
  }

  @Test func moneyOverTimeAgreesWithTheCalculationOnEachDay() throws {
    let timeline = MissionTimeline(gsf)
    let money = MoneyTimeline(gsf, timeline: timeline)
    #expect(money.spendingReported)
    for sample in money.samples where sample.day <= Day(year: 2026, month: 3, day: 21) {
      let results = recalculate(gsf.asOf(sample.day.asOf))
      let received = results.funding.cash.carriedIn + results.funding.cash.received
      #expect(abs(received - sample.cashReceived) < 1, "\(sample.day)")
      #expect(abs(results.funding.cash.inHand - sample.inHand) < 1, "\(sample.day)")
    }
    // The requirement accrues over the periods: half of 2751's $600M half way through it.
    let mid = try #require(money.sample(on: Day(year: 2025, month: 4, day: 2)))
    #expect(mid.required > 290_000_000)
  }
}
