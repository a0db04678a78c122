#if canImport(Glibc)
  import Glibc
#endif

/// Puts the terminal back when the program is stopped by a signal or crashes, so a user is
/// never left with no echo, a hidden cursor or the alternate screen.
///
/// Termination signals (INT, TERM, HUP) only set a flag: the run loop notices it within one
/// input timeout and quits cleanly. Crash signals restore the terminal with async-signal-safe
/// calls (write, tcsetattr) and then die as they would have.
public enum TerminalGuard {
  nonisolated(unsafe) static var savedModes = termios()
  nonisolated(unsafe) static var haveSavedModes = false
  nonisolated(unsafe) static var pendingSignal: Int32 = 0
  nonisolated(unsafe) static var resumed: Int32 = 0
  /// Set by SIGCONT: a `fg` that came before the suspend handler stopped the program.
  nonisolated(unsafe) static var continued: Int32 = 0
  /// The thread that draws and reads keys, which alone suspends the program.
  nonisolated(unsafe) static var mainThread = pthread_self()
  nonisolated(unsafe) static var programModes = termios()
  nonisolated(unsafe) static var haveProgramModes = false

  /// The termination signal received, if any (SIGINT, SIGTERM, SIGHUP).
  public static var receivedSignal: Int32? { pendingSignal == 0 ? nil : pendingSignal }

  static func install() {
    if tcgetattr(0, &savedModes) == 0 { haveSavedModes = true }
    // A parent may have blocked signals and the mask is inherited: unblock the ones we rely on
    // (resize, suspend and resume, and the ones that end us).
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, number) }
    sigprocmask(SIG_UNBLOCK, &wanted, nil)
    for stop in [SIGINT, SIGTERM, SIGHUP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in TerminalGuard.pendingSignal = number }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(stop, &action, nil)
    }
    for crash in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        TerminalGuard.restoreModes()
        signal(number, SIG_DFL)
        raise(number)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
      sigaction(crash, &action, nil)
    }
  }

  /// Suspends with the terminal given back (Ctrl-Z) and, continued (`fg`), asks for a whole
  /// frame: ncurses would redraw only its own picture of the screen, and it draws none of ours.
  ///
  /// The handler gives the terminal back as a crash does, stops, and once continued marks the
  /// program resumed: `CursesScreen`'s next read (within one input timeout) takes the screen
  /// back. Installed before ncurses starts, which then keeps its own suspend handler out.
  static func installSuspend() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      // The kernel may hand the signal to any thread; the one that draws takes it, so that a
      // frame it is writing (with the signal held back) is never cut, and its read wakes.
      guard pthread_equal(pthread_self(), TerminalGuard.mainThread) != 0 else {
        pthread_kill(TerminalGuard.mainThread, SIGTSTP)
        return
      }
      TerminalGuard.continued = 0
      TerminalGuard.restoreModes()
      signal(SIGTSTP, SIG_DFL)
      var stop = sigset_t()
      sigemptyset(&stop)
      sigaddset(&stop, SIGTSTP)
      // Delivered as soon as it is unblocked: the process stops here until continued — unless
      // it was continued already (a quick `fg` while the terminal was being given back), when
      // stopping now would wait for a SIGCONT that has come and gone.
      if TerminalGuard.continued == 0 { raise(SIGTSTP) }
      sigprocmask(SIG_UNBLOCK, &stop, nil)
      // The program's modes (no line editing, no echo) at once: a read under way would
      // otherwise wait for a whole line.
      if TerminalGuard.haveProgramModes { tcsetattr(0, TCSANOW, &TerminalGuard.programModes) }
      TerminalGuard.installSuspend()
      TerminalGuard.resumed = 1
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGTSTP, &action, nil)
    var resume = sigaction()
    resume.__sigaction_handler.sa_handler = { _ in TerminalGuard.continued = 1 }
    sigemptyset(&resume.sa_mask)
    resume.sa_flags = 0
    sigaction(SIGCONT, &resume, nil)
  }

  /// Names the calling thread as the one that draws (before any other thread starts).
  static func drawOnThisThread() { mainThread = pthread_self() }

  /// Keeps the terminal's modes as the program set them, to put back when continued — but
  /// with reads that return at once when nothing is there: a key typed just before Ctrl-Z may
  /// have gone to the shell, and ncurses, told there was one, would wait for the next key
  /// before the screen is taken back. ncurses puts its own modes back when it does that.
  static func saveProgramModes() {
    guard tcgetattr(0, &programModes) == 0 else { return }
    withUnsafeMutableBytes(of: &programModes.c_cc) { characters in
      characters[Int(VMIN)] = 0
      characters[Int(VTIME)] = 0
    }
    haveProgramModes = true
  }

  /// Runs `body` with Ctrl-Z held back; a suspend asked for meanwhile happens after it.
  static func holdingSuspend(_ body: () -> Void) {
    var suspend = sigset_t()
    sigemptyset(&suspend)
    sigaddset(&suspend, SIGTSTP)
    var before = sigset_t()
    sigprocmask(SIG_BLOCK, &suspend, &before)
    body()
    sigprocmask(SIG_SETMASK, &before, nil)
  }

  /// True once after a suspended program was continued.
  static func takeResumed() -> Bool {
    guard resumed != 0 else { return false }
    resumed = 0
    return true
  }

  /// Leaves the alternate screen, shows the cursor, resets colours, mouse and cursor keys, and
  /// puts the terminal modes back. Only async-signal-safe calls.
  static func restoreModes() {
    // A static string: nothing allocated, as a signal may come in the middle of an allocation.
    let reset: StaticString =
      "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1049l\u{1B}[?25h\u{1B}[?1l\u{1B}>"
    _ = reset.withUTF8Buffer { write(1, $0.baseAddress, $0.count) }
    if haveSavedModes { tcsetattr(0, TCSANOW, &savedModes) }
  }
}
