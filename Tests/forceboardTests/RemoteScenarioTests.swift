import Foundation
import Testing

/// Scenarios at an address, read from a real nginx on 127.0.0.1: every command, every fault
/// named, credentials never shown, TLS with a private authority, and a kiosk that follows the
/// server through changes, outages and slowness.
@Suite(.serialized) struct RemoteScenarioTests {
  func run(_ arguments: [String], _ environment: [String: String] = [:]) throws -> (
    status: Int32, output: String, errors: String
  ) {
    let run = try ForceBoardBinary.runWithTimeout(arguments, seconds: 60, environment: environment)
    #expect(!run.timedOut, "\(arguments) hung")
    return (run.status, run.output, run.errors)
  }

  @Test func everyCommandReadsAnAddressAndBadContentIsLocated() throws {
    guard requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    try server.serve("schema: 1\nmission: {name: x}\nbogus: 1\n", at: "bad.yaml")
    let report = try run(["report", server.url("mss.yaml")])
    #expect(report.status == 0, "\(report.errors)")
    #expect(report.output.contains("Shortfall against planned strength  1,500 (60%)"))
    let snapshot = try run(["snapshot", server.url("mss.yaml"), "--size", "120x40"])
    #expect(snapshot.output.contains("mss.yaml"), "\(snapshot.output)")
    let diff = try run(["diff", "builtin", server.url("mss.yaml")])
    #expect(diff.status == 0)
    let export = try run(["export", server.url("mss.yaml")])
    #expect(export.output.hasPrefix("# ForceBoard scenario"))
    let validate = try run(["validate", server.url("mss.yaml"), server.url("bad.yaml")])
    #expect(validate.status == 1)
    #expect(validate.output.contains("\(server.url("mss.yaml")): ok (8 contributors"))
    #expect(validate.errors.contains("\(server.url("bad.yaml")):3:1: unknown key 'bogus'"), "\(validate.errors)")
  }

  @Test func everyFaultIsNamed() throws {
    guard requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    let cases: [(String, String)] = [
      (server.url("missing.yaml"), "missing.yaml: HTTP 404 Not Found"),
      (server.url("broken/mss.yaml"), "mss.yaml: HTTP 500 Internal Server Error"),
      (server.url("loop"), "loop: more than 5 redirects"),
      (server.url("down", tls: true), "down: a redirect to another protocol (https to http) was refused"),
      ("http://nonexistent.invalid/mss.yaml", "cannot resolve the host name nonexistent.invalid"),
    ]
    for (address, expected) in cases {
      let result = try run(["report", address, "--cacert", server.caFile])
      #expect(result.status == 1, "\(address)")
      #expect(result.errors.contains(expected), "\(address): \(result.errors)")
    }
    server.stop()
    let refused = try run(["report", server.url("mss.yaml")])
    #expect(refused.errors.contains("mss.yaml: cannot connect ("), "\(refused.errors)")
    let cut = try CutShortServer()
    let short = try run(["report", "http://127.0.0.1:\(cut.port)/mss.yaml"])
    #expect(short.errors.contains("mss.yaml: the answer was cut short"), "\(short.errors)")
  }

  @Test func credentialsComeFromAFileAndAreNeverShown() throws {
    guard requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario(at: "private/mss.yaml")
    let address = server.url("private/mss.yaml", tls: true)
    let ca = ["--cacert", server.caFile]
    let withPassword = "https://analyst:\(NginxServer.secret)@127.0.0.1:\(server.tlsPort)/private/mss.yaml"
    let refused = try run(["report", withPassword] + ca)
    #expect(refused.status == 1)
    #expect(refused.errors.contains("the address holds a password"), "\(refused.errors)")
    let unauthorised = try run(["report", address] + ca)
    #expect(unauthorised.errors.contains("HTTP 401 Unauthorized (credentials go in --header-file or ~/.netrc)"))
    let headers = server.folder + "/headers"
    try "# the display's token\nAuthorization: Bearer \(NginxServer.secret)\n".write(
      toFile: headers, atomically: true, encoding: .utf8)
    chmod(headers, 0o600)
    let authorised = try run(["report", address, "--header-file", headers] + ca)
    #expect(authorised.status == 0, "\(authorised.errors)")
    try "Authorization Bearer \(NginxServer.secret)\n".write(toFile: headers, atomically: true, encoding: .utf8)
    chmod(headers, 0o600)
    let badLine = try run(["report", address, "--header-file", headers] + ca)
    #expect(badLine.errors.contains("headers:1: expected 'Name: value' (the line is not shown"))
    // ~/.netrc works too (basic authentication), and the query string is never shown.
    try server.serveScenario(at: "netrc/mss.yaml")
    let netrcAddress = server.url("netrc/mss.yaml", tls: true)
    let withoutNetrc = try run(["report", netrcAddress] + ca, ["HOME": server.folder])
    #expect(withoutNetrc.errors.contains("HTTP 401"), "\(withoutNetrc.errors)")
    try "machine 127.0.0.1 login analyst password \(NginxServer.secret)\n".write(
      toFile: server.folder + "/.netrc", atomically: true, encoding: .utf8)
    chmod(server.folder + "/.netrc", 0o600)
    let withNetrc = try run(["report", netrcAddress] + ca, ["HOME": server.folder])
    #expect(withNetrc.status == 0, "\(withNetrc.errors)")
    let query = try run(
      ["report", server.url("missing.yaml?token=\(NginxServer.secret)", tls: true)] + ca, ["HOME": server.folder])
    #expect(query.errors.contains("missing.yaml?…: HTTP 404"), "\(query.errors)")
    for result in [refused, unauthorised, authorised, badLine, withoutNetrc, withNetrc, query] {
      #expect(!(result.output + result.errors).contains(NginxServer.secret), "a credential was shown")
    }
  }

