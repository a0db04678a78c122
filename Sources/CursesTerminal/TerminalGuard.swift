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

  /// Leaves the alternate screen, shows the cursor, resets colours and mouse, and puts the
  /// terminal modes back. Only async-signal-safe calls.
  static func restoreModes() {
    let reset = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1049l\u{1B}[?25h"
    var bytes = Array(reset.utf8)
    _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
    if haveSavedModes { tcsetattr(0, TCSANOW, &savedModes) }
  }
}
