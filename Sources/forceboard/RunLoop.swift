import ArgumentParser
import CursesTerminal
import Dashboard
import ForceModel
import ScenarioStore

#if canImport(Glibc)
  import Glibc
#endif

/// One thread, one loop: wait for input with a timeout, reduce, render, present.
enum RunLoop {
  /// Input timeout: how long a tick lasts when nothing happens.
  static let tickMilliseconds: Int32 = 250

  static func run(
    state initial: AppState, screen: CursesScreen, files: FileEffects, watcher initialWatcher: FileWatcher?,
    poller: RemotePoller? = nil
  ) {
    var state = initial
    // A file-size limit must fail a save with a message, not kill the program mid-edit.
    signal(SIGXFSZ, SIG_IGN)
    _ = reduce(&state, .resize(width: screen.width, height: screen.height))
    // The clock is set before the first frame: a kiosk's first frame has its clock and the
    // data's age, never a frame without them.
    _ = reduce(&state, .clock(WallClock.now()))
    var loop = FrameLoop(state: state)
    screen.present(loop.frame, theme: loop.state.theme)
    var watcher = initialWatcher
    // Read-only displays read the file again when it changes; a scenario at an address is
    // polled on its own schedule, on the same kind of thread. Editors are only told.
    let reader: BackgroundReader? =
      if let poller {
        BackgroundReader(
          path: poller.fetcher.address.shown,
          slowMessage: { name, seconds in "asking the server for \(name) has taken \(seconds) s so far" }
        ) { _ in poller.poll() }
      } else if state.readOnly, let watcher {
        BackgroundReader(path: watcher.path, files: files)
      } else {
        nil
      }
    // The first answer of an awaited address is asked for at once; later polls are spread.
    var nextPoll = WallClock.monotonic() + (state.ops.awaiting != nil ? 0 : poller?.firstDelay() ?? 0)
    var watchedStamp = loop.state.document.stamp
    // Outcomes of effects (a save, an open, a reload) come back as actions, before the next
    // key. The clock is read here, at the edge, and handed in once a second.
    var pending: [Action] = []
    var lastSecond = loop.state.clock?.seconds ?? 0
    let ahead = FiguresAhead()
    var asked: FiguresRequest?
    running: while TerminalGuard.receivedSignal == nil {
      if pending.isEmpty {
        let now = WallClock.now()
        if now.seconds != lastSecond {
          lastSecond = now.seconds
          pending.append(.clock(now))
        }
        let monotonic = WallClock.monotonic()
        if let poller, let reader, monotonic >= nextPoll, !reader.isReading {
          reader.request()
          nextPoll = monotonic + poller.nextDelay()
        }
        if let watcher, watcher.changed(now: monotonic) {
          if let reader { reader.request() } else { pending.append(.changedOnDisk(gone: watcher.isGone)) }
        }
        if let read = reader?.take() ?? reader?.overdue(now: monotonic) { pending.append(read) }
        if let worked = lookAhead(ahead, state: loop.state, asked: &asked) { pending.append(worked) }
      }
      let action =
        pending.isEmpty ? readAction(screen, ahead: ahead, loop: &loop, asked: &asked) : pending.removeFirst()
      let (effects, frame) = loop.step(action)
      // The frame goes out before any file is written: the user sees the edit first.
      if let frame { screen.present(frame, theme: loop.state.theme) }
      for effect in effects {
        guard perform(effect, loop: &loop, screen: screen, files: files, pending: &pending) else { break running }
      }
      // An editor watches the file it edits, whichever that is now (after `W` or `o`), and
      // its own saves are not someone else's changes.
      let document = loop.state.document
      if reader == nil, document.path != watcher?.path {
        watcher = document.path.map { FileWatcher(path: $0, stamp: document.stamp) }
        watchedStamp = document.stamp
      } else if reader == nil, document.stamp != watchedStamp {
        watcher?.accept(document.stamp)
        watchedStamp = document.stamp
      }
    }
    screen.restore()
  }

  /// The next key, mouse event or resize (a tick when none comes), with what was worked out
  /// ahead put in place before it is handled; what was let go is asked for again if still wanted.
  private static func readAction(
    _ screen: CursesScreen, ahead: FiguresAhead, loop: inout FrameLoop, asked: inout FiguresRequest?
  ) -> Action {
    guard let event = screen.readEvent(timeout: tickMilliseconds) else { return .tick }
    if let worked = ahead.settledWork() { _ = loop.step(worked) }
    asked = nil
    return event.action
  }

  /// Hands on figures worked out ahead, or asks for the ones the state wants next (once per
  /// request: a request the state drops is not asked for again).
  private static func lookAhead(_ ahead: FiguresAhead, state: AppState, asked: inout FiguresRequest?) -> Action? {
    if let worked = ahead.take() { return worked }
    guard !ahead.isRunning, let wanted = state.figuresWanted else { return nil }
    if let asked, asked.asksTheSame(as: wanted) { return nil }
    asked = wanted
    ahead.start(wanted)
    return nil
  }

  /// Carries out one effect at the edge; false when it ends the program. A save's or an open's
  /// outcome comes back as an action, before the next key.
  private static func perform(
    _ effect: Effect, loop: inout FrameLoop, screen: CursesScreen, files: FileEffects, pending: inout [Action]
  ) -> Bool {
    switch effect {
    case .quit: return false
    case .redrawAll:
      screen.redrawAll()
      screen.present(loop.frame, theme: loop.state.theme)
    case .setMouseCapture(let on): screen.setMouseCapture(on)
    case .save(let request): pending.append(.saveFinished(files.save(request)))
    case .open(let path): pending.append(files.open(path))
    case .writeJournal(let journal):
      if let problem = files.write(journal), let frame = loop.show(problem) {
        screen.present(frame, theme: loop.state.theme)
      }
    case .deleteJournal(let key): files.deleteJournal(key)
    case .discardJournals(let paths): files.discardJournals(paths)
    case .setJournalAside(let path, let reason): files.setAside(path, reason: reason)
    }
    return true
  }
}
