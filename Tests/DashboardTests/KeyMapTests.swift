import ForceModel
import Testing

@testable import Dashboard

/// The key maps are the one place keys are defined: these tests fail when a key is bound twice,
/// when an action has no help line, or when the help or the key bar names a key that does
/// nothing.
@Suite struct KeyMapTests {
  /// Every context a key can arrive in, with its map's keys.
  static var contexts: [(name: String, keys: [Key])] {
    var all: [(String, [Key])] = [
      ("panels", KeyMap.panels.keys), ("editor", KeyMap.editor.keys), ("form", KeyMap.form.keys),
      ("path prompt", KeyMap.pathPrompt.keys), ("filter prompt", KeyMap.filterPrompt.keys),
      ("reading box", KeyMap.reading.keys), ("history", KeyMap.history.keys), ("goal seek", KeyMap.goalSeek.keys),
    ]
    let journal = JournalOffer(
      path: "/j", journal: EditJournal(source: "builtin", digest: ContentDigest(value: 0), edits: []), written: "now")
    let kinds: [Dashboard.Confirmation.Kind] = [
      .reset, .quit, .overwrite(path: "a", quitAfter: false), .discardAndOpen(path: "a"),
      .remove(.planned(nil)), .restore([journal]), .restore([journal, journal, journal]),
    ]
    for kind in kinds { all.append(("question \(kind)", KeyMap.answers(kind).keys)) }
    return all
  }

  @Test func noKeyIsBoundTwiceInOneContext() {
    for (name, keys) in Self.contexts {
      var seen: Set<Key> = []
      for key in keys {
        #expect(!seen.contains(key), "\(key.name) is bound twice in the \(name)")
        seen.insert(key)
      }
    }
  }

  @Test func everyPanelCommandHasAKeyAndAHelpLine() {
    for command in PanelCommand.allCases {
      let rows = KeyMap.panels.rows.filter { $0.bindings.contains { $0.command == command } }
      #expect(!rows.isEmpty, "\(command) has no key")
      for row in rows {
        #expect(row.help.first?.isEmpty == false, "\(command) has no help line")
        #expect(row.group != .modal, "\(command) is not in the help box")
      }
    }
    for row in KeyMap.panels.rows { #expect(!row.bindings.isEmpty, "a row with no key: \(row.label)") }
  }

  /// Every word of a help label is a key bound in the map it belongs to (a panel key among the
  /// panels' keys, a reading key among the reading box's: never one map's key vouching for the
  /// other's label), or a mouse gesture.
  @Test func theHelpNamesNoKeyThatDoesNothing() {
    let state = AppState(scenario: .haitiMSS, sourceName: "t")
    let text = HelpContent.lines(state).map(\.0)
    let maps: [(String, [String], Set<String>)] = [
      ("panels", KeyMap.panels.rows.map(\.label), Set(KeyMap.panels.keys.map(\.name))),
      (
        "reading", KeyMap.reading.rows.filter { $0.group != .modal }.map(\.label),
        Set(KeyMap.reading.keys.map(\.name))
      ),
    ]
    for (name, labels, bound) in maps {
      for label in labels {
        #expect(text.contains { $0.hasPrefix("  " + label) }, "\(label) is missing from help")
        for word in label.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," }).map(String.init) {
          #expect(bound.contains(word) || word == "double-click", "\(name) help names '\(word)', which no key is")
        }
      }
    }
  }

