import PropertyBased
import Testing

@testable import ForceModel

/// A deferred funding list stepped over in two halves at once finds what stepping over it one
/// element after another finds: the same offsets and count, or the same first problem, however
/// the bytes near the middle mislead the guess of where an element starts.
@Suite struct DeferredHalvesTests {
  /// Pieces of a funding line's object, some with text that looks like an element's start.
  static let pieces = [
    "\"a\": 1", "\"s\": \"}, {\"", "\"t\": \"x\\\"}, {\\\"y\"", "\"l\": [{\"k\": \"}\"}, 2]", "\"n\": null",
    "\"o\": {\"in\": [1, {\"deep\": \"},{\"}]}", "\"e\": \"\\\\\"",
    "\"k\": [{\"id\": \"e\", \"n\": 1}, {\"id\": \"e\", \"n\": 2}]",
  ]

  /// A scenario-shaped text whose funding list holds `count` objects made of random pieces.
  static func text(_ random: inout SplitMix64, count: Int) -> String {
    // Every element begins alike, as a file's lines do; some hold objects that begin so too.
    let elements = (0..<count).map { _ in
      "{\"id\": \"e\", \"n\": null"
        + (0..<Int(random.next() % 4)).map { _ in ", " + pieces[Int(random.next() % UInt64(pieces.count))] }
        .joined() + "}"
    }
    let separator = random.next() % 2 == 0 ? ",\n    " : ","
    return "{\"mission\": {\"name\": \"M\"},\n  \"funding\": [\n    " + elements.joined(separator: separator)
      + "\n  ],\n  \"after\": [1, {\"x\": \"}, {\"}]}"
  }

  /// The deferred list's offsets and count, or the problem, with the halves from `halvesFrom`.
  static func stepped(_ bytes: [UInt8], halvesFrom: Int) -> String {
    do {
      let document = try JSONDocumentParser.parse(
        bytes, file: "f.json", defersFunding: true, deferredHalvesFrom: halvesFrom)
      let list = document.entries(document.root).first { document.string($0.key) == "funding" }?.value
      guard let list else { return "no list" }
      return "\(document.deferredElements(list) ?? []) \(document.childCount(list))"
    } catch {
      return error.description
    }
  }

  @Test func theHalvesFindWhatOneStepAfterAnotherFinds() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
      var random = SplitMix64(seed: UInt64(seed))
      var bytes = Array(Self.text(&random, count: Int(random.next() % 40)).utf8)
      // Some texts broken: cut short, or a byte overwritten.
      switch random.next() % 4 {
      case 0: bytes.removeLast(Int(random.next() % UInt64(bytes.count)))
      case 1:
        bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(
          ascii: ["]", "}", "\"", ",", "x"][Int(random.next() % 5)])
      default: break
      }
      #expect(Self.stepped(bytes, halvesFrom: 0) == Self.stepped(bytes, halvesFrom: .max))
    }
  }

  @Test func aPlainListIsSteppedInHalvesToTheSameOffsets() throws {
    // Where the guess of the middle is an element's start, the halves are used, and agree.
    let plain = Array(("{\"funding\": [" + (0..<50).map { "{\"id\": \"l\($0)\"}" }.joined(separator: ", ") + "]}").utf8)
    let halves = try #require(JSONDocumentParser.offsetsInHalves(of: plain, from: 13))
    #expect("\(halves) 50" == Self.stepped(plain, halvesFrom: .max))
    // A guess in a deeper list, whose objects begin as the list's own do, is not used: the
    // middle of this text is inside the one long element.
    let inner = (0..<200).map { "{\"k\": 0, \"l\": \($0)}" }.joined(separator: ", ")
    let deep = Array(
      ("{\"funding\": [{\"k\": 0, \"l\": 1}, {\"k\": 0, \"l\": [" + inner + "]}, {\"k\": 0, \"l\": 2}]}").utf8)
    #expect(JSONDocumentParser.offsetsInHalves(of: deep, from: 13) == nil)
    #expect(Self.stepped(deep, halvesFrom: 0) == Self.stepped(deep, halvesFrom: .max))
  }
}
