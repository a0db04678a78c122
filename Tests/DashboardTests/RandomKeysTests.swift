import Foundation
import ScenarioStore
import Testing

@testable import Dashboard
@testable import ForceModel

/// Thousands of random keys, clicks, resizes and reloads in every mode, as a cat on the
/// keyboard or a hostile user would press them: nothing crashes, every frame is whole, a
/// read-only display and a kiosk never change the data or ask for a write, and a kiosk asks
/// for nothing but quitting and redrawing.
///
/// `FORCEBOARD_RANDOM_KEYS=N` presses N keys in each mode instead of the default (CI's
/// 700 × 6 modes); the seed of a failing run is in its message, and `FORCEBOARD_SEED` replays it.
@Suite struct RandomKeysTests {
  /// Keys per mode.
  static var count: Int {
    ProcessInfo.processInfo.environment["FORCEBOARD_RANDOM_KEYS"].flatMap(Int.init) ?? 700
  }
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["FORCEBOARD_SEED"].flatMap(UInt64.init) ?? 20_261_204
  }

  /// Every key any map binds, and keys no map binds.
  static let keys: [Key] = {
    var keys =
      KeyMap.panels.keys + KeyMap.editor.keys + KeyMap.form.keys + KeyMap.pathPrompt.keys
      + KeyMap.filterPrompt.keys + KeyMap.reading.keys + KeyMap.history.keys + KeyMap.goalSeek.keys
    keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab]
    keys += [.backspace, .delete, .function(1), .function(5), .control("c"), .control("z")]
    keys += "0123456789.,-+~≤$€kKmM @[]{}/yYnNqQ".map { Key.character($0) }
    keys += ["é", "👩‍👩‍👧", "\u{1B}", "\u{7F}", "\u{202E}", "字"].map { Key.character($0) }
    return keys
  }()

  enum Mode: String, CaseIterable, Sendable {
    case browse, readOnly, kiosk, address, awaiting, history
  }

  static let gsf = GSFScenario.scenario

  func start(_ mode: Mode) -> AppState {
    var state: AppState
    switch mode {
    case .browse: state = AppState(scenario: .haitiMSS, sourceName: "built-in")
    case .readOnly: state = AppState(scenario: .haitiMSS, sourceName: "haiti.yaml", readOnly: true)
    case .kiosk:
      state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", readOnly: true)
      state.ops.kiosk = true
      state.ops.cycleSeconds = 5
    case .address:
      // Browsing an address: read-only, but `W` may save a copy.
      state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml", readOnly: true)
      state.source.canSaveCopy = true
    case .awaiting:
      state = AppState.awaiting(AwaitedSource(shown: "https://ops.example/mss.yaml"), sourceName: "mss.yaml")
    case .history: state = AppState(scenario: Self.gsf, sourceName: "gsf.yaml")
    }
    _ = reduce(&state, .clock(ClockReading(seconds: 1_795_939_200)))
    return state
  }

  @Test(arguments: Mode.allCases)
  func randomKeysNeverBreakTheScreenOrTheRules(mode: Mode) {
    let seed = Self.seed &+ UInt64(Mode.allCases.firstIndex(of: mode) ?? 0)
    var random = SplitMix64(seed: seed)
    var state = start(mode)
    let data = state.history.current
    var seconds: Int64 = 1_795_939_200
    for step in 0..<Self.count {
      let roll = Int.random(in: 0..<100, using: &random)
      let action: Action
      switch roll {
      case 0..<80: action = .key(Self.keys.randomElement(using: &random) ?? .escape)
      case 80..<88:
        let kinds: [MouseEvent.Kind] = [.click, .doubleClick, .wheelUp, .wheelDown]
        action = .mouse(
          MouseEvent(
            kinds.randomElement(using: &random) ?? .click, x: Int.random(in: -2..<state.width + 2, using: &random),
            y: Int.random(in: -2..<state.height + 2, using: &random)))
      case 88..<92:
        action = .resize(width: Int.random(in: 1...220, using: &random), height: Int.random(in: 1...70, using: &random))
      case 92..<96:
        seconds += Int64.random(in: 1...900, using: &random)
        action = .clock(ClockReading(seconds: seconds))
      default: action = .tick
      }
      let effects = reduce(&state, action)
      let grid = render(state)
      // Checked with plain comparisons and recorded only when broken: thousands of `#expect`s
      // on whole scenarios would keep every value they captured.
      func broken(_ what: String) {
        Issue.record("\(what): mode \(mode), seed \(seed), step \(step), \(action)")
      }
      if grid.width != state.width || grid.height != state.height { broken("a frame of the wrong size") }
      if mode != .browse && mode != .history {
        if state.history.current != data { broken("a read-only display changed its data") }
        for effect in effects {
          switch effect {
          case .save(let request) where mode == .address && request.scenario == data: break  // a copy
          case .save, .writeJournal, .open: broken("a read-only display asked for \(effect)")
          default: break
          }
        }
      }
      if mode == .kiosk, !effects.allSatisfy({ $0 == .quit || $0 == .redrawAll }) {
        broken("a kiosk asked for \(effects)")
      }
      if effects.contains(.quit) { state = start(mode) }
    }
  }
}
