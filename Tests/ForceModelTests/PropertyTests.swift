import PropertyBased
import Synchronization
import Testing

@testable import ForceModel

/// Invariants that must hold for every scenario, not just the built-in one.
@Suite struct PropertyTests {
  static let seeds = Gen.int(in: 0...Int(Int32.max))

  @Test func shortfallsAreNeverNegative() async {
    await propertyCheck(count: 300, input: Self.seeds) { seed in
      let results = recalculate(RandomScenario.make(seed: UInt64(seed)))
      for shortfall in results.shortfalls {
        #expect(shortfall.count >= 0)
        #expect(shortfall.surplus >= 0)
        #expect(shortfall.count == 0 || shortfall.surplus == 0)
        #expect(shortfall.ratio >= 0 && shortfall.ratio <= 1)
      }
      for contributor in results.contributors { #expect((contributor.pledgedNotDeployed ?? 0) >= 0) }
    }
  }

  @Test func sharesSumToOneWheneverAnyoneIsDeployed() async {
    await propertyCheck(count: 300, input: Self.seeds) { seed in
      let results = recalculate(RandomScenario.make(seed: UInt64(seed)))
      let sum = results.contributors.reduce(0) { $0 + $1.share }
      if results.deployedTotal > 0 {
        #expect(abs(sum - 1) < 1e-9)
        #expect(results.concentration > 0 && results.concentration <= 1 + 1e-12)
      } else {
        #expect(sum == 0)
      }
    }
  }

  @Test(arguments: ScenarioFile.Format.allCases)
  func writingAndReadingGivesAnEqualScenario(format: ScenarioFile.Format) async {
    await propertyCheck(count: 200, input: Self.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      let text = ScenarioFile.encode(scenario, as: format)
      do {
        let back = try ScenarioFile.decode(bytes: Array(text.utf8), file: "round.\(format.rawValue)")
        #expect(back == scenario)
      } catch {
        Issue.record("\(error)\n\(text)")
      }
    }
  }

  /// A damaged file (bytes cut, changed, or moved about, as a bad copy or a half-written save
  /// leaves it) is either read or refused with positions inside the file; it never crashes.
  @Test(arguments: ScenarioFile.Format.allCases)
  func aDamagedFileIsReadOrRefusedWithAPosition(_ format: ScenarioFile.Format) async {
    let original = Array(ScenarioFile.encode(.haitiMSS, as: format).utf8)
    let lines = original.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    let file = format == .json ? "damaged.json" : "damaged.yaml"
    await propertyCheck(count: 300, input: Self.seeds) { seed in
      var generator = SplitMix64(seed: UInt64(seed))
      var bytes = original
      for _ in 0..<(1 + Int(generator.next() % 4)) {
        let at = Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 4 {
        case 0: bytes.removeSubrange(at..<min(bytes.count, at + Int(generator.next() % 40)))
        case 1: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
        case 2: bytes.insert(contentsOf: Array("- [{&a *a !!x \"'\t:".utf8).shuffled(using: &generator), at: at)
        default: bytes = Array(bytes[..<at])
        }
        if bytes.isEmpty { break }
      }
      do throws(ScenarioFileError) {
        _ = try ScenarioFile.decode(bytes: bytes, file: file)
      } catch {
        #expect(!error.diagnostics.isEmpty)
        for diagnostic in error.diagnostics {
          #expect(diagnostic.file == file)
          #expect(diagnostic.mark.line >= 1 && diagnostic.mark.line <= lines + 1, "\(diagnostic)")
          #expect(diagnostic.mark.column >= 1, "\(diagnostic)")
        }
      }
    }
  }

  @Test func recalculationIsDeterministic() async {
    await propertyCheck(count: 200, input: Self.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      #expect(recalculate(scenario) == recalculate(scenario))
      #expect(recalculate(scenario) == recalculate(RandomScenario.make(seed: UInt64(seed))))
    }
  }

  @Test func cashInHandNeverExceedsWhatWasReceived() async {
    await propertyCheck(count: 200, input: Self.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      let funding = recalculate(scenario).funding
      // Sums taken in different orders may differ in the last bits: allow a relative 1e-12.
      let slack = max(1e-6, abs(funding.cash.received) * 1e-12)
      #expect(funding.cash.inHand <= funding.cash.received + slack)
      #expect(funding.cash.inHand >= 0)
      for ledger in scenario.funding.indices.compactMap({ funding.ledger(of: $0, in: scenario) }) {
        #expect(ledger.inHand <= ledger.received + max(1e-6, ledger.received * 1e-12))
      }
    }
  }

  /// Moving the as-of date with no new inputs changes no money result but its staleness: on the
  /// day before the next thing becomes known, every money result is what it was on the day the
  /// last thing did (any scenario, any pair of neighbouring event days).
  @Test func timePassingAloneChangesNoMoneyResult() async {
    await propertyCheck(count: 200, input: Self.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      let days = scenario.eventDays
      guard days.count >= 2 else { return }
      let pick = Int(UInt64(seed) % UInt64(days.count - 1))
      let (event, next) = (days[pick], days[pick + 1])
      guard next.number - event.number >= 2 else { return }
      let at = KnowledgeHorizonTests.Money(recalculate(scenario.asOf(event.asOf)).funding)
      let later = KnowledgeHorizonTests.Money(recalculate(scenario.asOf(next.adding(days: -1).asOf)).funding)
      #expect(at == later, "seed \(seed): \(event) → \(next.adding(days: -1))")
    }
  }

  /// Moving a receipt or a due date later never makes the money last longer at the same burn.
  /// (The flows are additions here: moving an addition past a running total "to date" changes
  /// what it means — it is then no longer inside that total — which is not a later receipt.)
  @Test func aFlowMovedLaterNeverMakesTheRunwayLonger() async {
    // How many cases reached the comparison: a property that returns early on every case
    // would pass without checking anything. About one in nine does (the rest move a receipt past
    // its own spending, which a file may not say, or change the burn), so 1,000 cases.
    let compared = Atomic<Int>(0)
    await propertyCheck(count: 1_000, input: Self.seeds) { seed in
      var scenario = RandomScenario.make(seed: UInt64(seed))
      scenario.mission.asOf = AsOf(year: 2025, month: 6)
      for line in scenario.funding.indices {
        for flow in scenario.funding[line].flows.indices { scenario.funding[line].flows[flow].toDate = false }
      }
      // Each period carries the last one's money over: a receipt moved from one period into the
      // next is otherwise the next one's money, rightly lasting longer there (MandateMoneyTests).
      for index in scenario.mission.periods.indices {
        scenario.mission.periods[index].carryOver = CarryOver(cash: true, commitments: true, sources: [])
      }
      let before = recalculate(scenario).funding
      var later = scenario
      for line in later.funding.indices {
        for flow in later.funding[line].flows.indices {
          var moved = later.funding[line].flows[flow]
          switch moved.stage {
          case .received:
            if let date = moved.amount.asOf {
              moved.amount.asOf = date.lastDay.adding(days: 45).asOf
            }
          case .commitment: moved.due = moved.due.map { $0.lastDay.adding(days: 45).asOf }
          default: break
          }
          later.funding[line].flows[flow] = moved
        }
      }
      // Only valid scenarios: a receipt moved past spending of it would be refused by validate
      // (more spent than received), and cash in hand cannot be read from such a line.
      guard
        (try? ScenarioFile.decode(bytes: Array(ScenarioFile.encode(later, as: .json).utf8), file: "later.json")) != nil
      else { return }
      let after = recalculate(later).funding
      // The same burn: the comparison is only fair when moving flows did not change it.
      guard after.burn == before.burn else { return }
      compared.add(1, ordering: .relaxed)
      for (old, new) in [
        (before.runwayCashOnly, after.runwayCashOnly), (before.runwayWithCommitments, after.runwayWithCommitments),
      ] {
        switch (old, new) {
        case (.runsOut(let a), .runsOut(let b)): #expect(b <= a, "seed \(seed)")
        case (.runsOut, .lasts): Issue.record("moved later, the money now lasts (seed \(seed))")
        default: break
        }
      }
    }
    #expect(
      compared.load(ordering: .relaxed) >= 60, "only \(compared.load(ordering: .relaxed)) of 1,000 cases compared")
  }

