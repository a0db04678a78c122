import Testing

@testable import ForceModel

@Suite struct ReportFormatTests {
  let report = Report(scenario: .haitiMSS, results: recalculate(.haitiMSS))

  @Test func textOpensWithTheHeadlineAndNoLineIsWiderThanTwoHundredColumns() throws {
    let gsf = try #require(KnowledgeHorizonTests.gsf)
    for scenario in [Scenario.haitiMSS, gsf] {
      let text = ReportFormat.text.render(Report(scenario: scenario, results: recalculate(scenario)))
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let headline = try #require(lines.firstIndex(of: "HEADLINE"))
      #expect(headline < 5, "the headline comes first")
      let block = lines[headline...].prefix { !$0.isEmpty }.joined(separator: "\n")
      for label in ["Shortfall against planned strength", "Cash in hand", "Runway, cash only"] {
        #expect(block.contains(label), "\(label) in the headline")
      }
      #expect(lines.allSatisfy { TextWidth.of($0) <= 200 }, "\(scenario.mission.shortName): a line over 200 columns")
    }
  }

  @Test func aLongLineFoldsAtSpacesAndAnUnbrokenWordIsCut() {
    let long = "  Note  " + Array(repeating: "word", count: 80).joined(separator: " ")
    let folded = TextReportWriter.fold(long).split(separator: "\n").map(String.init)
    #expect(folded.count == 3)
    #expect(folded.allSatisfy { TextWidth.of($0) <= 200 })
    #expect(folded[1].hasPrefix("      word"), "continued under the indent plus four")
    #expect(folded.joined(separator: " ").split(separator: " ").filter { $0 == "word" }.count == 80, "nothing lost")
    let unbroken = TextReportWriter.fold(String(repeating: "x", count: 450)).split(separator: "\n")
    #expect(unbroken.count == 3)
    #expect(unbroken.map { $0.filter { $0 == "x" }.count }.reduce(0, +) == 450)
  }

