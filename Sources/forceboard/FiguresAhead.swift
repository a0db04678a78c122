import Dashboard
import ScenarioStore
import Synchronization

/// Works out the figures the as-of cursor is likely to show next on a thread of its own,
/// while the user reads the screen (`AppState.figuresWanted`).
///
/// On 100,000 funding lines a step of the cursor is mostly its recalculation; worked out
/// between keys, a step to a neighbouring date only draws its frame. At most one request runs
/// at a time, one view after another; a key that comes while one runs waits for the view under
/// way (two recalculations at once on two cores would slow the key's own), and the views not
/// started are let go, to be asked for again from where the cursor then is.
final class FiguresAhead: Sendable {
  private struct Mailbox {
    var running = false
    var cancelled = false
    var done: [WorkedOutFigures] = []
  }

  private let mailbox = Mutex(Mailbox())
  /// The thread of the request under way or last run: started and joined only by the loop's
  /// thread, never by the worker.
  nonisolated(unsafe) private var worker: JoinableThread?

  /// Whether a request is being worked out.
  var isRunning: Bool { mailbox.withLock { $0.running } }

  /// Starts working out `request`'s views, unless a request is running.
  func start(_ request: FiguresRequest) {
    let started = mailbox.withLock { box -> Bool in
      guard !box.running else { return false }
      box.running = true
      box.cancelled = false
      return true
    }
    guard started else { return }
    let thread = JoinableThread { [self] in
      for view in request.views {
        if mailbox.withLock({ $0.cancelled }) { break }
        let figures = request.workOut(view)
        mailbox.withLock { $0.done.append(figures) }
      }
      mailbox.withLock { $0.running = false }
    }
    worker = thread
  }

  /// Lets the views not started go, waits for the one under way, and returns what was worked
  /// out: a key is about to be handled.
  func settledWork() -> Action? {
    if isRunning {
      mailbox.withLock { $0.cancelled = true }
      worker?.join()
    }
    return take()
  }

  /// The figures worked out since last asked, as the action that hands them to the state;
  /// nil when there are none.
  func take() -> Action? {
    let done = mailbox.withLock { box -> [WorkedOutFigures] in
      defer { box.done = [] }
      return box.done
    }
    return done.isEmpty ? nil : .workedOut(done)
  }
}