  @Test func reportsNeverCarryControlCharacters() async {
    await propertyCheck(count: 100, input: Self.seeds) { seed in
      let scenario = RandomScenario.make(seed: UInt64(seed))
      let report = Report(scenario: scenario, results: recalculate(scenario))
      for format in [ReportFormat.text, .markdown, .csv] {
        let text = format.render(report)
        #expect(
          !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x09 || (0x80...0x9F).contains($0.value) })
      }
    }
  }

  /// The quick test of whether a text needs escaping agrees with the escaping itself, on texts
  /// of the characters either side of every edge it tells apart, and the report's JSON writes
  /// such a text exactly as a scenario file does.
  @Test func aTextIsEscapedExactlyWhenTheQuickTestSaysSo() async {
    let pool: [Character] = [
      "a", " ", "\"", "\\", "\n", "\t", "\u{1F}", "\u{7E}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "£",
      "é", "€", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}",
      "\u{206A}", "\u{FEFE}", "\u{FEFF}", "\u{FFFD}", "🇰🇪",
    ]
    await propertyCheck(count: 500, input: Self.seeds) { seed in
      var random = SplitMix64(seed: UInt64(seed))
      let text = String((0..<Int(random.next() % 6)).map { _ in pool[Int(random.next() % UInt64(pool.count))] })
      let quoted = DocumentWriter.quote(text)
      var copy = text
      #expect(copy.withUTF8(DocumentWriter.needsEscape) == (quoted != "\"" + text + "\""), "\(quoted)")
      var bytes = JSONBytes()
      bytes.quoted(text)
      var written = ""
      bytes.hand { written = String(decoding: $0, as: UTF8.self) }
      #expect(written == quoted)
    }
  }

  /// The one-pass width reading agrees with the character-by-character rules: a text it calls
  /// simple has one cell per character and per scalar, ASCII exactly when every byte is
  /// printable ASCII; and a simple text's cut keeps whole characters, ends with `…` and fits.
  @Test func theOnePassWidthAgreesWithTheFullRules() async {
    let pool: [Character] = [
      "a", " ", "~", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "£", "é", "\u{2FF}", "e\u{301}", "\u{2010}",
      "\u{2028}", "€", "→", "─", "█", "▲", "\u{25FC}", "\u{25FD}", "ケ", "🇰🇪", "👩‍👩‍👧", "\r\n", "★", "⚠", "⚠️",
      "✓", "✗", "\u{2719}", "\u{2604}",
    ]
    await propertyCheck(count: 500, input: Self.seeds) { seed in
      var random = SplitMix64(seed: UInt64(seed))
      let text = String((0..<Int(random.next() % 8)).map { _ in pool[Int(random.next() % UInt64(pool.count))] })
      let widths = text.map { TextWidth.of($0) }
      let everyScalarSimple = text.unicodeScalars.allSatisfy { TextWidth.simpleWidth($0.value) != nil }
      let simple = TextWidth.simple(text)
      #expect((simple != nil) == everyScalarSimple, "\(text.unicodeScalars.map(\.value))")
      if let simple {
        #expect(simple.cells == widths.reduce(0, +) && simple.cells == text.count)
        #expect(simple.cells == text.unicodeScalars.count)
        #expect(simple.ascii == text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F })
      }
      #expect(TextWidth.of(text) == widths.reduce(0, +))
      let width = Int(random.next() % 6) + 1
      let cut = TextWidth.truncate(text, to: width)
      #expect(TextWidth.of(cut) <= width)
      if cut != text {
        #expect(cut.hasSuffix("…") && text.hasPrefix(cut.dropLast()))
        #expect(TextWidth.of(cut) >= width - 1 || widths.contains(2))
      }
    }
  }

  /// Every scalar the one-pass reading takes as one cell is one cell by the full rules too:
  /// neither wide, nor zero-width, nor a mark that joins the scalar before it.
  @Test func everySimpleScalarIsOneCellByTheFullRules() {
    var checked = 0
    for value in UInt32(0)...0x3_0000 {
      guard TextWidth.simpleWidth(value) != nil, let scalar = Unicode.Scalar(value) else { continue }
      checked += 1
      #expect(!TextWidth.isWide(scalar) && !TextWidth.isZeroWidth(scalar), "U+\(String(value, radix: 16))")
      #expect(!scalar.properties.isGraphemeExtend && !scalar.properties.isEmojiPresentation)
      #expect(("a" + String(Character(scalar))).count == 2, "U+\(String(value, radix: 16)) joins the a")
    }
    #expect(checked > 1_000)
  }

  /// Counting a text's line breaks eight bytes at a time gives what counting them one at a
  /// time gives, wherever the bytes of a break fall against the words, and refuses the same
  /// texts (a lone `\r`, U+0085, U+2028, U+2029); a line's end is found the same way.
  @Test func lineBreaksCountedByTheWordAgreeWithThemCountedByTheByte() async {
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array(" ".utf8), [0x0A], [0x0D, 0x0A], [0x0D], Array("£".utf8), [0xC2, 0x85], Array("€".utf8),
      Array("\u{2028}".utf8), Array("\u{2029}".utf8), Array("\u{2027}".utf8), Array("- item: 1".utf8),
    ]
    await propertyCheck(count: 500, input: Self.seeds) { seed in
      var random = SplitMix64(seed: UInt64(seed))
      let bytes = (0..<Int(random.next() % 24)).flatMap { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
      bytes.withUnsafeBufferPointer { buffer in
        #expect(
          YAMLFundingSplit.lineBreaks(in: buffer) == YAMLFundingSplit.lineBreaks(in: buffer, from: 0, to: buffer.count),
          "\(bytes)")
      }
      // And a line's end, found a word at a time, is its first `\n` (or the text's end).
      for start in 0...bytes.count {
        let naive = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        #expect(YAMLFundingSplit.lineEnd(bytes, from: start) == naive, "\(bytes) from \(start)")
      }
    }
  }
}