  @Test func everyResultHasAStableKey() throws {
    #expect(report.item("shortfall.planned")?.display == "1,500 (60%)")
    #expect(report.item("shortfall.target")?.display == "4,000 (80%)")
    #expect(report.item("lead.share")?.display == "70%")
    #expect(report.item("funding.period")?.display == "$140.2M", "carried + received − frozen + committed")
    #expect(report.item("funding.cash_in_hand")?.display == "at most $36.4M")
    #expect(report.item("funding.ceilings")?.display == "$625M")
    #expect(report.item("funding.burn_per_month")?.display == "$7.83M")
    #expect(report.item("funding.runway.cash_only")?.display == "2025-07-15")
    #expect(report.item("funding.runway.with_commitments")?.display == "2025-07-15")
    #expect(report.item("funding.mandate.gap")?.display == "gap $459.8M")
    #expect(report.item("funding.mandate.coverage")?.display == "23%", "the frozen $13.3M is not coverage")
    #expect(report.item("funding.lapsed")?.display == "$199M", "resolution 2699's commitments, never received")
    #expect(report.item("funding.mandate.gap")?.formula?.contains("pledges and ceilings are not subtracted") == true)
    #expect(report.item("funding.mandate.requirement")?.note == "budget ~$600M")
    #expect(report.item("contributor.KEN.deployed")?.display == "700+")
    #expect(report.item("contributor.KEN.deployed")?.sources == ["SOURCE-ARTICLE"])
    #expect(report.item("funding.us-defense-department.ceiling")?.display == "≤ $625M")
    #expect(report.item("funding.un-trust-fund.8")?.kind == .derived)
    #expect(
      report.item("funding.un-trust-fund.8")?.note?.contains("derived: $110.8M received − $48M unallocated") == true)
    #expect(report.item("strength.authorized")?.display == "none set")
  }

  /// Every result says how far it is known, what kind of knowledge it is and which mandate
  /// period it is for; a stale or unknown figure says so.
  @Test func jsonResultsCarryTheirKnowledgeHorizon() throws {
    let runway = try #require(report.item("funding.runway.cash_only"))
    #expect(runway.knowledge == .projected)
    #expect(runway.knownTo == Day(year: 2025, month: 2, day: 24))
    #expect(runway.period == "res-2751")
    #expect(report.item("funding.burn_per_month")?.knowledge == .reported)
    #expect(report.item("funding.mandate.coverage")?.knowledge == .derived, "a stated budget")
    #expect(report.item("funding.gap.planned")?.knowledge == .assumed, "costed per officer-year")
    #expect(report.item("deployed.total")?.knownTo == Day(year: 2025, month: 3, day: 31))
    let json = ReportFormat.json.render(report)
    #expect(
      json.contains(
        #""known_to": "2025-02-24",\#n          "knowledge": "projected",\#n          "period": "res-2751",\#n          "stale": false"#
      ), "\(json)")
    // Six months on, the mandate's last day but one, with nothing new: the same figures, now
    // stale (money after three months, deployed counts after six).
    let later = Scenario.haitiMSS.asOf(try #require(AsOf("2025-10-01")))
    let old = Report(scenario: later, results: recalculate(later))
    #expect(old.item("funding.cash_in_hand")?.stale == true)
    #expect(old.item("funding.cash_in_hand")?.note?.hasPrefix("last known 2025-02-24") == true)
    #expect(old.item("deployed.total")?.stale == true)
  }

  /// A date result is an ISO date in JSON, not a count of days since 1970.
  @Test func jsonGivesDatesAsDates() {
    let json = ReportFormat.json.render(report)
    #expect(
      json.contains("\"display\": \"2025-07-15\",\n          \"number\": null,\n          \"date\": \"2025-07-15\""),
      "\(json)")
    #expect(!json.contains("20284"), "a day number leaked")
    #expect(report.item("funding.runway.cash_only")?.unit == "date")
  }

  @Test func markdownHasTables() {
    let text = ReportFormat.markdown.render(report)
    #expect(text.hasPrefix("# Multinational Security Support Mission in Haiti (MSS)\n"))
    #expect(text.contains("| Kenya (lead) ◆ | 1,000 | 700+ | 300 | 70% | 2025-03 | SOURCE-ARTICLE |"))
    #expect(text.contains("| Shortfall against planned strength | 1,500 (60%) |"))
  }

  @Test func jsonIsValidAndCarriesNumbers() throws {
    let text = ReportFormat.json.render(report)
    let root = try JSONDocumentParser.parse(Array(text.utf8), file: "report.json").tree
    guard case .mapping(let entries) = root else {
      Issue.record("not an object")
      return
    }
    #expect(entries.map(\.key) == ["title", "subtitle", "sections"])
    #expect(text.contains(#""key": "shortfall.planned""#))
    #expect(text.contains(#""number": 1500"#))
    #expect(text.contains(#""number": 140200000"#))
  }

  @Test func csvHasOneRowPerItemAndQuotesCommas() {
    let text = ReportFormat.csv.render(report)
    let lines = text.split(separator: "\n")
    #expect(lines.first == "section,key,label,value,number,unit,qualifier,as_of,sources,note,formula,kind")
    let itemCount = report.sections.reduce(0) { $0 + $1.items.count }
    #expect(lines.count == itemCount + 1)
    #expect(text.contains("personnel,shortfall.planned,Shortfall against planned strength,1500 (60%)") == false)
    #expect(
      text.contains("personnel,shortfall.planned,Shortfall against planned strength,\"1,500 (60%)\",1500,personnel"))
    #expect(
      text.contains(
        "contributors,contributor.KEN.deployed,Kenya: deployed,700+,700,personnel,at_least,2025-03,SOURCE-ARTICLE"))
  }

  @Test func aBannerFramesEveryExport() {
    var scenario = Scenario.haitiMSS
    scenario.mission.banner = "UNCLASSIFIED // FOR TRAINING"
    let report = Report(scenario: scenario, results: recalculate(scenario))
    #expect(ReportFormat.json.render(report).contains("\"banner\": \"UNCLASSIFIED // FOR TRAINING\""))
    let csv = ReportFormat.csv.render(report).split(separator: "\n")
    #expect(csv[1].hasPrefix("banner,banner,Banner,UNCLASSIFIED // FOR TRAINING"))
    #expect(csv.last?.hasPrefix("banner,banner,Banner,UNCLASSIFIED // FOR TRAINING") == true)
    for format in [ReportFormat.text, .markdown] {
      let text = format.render(report)
      let lines = text.split(separator: "\n")
      #expect(lines.first?.contains("UNCLASSIFIED // FOR TRAINING") == true)
      #expect(lines.last?.contains("UNCLASSIFIED // FOR TRAINING") == true)
    }
  }

  @Test func escapeSequencesFromAFileNeverReachTheOutput() {
    var scenario = Scenario.haitiMSS
    scenario.mission.name = "MSS\u{1B}]0;pwned\u{07}\u{1B}[2J"
    scenario.contributors[0].country = "Kenya\u{9B}31m"
    let report = Report(scenario: scenario, results: recalculate(scenario))
    for format in [ReportFormat.text, .markdown, .csv] {
      let text = format.render(report)
      #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }
    let json = ReportFormat.json.render(report)
    #expect(json.contains("MSS\\u001B]0;pwned\\u0007\\u001B[2J"))
  }
}