  /// Credentials go to the origin the user named and nowhere else, and over https only: a
  /// redirect to another port or host gets no header-file line and no ~/.netrc login (libcurl
  /// alone strips only Authorization and Cookie), a plain http:// address gets none at all.
  @Test func credentialsNeverFollowARedirectToAnotherOrigin() throws {
    guard requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario(at: "private/mss.yaml")
    try server.serveScenario(at: "mss.yaml")
    let ca = ["--cacert", server.caFile]
    // A header file written on Windows: CRLF line ends are read as line ends.
    let headers = server.folder + "/headers"
    try "X-Api-Key: k3y-\(NginxServer.secret)\r\nAuthorization: Bearer \(NginxServer.secret)\r\n".write(
      toFile: headers, atomically: true, encoding: .utf8)
    chmod(headers, 0o600)
    let same = try run(["report", server.url("private/same", tls: true), "--header-file", headers] + ca)
    #expect(same.status == 0, "a redirect within the origin keeps the credentials: \(same.errors)")
    for path in ["private/other-port", "private/other-host"] {
      let moved = try run(["report", server.url(path, tls: true), "--header-file", headers] + ca)
      #expect(moved.status == 0, "\(path): \(moved.errors)")
    }
    let log = server.credentialsLog()
    #expect(log.contains { $0.hasPrefix("\(server.otherPort) \"GET /mss.yaml") }, "\(log)")
    #expect(log.filter { $0.contains("/private/mss.yaml") && $0.contains("key=k3y-") }.count == 1, "\(log)")
    for line in log where line.hasPrefix("\(server.otherPort) ") || line.contains("GET /mss.yaml") {
      #expect(line.hasSuffix("key=- auth=-"), "credentials reached another origin: \(line)")
    }
    // Over plain http a header file is refused before anything is sent, and ~/.netrc is not read.
    let plain = try run(["report", server.url("private/mss.yaml"), "--header-file", headers])
    #expect(plain.status != 0)
    #expect(plain.errors.contains("credentials are sent over https only"), "\(plain.errors)")
    try server.serveScenario(at: "netrc/mss.yaml")
    try "machine 127.0.0.1 login analyst password \(NginxServer.secret)\n".write(
      toFile: server.folder + "/.netrc", atomically: true, encoding: .utf8)
    chmod(server.folder + "/.netrc", 0o600)
    let netrc = try run(["report", server.url("netrc/mss.yaml")], ["HOME": server.folder])
    #expect(netrc.status == 1)
    #expect(netrc.errors.contains("sent over https:// only, never in clear"), "\(netrc.errors)")
    // A header file others may read is refused, as ssh refuses such a key.
    chmod(headers, 0o644)
    let open = try run(["report", server.url("private/mss.yaml", tls: true), "--header-file", headers] + ca)
    #expect(open.status != 0)
    #expect(open.errors.contains("others may read it (mode 644)"), "\(open.errors)")
    #expect(open.errors.contains("chmod 600"), "\(open.errors)")
  }

  /// A password cannot be slipped past the check by escaping its colon, and an address that
  /// hides one behind a '/' is refused without showing it.
  @Test func aPasswordInAnAddressIsRefusedHoweverItIsWritten() throws {
    for address in [
      "https://alice%3Apw@127.0.0.1:9/mss.yaml", "https://alice%3apw@127.0.0.1:9/mss.yaml",
      "https://alice:pw/SECRET@127.0.0.1:9/mss.yaml",
    ] {
      let result = try run(["report", address])
      #expect(result.status == 1, "\(address)")
      #expect(result.errors.contains("the address holds a password"), "\(address): \(result.errors)")
      #expect(!result.errors.contains("SECRET") && !result.errors.contains("pw"), "\(result.errors)")
    }
  }

