import Foundation
import Testing

/// A real terminal for end-to-end tests: the built binary inside tmux, driven with send-keys
/// and read back with capture-pane. Each session has its own tmux server (its own socket).
final class TmuxSession {
  let socket = "forceboard-e2e-\(UUID().uuidString.prefix(8))"
  private(set) var started = false

  static var isAvailable: Bool { (try? tmux(["-V"], socket: nil).status) == 0 }

  /// Starts `forceboard ARGS` at the given size; after it exits the pane prints its exit code
  /// and the terminal modes, and stays open.
  /// `wrapper` goes before the program on the command line (`setpriv …` to run as another user).
  /// Journals go to a fresh state folder unless `XDG_STATE_HOME` is given, so no test sees
  /// another's unsaved edits.
  /// `jobControl` runs it from an interactive shell, typed as a user would, so that Ctrl-Z stops
  /// it and `fg` continues it (under `bash -c` its group is orphaned and is never stopped).
  init(
    _ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:],
    wrapper: [String] = [], jobControl: Bool = false
  ) throws {
    var env = [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "", "COLORTERM": "",
      "XDG_STATE_HOME": NSTemporaryDirectory() + "/forceboard-e2e-state-\(UUID().uuidString)",
    ]
    env.merge(environment) { _, new in new }
    let exports = env.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
    let command =
      "cd \(shellQuote(ForceBoardBinary.packageRoot)) && \(wrapper.map(shellQuote).joined(separator: " ")) env \(exports) \(shellQuote(ForceBoardBinary.path)) "
      + arguments.map(shellQuote).joined(separator: " ")
      + "; echo \"EXIT:$?\"; stty -a | tr -s ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; sleep 120"
    // The tmux server started here lives on after the client; it must inherit no descriptor of
    // this process (a pipe another reader waits on, the test runner's own streams), so the
    // client closes every descriptor above 2 before it starts tmux.
    let closeAndStart =
      "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\"; done; exec tmux \"$@\""
    let result = try Self.run(
      "/bin/bash",
      [
        "-c", closeAndStart, "bash", "-L", socket, "new-session", "-d", "-s", "main", "-x", "\(width)", "-y",
        "\(height)",
      ] + (jobControl ? ["bash", "--norc", "--noprofile", "-i"] : ["bash", "-c", command]),
      captureOutput: false)
    started = result.status == 0
    if jobControl {
      // One job (a subshell): Ctrl-Z stops it all, where the shell would go on with the rest of
      // a plain list.
      type("(" + command + ")")
      send("Enter")
    }
  }

  deinit { _ = try? Self.tmux(["kill-server"], socket: socket) }

  func screen() -> String { (try? Self.tmux(["capture-pane", "-p", "-t", "main"], socket: socket).output) ?? "" }

  func send(_ keys: String...) { _ = try? Self.tmux(["send-keys", "-t", "main"] + keys, socket: socket) }

  /// Types text literally (no key-name interpretation).
  func type(_ text: String) { _ = try? Self.tmux(["send-keys", "-t", "main", "-l", text], socket: socket) }

  func resize(width: Int, height: Int) {
    _ = try? Self.tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"], socket: socket)
  }

  /// Edits Kenya's deployed count in panel 2, as a planner would: 2, e, the value, Enter.
  func editKenya(to value: String, sourceLocation: SourceLocation = #_sourceLocation) {
    send("2")
    send("e")
    #expect(waitFor("Kenya · deployed:"), "\(screen())", sourceLocation: sourceLocation)
    type(value)
    send("Enter")
  }

  /// Writes text straight to the pane's terminal, behind the program's back, as a stray
  /// `wall` message or a background job would.
  func scribble(_ text: String) {
    guard
      let tty = try? Self.tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"], socket: socket).output
        .trimmingCharacters(in: .whitespacesAndNewlines), let handle = FileHandle(forWritingAtPath: tty)
    else { return }
    handle.write(Data("\u{1B}[5;5H\(text)".utf8))
    try? handle.close()
  }

  /// The number of threads the program runs now (its reader thread exists only while it reads).
  func threads() -> Int {
    guard let pid = programPID() else { return 0 }
    return (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task").count) ?? 0
  }

  /// Waits until the program runs at least `count` threads.
  func waitForThreads(atLeast count: Int, timeout: Double = 10) -> Bool {
    eventually(timeout: timeout, every: 0.005) { threads() >= count }
  }

  /// The system call the program is blocked in now (`/proc/PID/syscall`'s first field), to
  /// see that it waits where a test expects it to.
  func syscall() -> Int? {
    // /proc files report no size: read them with read(2), not as a file of known length.
    guard let pid = programPID() else { return nil }
    let fd = open("/proc/\(pid)/syscall", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = read(fd, &buffer, buffer.count)
    guard count > 0 else { return nil }
    return Int(String(decoding: buffer[..<count], as: UTF8.self).split(separator: " ").first ?? "")
  }

  /// The pane's title, which an OSC 0/2 sequence that reached the terminal would have changed.
  func title() -> String {
    (try? Self.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"], socket: socket).output) ?? ""
  }

  /// 1 when the cursor is visible.
  func cursorVisible() -> Bool {
    (try? Self.tmux(["display-message", "-p", "-t", "main", "#{cursor_flag}"], socket: socket).output)?.hasPrefix("1")
      == true
  }

  /// The pid of the forceboard process (the child of the pane's shell, or of its subshell).
  func programPID() -> Int32? {
    guard
      let shell = try? Self.tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"], socket: socket).output
        .trimmingCharacters(in: .whitespacesAndNewlines)
    else { return nil }
    // The shell's child; from an interactive shell (`jobControl`), its subshell's child.
    for parent in [shell] + children(of: shell, matching: nil) {
      if let pid = children(of: parent, matching: "forceboard").first { return Int32(pid) }
    }
    return nil
  }

  /// The processes whose parent is `pid` (those whose command line has `matching`, if given).
  private func children(of pid: String, matching: String?) -> [String] {
    let arguments = ["-P", pid] + (matching.map { ["-f", $0] } ?? [])
    guard let run = try? Self.run("/usr/bin/pgrep", arguments) else { return [] }
    return run.output.split(separator: "\n").map(String.init)
  }

  /// Waits until the screen contains `text` (or, with `gone`, no longer does) and two captures
  /// in a row agree: a frame a slow machine is still writing (its top drawn, its bottom not) is
  /// not taken for the frame the test waits for.
  @discardableResult
  func waitFor(_ text: String, gone: Bool = false, timeout: Double = 5) -> Bool {
    eventually(timeout: timeout, every: 0.05) {
      let shown = screen()
      return shown.contains(text) != gone && shown == screen()
    }
  }

  static func tmux(_ arguments: [String], socket: String?) throws -> (status: Int32, output: String) {
    try run("/usr/bin/env", ["tmux"] + (socket.map { ["-L", $0] } ?? []) + arguments)
  }

  /// Runs a command and waits for it with posix_spawn and waitpid. The command starts with no
  /// signal blocked and every handler at its default: the test runner blocks most signals, and
  /// a tmux server that inherited that mask ignores `kill-server` (it and its programs outlived
  /// the tests, until inotify ran out). Output goes through a file,
  /// not a pipe: a tmux server forked by the command must not hold our read end open.
  static func run(_ path: String, _ arguments: [String], captureOutput: Bool = true) throws -> (
    status: Int32, output: String
  ) {
    let outputPath = NSTemporaryDirectory() + "/forceboard-e2e-\(UUID().uuidString).out"
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, captureOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = captureOutput ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
    let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitCode, output)
  }
}

func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// Fails with a message saying what to install when tmux is missing.
func requireTmux(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
  if TmuxSession.isAvailable { return true }
  Issue.record(
    "tmux is missing: the end-to-end tests need it (apt-get install -y tmux; .ci/run installs it)",
    sourceLocation: sourceLocation)
  return false
}

/// Every process the tests start goes through this lock. A tmux server inherits whatever file
/// descriptors are open when it is started; if another test's pipe were open at that moment,
/// that test's read would wait until the server exits (minutes).
let processLock = NSLock()
