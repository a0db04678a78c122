import Dashboard
import ForceModel
import ScenarioStore
import Synchronization

/// Follows a scenario at an address for a display: conditional requests on a schedule, with
/// jitter so a hundred screens do not arrive together, and exponential backoff (capped) while
/// the server is away. Runs its fetches on the background reader's thread; `poll` says what
/// happened as an action, or nil when nothing did (a 304 while all is well).
final class RemotePoller: Sendable {
  private struct State {
    var validators: HTTPFetcher.Validators?
    /// The last scenario read well: offered again when the server answers 304 after a fault,
    /// so the NOT LIVE banner goes once the server is back with the same data.
    var lastGood: OpenedScenario?
    var failures = 0
  }

  let fetcher: HTTPFetcher
  /// Seconds between polls while all is well.
  let interval: Double
  /// The longest wait between tries while the server is away.
  let backoffCap: Double
  private let state: Mutex<State>

  /// A poller that has read nothing yet: its first poll fetches the whole scenario.
  init(fetcher: HTTPFetcher, interval: Double) {
    self.fetcher = fetcher
    self.interval = max(1, interval)
    backoffCap = max(self.interval, 300)
    state = Mutex(State())
  }

  /// How long to wait before the next poll: the interval (doubled for each failure in a row,
  /// up to the cap), spread by ±10 %.
  func nextDelay(random: Double = Double.random(in: 0.9...1.1)) -> Double {
    let failures = state.withLock { $0.failures }
    return min(backoffCap, interval * Double(1 << min(failures, 16))) * random
  }

  /// The first poll comes at a random point of the first interval, so screens started together
  /// (after a power cut) spread out.
  func firstDelay(random: Double = Double.random(in: 0.2...1.0)) -> Double { interval * random }

  /// One conditional request and what it means for the display.
  func poll() -> Action? {
    let validators = state.withLock { $0.validators }
    let outcome: HTTPFetcher.Outcome
    do {
      outcome = try fetcher.fetch(since: validators)
    } catch {
      state.withLock { $0.failures += 1 }
      return .reloadFailed(error.description)
    }
    switch outcome {
    case .notModified:
      return state.withLock { box -> Action? in
        defer { box.failures = 0 }
        return box.failures > 0 ? box.lastGood.map { .reloaded($0) } : nil
      }
    case .body(let bytes, let fresh):
      do {
        let loaded = try ScenarioArgument.loaded(bytes, validators: fresh, fetcher: fetcher)
        let opened = loaded.opened()
        state.withLock {
          $0.validators = fresh
          $0.lastGood = opened
          $0.failures = 0
        }
        return .reloaded(opened)
      } catch {
        // The old validators stay: the next poll fetches the file again rather than a 304
        // that would look like recovery.
        state.withLock { $0.failures += 1 }
        if case .content(let content) = error {
          let shown = fetcher.address.shown
          return .reloadFailed(content.oneLine(path: shown, as: shown))
        }
        return .reloadFailed(error.description)
      }
    }
  }
}