  /// A certificate authority file that is a named pipe is refused at once (libcurl would wait
  /// on it forever); a missing one is said to be missing, not an untrusted certificate.
  @Test func aCertificateAuthorityFileIsCheckedBeforeUse() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-ca-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(mkfifo(folder + "/ca.pem", 0o600) == 0)
    let fifo = try run(["report", "https://127.0.0.1:9/mss.yaml", "--cacert", folder + "/ca.pem"])
    #expect(fifo.status != 0)
    #expect(fifo.errors.contains("--cacert"), "\(fifo.errors)")
    #expect(fifo.errors.contains("named pipe"), "\(fifo.errors)")
    let missing = try run(["report", "https://127.0.0.1:9/mss.yaml", "--cacert", folder + "/none.pem"])
    #expect(missing.errors.contains("No such file or directory"), "\(missing.errors)")
    #expect(!missing.errors.contains("not trusted"), "\(missing.errors)")
  }

  @Test func tlsIsVerifiedAndAPrivateAuthorityCanBeNamed() throws {
    guard requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    let untrusted = try run(["report", server.url("mss.yaml", tls: true)])
    #expect(untrusted.status == 1)
    #expect(untrusted.errors.contains("the server's certificate is not trusted"), "\(untrusted.errors)")
    #expect(untrusted.errors.contains("--cacert FILE names a private authority"))
    let trusted = try run(["report", server.url("mss.yaml", tls: true), "--cacert", server.caFile])
    #expect(trusted.status == 0, "\(trusted.errors)")
    #expect(trusted.output.contains("Shortfall against planned strength"))
  }

  /// The kiosk asks with conditional requests (a 304 costs no body), shows a change within a
  /// poll, keeps the last good data under a banner while the server is down or failing, and
  /// recovers when it is back.
  @Test func aKioskFollowsTheServerThroughChangesAndOutages() throws {
    guard requireTmux(), requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario(at: "flaky.yaml")
    let tmux = try TmuxSession(["--kiosk", "--poll", "1s", server.url("flaky.yaml")])
    #expect(tmux.waitFor("KIOSK"), "\(tmux.screen())")
    #expect(tmux.screen().contains("READ-ONLY display of flaky.yaml"))
    #expect(server.waitForLog("\"GET /flaky.yaml HTTP/1.1\" 304 0 "), "\(server.accessLog())")

    let text = try String(contentsOfFile: server.www + "/flaky.yaml", encoding: .utf8)
    try server.serve(text.replacingOccurrences(of: "      value: 700\n", with: "      value: 900\n"), at: "flaky.yaml")
    #expect(tmux.waitFor("900+ ▲200", timeout: 5), "\(tmux.screen())")

    server.set("flaky-500", true)
    #expect(tmux.waitFor("⚠ NOT LIVE since", timeout: 5), "\(tmux.screen())")
    #expect(tmux.screen().contains("HTTP 500"), "\(tmux.screen())")
    #expect(tmux.screen().contains("900+"), "the last good data stays")
    server.set("flaky-500", false)
    #expect(tmux.waitFor("⚠ NOT LIVE", gone: true, timeout: 10), "\(tmux.screen())")

    server.stop()
    #expect(tmux.waitFor("cannot connect", timeout: 5), "\(tmux.screen())")
    try server.start()
    #expect(tmux.waitFor("⚠ NOT LIVE", gone: true, timeout: 10), "\(tmux.screen())")
    #expect(tmux.screen().contains("900+"))
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"))
  }

  /// While a slow server trickles a changed file, the display still answers its keys.
  @Test func aSlowServerDoesNotFreezeTheDisplay() throws {
    guard requireTmux(), requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    let tmux = try TmuxSession(["--kiosk", "--poll", "1s", server.url("mss.yaml")])
    #expect(tmux.waitFor("KIOSK"), "\(tmux.screen())")
    server.set("slow-mode", true)
    let text = try String(contentsOfFile: server.www + "/mss.yaml", encoding: .utf8)
    try server.serve(text.replacingOccurrences(of: "      value: 700\n", with: "      value: 900\n"), at: "mss.yaml")
    // The slow fetch is under way when the reader's thread exists (200 bytes a second: a
    // minute and more for this file).
    #expect(tmux.waitForThreads(atLeast: 2), "no fetch started")
    tmux.send("q")
    #expect(tmux.waitFor("Press 'y' to end this display", timeout: 2), "\(tmux.screen())")
    #expect(tmux.threads() >= 2, "the fetch is still going")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0", timeout: 5), "\(tmux.screen())")
  }

  /// An operations screen started while its server is down comes up at once and says so,
  /// keeps trying, and shows the data when the server is back; the quit chord works all along.
  @Test func aKioskStartedBeforeItsServerComesUpAndKeepsTrying() throws {
    guard requireTmux(), requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    server.stop()
    let tmux = try TmuxSession(["--kiosk", "--poll", "1s", server.url("mss.yaml")])
    #expect(tmux.waitFor("Waiting for the first answer from"), "\(tmux.screen())")
    #expect(tmux.waitFor("⚠ NOT LIVE since"), "\(tmux.screen())")
    #expect(tmux.screen().contains("cannot connect"), "\(tmux.screen())")
    #expect(tmux.screen().contains("Type qy to quit"), "\(tmux.screen())")
    try server.start()
    #expect(tmux.waitFor("KIOSK", timeout: 30), "\(tmux.screen())")
    #expect(!tmux.screen().contains("NOT LIVE"), "\(tmux.screen())")
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0"), "\(tmux.screen())")
  }

  /// A server that accepts the connection and never answers does not hold up the start: the
  /// screen is up at once and the quit chord ends it.
  @Test func aServerThatNeverAnswersDoesNotHoldUpTheStart() throws {
    guard requireTmux() else { return }
    let silent = try SilentServer()
    let tmux = try TmuxSession(["--kiosk", "http://127.0.0.1:\(silent.port)/mss.yaml"])
    #expect(tmux.waitFor("Waiting for the first answer from", timeout: 3), "\(tmux.screen())")
    #expect(tmux.waitFor("Asking the server…", timeout: 3), "\(tmux.screen())")
    tmux.send("q")
    tmux.send("y")
    #expect(tmux.waitFor("EXIT:0", timeout: 3), "\(tmux.screen())")
  }

  /// Browsing an address is read-only; W still saves a local copy, and the display goes on
  /// following the server.
  @Test func aBrowsedAddressIsReadOnlyButACopyCanBeSaved() throws {
    guard requireTmux(), requireNginx() else { return }
    let server = try NginxServer()
    try server.serveScenario()
    let copy = server.folder + "/copy.yaml"
    let tmux = try TmuxSession([server.url("mss.yaml")])
    #expect(tmux.waitFor("READ-ONLY"), "\(tmux.screen())")
    tmux.send("2")
    tmux.send("e")
    #expect(
      tmux.waitFor("READ-ONLY: this display of an address cannot change the scenario; W saves"), "\(tmux.screen())")
    tmux.send("W")
    #expect(tmux.waitFor("Save as:"), "\(tmux.screen())")
    tmux.type(copy)
    tmux.send("Enter")
    #expect(tmux.waitFor("Saved a copy to"), "\(tmux.screen())")
    #expect(FileManager.default.fileExists(atPath: copy))
    tmux.send("q")
    #expect(tmux.waitFor("EXIT:0"))
    let kiosk = try TmuxSession(["--kiosk", server.url("mss.yaml")])
    #expect(kiosk.waitFor("KIOSK"))
    kiosk.send("W")
    kiosk.send("q")
    #expect(kiosk.waitFor("Press 'y'"), "a kiosk saves nothing, and W does nothing there")
  }
}