  /// Messages name keys through the maps (`KeyMap.key`): each key a message names is bound
  /// to the command it speaks of, and the words users read stay what they were.
  @Test func messagesNameTheKeysOfTheirMaps() {
    let panels: [(PanelCommand, String)] = [
      (.undo, "u"), (.save, "w"), (.saveAs, "W"), (.open, "o"), (.latest, "."), (.editAssumptions, "A"),
      (.toggleCounted, "x"), (.clearFilter, "Esc"), (.quit, "q"),
    ]
    for (command, key) in panels { #expect(KeyMap.panels.key(command) == key, "\(command)") }
    #expect(KeyMap.editor.key(.cancel) == "Esc" && KeyMap.pathPrompt.key(.cancel) == "Esc")
    #expect(KeyMap.form.key(.nextField) == "Tab" && KeyMap.form.key(.commit) == "Enter")
    #expect(KeyMap.reading.key(.close) != "?" && KeyMap.history.key(.choose) == "Enter")
    #expect(KeyMap.goalSeek.key(.choose) == "Enter")
    let quit = KeyMap<AnswerCommand>.answers(.quit)
    #expect([quit.key(.yes), quit.key(.saveFirst), quit.key(.no)] == ["y", "w", "n"])
    var state = AppState(scenario: .haitiMSS, sourceName: "t")
    state.history = EditHistory(baseline: .haitiMSS)
    try? state.history.apply(.planned(HeadCount(3_000)))
    _ = state.requestQuit()
    if case .confirmation(let asked) = state.modal {
      #expect(asked.question.hasSuffix("Quit and lose them? y quits, w saves first, n stays"))
    } else {
      Issue.record("quitting with an unsaved edit asks first")
    }
  }

  /// The key bar names only keys that are bound where it is shown.
  @Test func theKeyBarNamesOnlyBoundKeys() {
    func names(_ hint: String) -> [String] {
      if hint == "↑↓" { return ["↑", "↓"] }
      if hint.contains("–") { return [String(hint.prefix(1))] }
      return hint.split(separator: "/").map(String.init)
    }
    let maps: [(String, [Key], [String])] = [
      ("panels", KeyMap.panels.keys, KeyMap.panels.rows.compactMap(\.hint?.key)),
      ("editor", KeyMap.editor.keys, KeyMap.editor.rows.compactMap(\.hint?.key)),
      ("form", KeyMap.form.keys, KeyMap.form.rows.compactMap(\.hint?.key)),
      ("filter", KeyMap.filterPrompt.keys, KeyMap.filterPrompt.rows.compactMap(\.hint?.key)),
      ("reading", KeyMap.reading.keys, KeyMap.reading.rows.compactMap(\.hint?.key)),
      ("history", KeyMap.history.keys, KeyMap.history.rows.compactMap(\.hint?.key)),
    ]
    for (name, keys, hints) in maps {
      let bound = Set(keys.map(\.name))
      for hint in hints {
        for key in names(hint) { #expect(bound.contains(key), "the \(name) bar names \(key), which is not bound") }
      }
    }
  }

  /// Read-only is a filter over the map: every row that edits is refused with the same message,
  /// and leaves the scenario as it was.
  @Test func readOnlyRefusesEveryEditingRowAndNoOther() {
    for row in KeyMap.panels.rows {
      for binding in row.bindings {
        var state = AppState(scenario: .haitiMSS, sourceName: "t", readOnly: true)
        state.focus = .contributions
        _ = reduce(&state, .key(binding.key))
        let refused = state.message == AppState.readOnlyRefusal
        #expect(refused == row.edits, "\(binding.key.name): refused \(refused), edits \(row.edits)")
        #expect(state.history.edits.isEmpty)
      }
    }
  }

  /// A read-only display of an address refuses every editing row but the one that saves a
  /// copy; help and the key bar follow the same rule.
  @Test func aDisplayOfAnAddressMaySaveACopyAndNothingElse() {
    var state = AppState(scenario: .haitiMSS, sourceName: "mss.yaml", readOnly: true)
    state.source.canSaveCopy = true
    for row in KeyMap.panels.rows where row.edits {
      #expect(state.refuses(row) == !row.savesCopy, "\(row.label)")
    }
    #expect(KeyMap.panels.resolve(.character("W"), in: state) == .run(.saveAs))
    #expect(KeyMap.panels.resolve(.character("w"), in: state) == .refused)
    _ = reduce(&state, .key(.character("w")))
    #expect(state.message == "READ-ONLY: this display of an address cannot change the scenario; W saves a local copy")
    #expect(HelpContent.lines(state).contains { $0.0.hasPrefix("  W   ") })
    #expect(reduce(&state, .key(.character("W"))).isEmpty)
    #expect(state.pathPrompt != nil, "W opens the save-as prompt")
  }

  /// The kiosk runs only the rows marked for it; every other key changes nothing on screen.
  @Test func aKioskRunsOnlyItsKeys() {
    for key in KeyMap.panels.keys where key != .character("q") {
      var state = AppState(scenario: .haitiMSS, sourceName: "t", readOnly: true)
      state.ops.kiosk = true
      state.ops.quitChord = [.character("q"), .character("y")]
      let before = render(state).text
      let effects = reduce(&state, .key(key))
      let marked = KeyMap.panels.lookup(key)?.row.kiosk == true
      #expect(effects.isEmpty != marked, "\(key.name)")
      #expect(render(state).text == before, "\(key.name) changed the kiosk's screen")
    }
  }
}