/// A server that promises more than it sends: one answer with a Content-Length of 100,000 and
/// a body of a few bytes, then the connection closed.
final class CutShortServer {
  let port: Int
  private let listener: Int32

  init() throws {
    (port, listener) = try listeningSocket(backlog: 4)
    let fd = listener
    Thread.detachNewThread {
      let client = accept(fd, nil, nil)
      guard client >= 0 else { return }
      var request = [UInt8](repeating: 0, count: 4096)
      _ = read(client, &request, request.count)
      let answer = "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nContent-Type: application/yaml\r\n\r\nschema: 1\n"
      _ = answer.withCString { write(client, $0, strlen($0)) }
      close(client)
    }
  }

  deinit { close(listener) }
}

/// A server that takes connections and never answers: a listening socket nobody accepts on
/// (the kernel completes the handshake; the request waits forever).
final class SilentServer {
  let port: Int
  private let listener: Int32

  init() throws {
    (port, listener) = try listeningSocket(backlog: 16)
  }

  deinit { close(listener) }
}

/// A socket listening on a free port of 127.0.0.1, for the test servers made by hand: bound
/// to a port the kernel chose, so no other process can take it between choosing and binding.
func listeningSocket(backlog: Int32) throws -> (port: Int, descriptor: Int32) {
  let (port, listener) = try NginxServer.boundSocket()
  listen(listener, backlog)
  return (port, listener)
}
