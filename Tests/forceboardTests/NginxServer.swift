import Foundation
import Testing

/// A real nginx on 127.0.0.1 for the tests, serving files from a temporary folder: plain HTTP,
/// TLS with a certificate authority the test makes with openssl, and locations that fail on
/// purpose (500, 401 without the right header, redirect loops, https to http, a slow mode).
/// `.ci/run` installs nginx-light and openssl.
final class NginxServer {
  let folder = NSTemporaryDirectory() + "/forceboard-nginx-\(UUID().uuidString.prefix(8))"
  var www: String { folder + "/www" }
  private(set) var port = 0
  private(set) var tlsPort = 0
  /// Another origin on the same host: TLS on another port, for redirects that must not carry
  /// credentials.
  private(set) var otherPort = 0
  var caFile: String { folder + "/ca.pem" }
  /// The bearer token `/private/` wants.
  static let secret = "s3cret-token-42"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") }

  /// Makes the folder and certificates and starts nginx on three free ports. A port found free
  /// can be taken by another test's connection before nginx binds it, so a start that finds its
  /// address in use tries again on new ports.
  init() throws {
    for sub in ["www", "www/private", "www/netrc", "tmp", "logs"] {
      try FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
    }
    try makeCertificates()
    let hash = try TmuxSession.run("/usr/bin/openssl", ["passwd", "-apr1", Self.secret]).output
    try "analyst:\(hash)".write(toFile: folder + "/htpasswd", atomically: true, encoding: .utf8)
    for attempt in 1...5 {
      let ports = try Self.freePorts(3)
      (port, tlsPort, otherPort) = (ports[0], ports[1], ports[2])
      try config().write(toFile: folder + "/nginx.conf", atomically: true, encoding: .utf8)
      do {
        try start()
        return
      } catch NginxError.addressInUse where attempt < 5 {
        continue
      }
    }
  }

  deinit {
    stop()
    try? FileManager.default.removeItem(atPath: folder)
  }

  func url(_ path: String, tls: Bool = false) -> String {
    tls ? "https://127.0.0.1:\(tlsPort)/\(path)" : "http://127.0.0.1:\(port)/\(path)"
  }

  /// Rewrites so far: each gets a later modification time.
  private var generation = 0

  /// Puts a file on the server. nginx's ETag is the modification time in seconds and the size,
  /// so a rewrite of the same size within the same second would look unchanged; each rewrite
  /// here is dated a second later than the last, as edits minutes apart would be.
  func serve(_ text: String, at path: String) throws {
    generation += 1
    let file = www + "/" + path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(Double(generation))], ofItemAtPath: file)
  }

  func serveScenario(at path: String = "mss.yaml") throws {
    try serve(
      try String(contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8), at: path)
  }

  /// Turns a switch file on or off (`flaky-500`, `slow-mode`), which the locations test.
  func set(_ flag: String, _ on: Bool) {
    if on {
      FileManager.default.createFile(atPath: www + "/" + flag, contents: Data())
    } else {
      try? FileManager.default.removeItem(atPath: www + "/" + flag)
    }
  }

  /// The access log's lines: `"GET /mss.yaml HTTP/1.1" 304 0`.
  func accessLog() -> [String] {
    ((try? String(contentsOfFile: folder + "/logs/access.log", encoding: .utf8)) ?? "").split(separator: "\n")
      .map(String.init)
  }

  /// The credentials log's lines: `PORT "GET /x HTTP/1.1" 200 key=… auth=…`.
  func credentialsLog() -> [String] {
    ((try? String(contentsOfFile: folder + "/logs/credentials.log", encoding: .utf8)) ?? "").split(separator: "\n")
      .map(String.init)
  }

  /// Waits until the access log has a line containing `text`.
  @discardableResult
  func waitForLog(_ text: String, timeout: Double = 10) -> Bool {
    eventually(timeout: timeout, every: 0.02) { accessLog().contains { $0.contains(text) } }
  }

  /// Starts nginx and waits until it answers; a failure says what nginx's error log says.
  func start() throws {
    let run = try TmuxSession.run("/usr/sbin/nginx", ["-p", folder, "-c", folder + "/nginx.conf"])
    guard run.status == 0 else {
      let log = (try? String(contentsOfFile: folder + "/logs/error.log", encoding: .utf8)) ?? ""
      let said = log.split(separator: "\n").suffix(3).joined(separator: "\n")
      if said.contains("Address already in use") { throw NginxError.addressInUse(said) }
      throw NginxError.failed("nginx did not start (exit \(run.status)): \(run.output)\(said)")
    }
    // Started when it answers.
    guard eventually(timeout: 10, every: 0.02, { Self.answers(port) }) else {
      throw NginxError.failed("nginx started but does not answer on \(port)")
    }
  }

  func stop() {
    _ = try? TmuxSession.run("/usr/sbin/nginx", ["-p", folder, "-c", folder + "/nginx.conf", "-s", "stop"])
    eventually(timeout: 10, every: 0.02) { !Self.answers(port) }
  }

  enum NginxError: Error {
    case failed(String)
    /// Another process took one of the ports between choosing it and nginx's bind.
    case addressInUse(String)
  }

  func config() -> String {
    """
    daemon on;
    \(getuid() == 0 ? "user root;" : "")
    pid \(folder)/nginx.pid;
    error_log \(folder)/logs/error.log;
    events { worker_connections 256; }
    http {
      access_log \(folder)/logs/access.log;
      # Which credentials reached which origin: the redirect tests read this.
      log_format credentials '$server_port "$request" $status key=$http_x_api_key auth=$http_authorization';
      access_log \(folder)/logs/credentials.log credentials;
      client_body_temp_path \(folder)/tmp; proxy_temp_path \(folder)/tmp; fastcgi_temp_path \(folder)/tmp;
      uwsgi_temp_path \(folder)/tmp; scgi_temp_path \(folder)/tmp;
      default_type application/yaml;
      server {
        listen 127.0.0.1:\(port);
        listen 127.0.0.1:\(tlsPort) ssl;
        ssl_certificate \(folder)/server.pem;
        ssl_certificate_key \(folder)/server.key;
        root \(www);
        location = /flaky.yaml { if (-f $document_root/flaky-500) { return 500; } }
        location = /mss.yaml { if (-f $document_root/slow-mode) { set $limit_rate 200; } }
        location /broken/ { return 500; }
        location /private/ { if ($http_authorization != "Bearer \(Self.secret)") { return 401; } }
        location /netrc/ { auth_basic "ops"; auth_basic_user_file \(folder)/htpasswd; }
        location = /loop { return 302 /loop; }
        location = /down { return 302 http://127.0.0.1:\(port)/mss.yaml; }
        location = /private/same { return 302 /private/mss.yaml; }
        location = /private/other-port { return 302 https://127.0.0.1:\(otherPort)/mss.yaml; }
        location = /private/other-host { return 302 https://localhost:\(tlsPort)/mss.yaml; }
      }
      server {
        listen 127.0.0.1:\(otherPort) ssl;
        ssl_certificate \(folder)/server.pem;
        ssl_certificate_key \(folder)/server.key;
        root \(www);
      }
    }
    """
  }

  /// A certificate authority and a server certificate for 127.0.0.1, made with openssl.
  func makeCertificates() throws {
    func openssl(_ arguments: [String]) throws {
      let run = try TmuxSession.run("/usr/bin/openssl", arguments)
      guard run.status == 0 else { throw NginxError.failed("openssl \(arguments.first ?? ""): \(run.output)") }
    }
    try openssl([
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder + "/ca.key", "-out", caFile, "-days", "2",
      "-subj", "/CN=ForceBoard test authority", "-addext", "basicConstraints=critical,CA:TRUE",
      "-addext", "keyUsage=critical,keyCertSign,cRLSign",
    ])
    try openssl([
      "req", "-newkey", "rsa:2048", "-nodes", "-keyout", folder + "/server.key", "-out", folder + "/server.csr",
      "-subj", "/CN=127.0.0.1",
    ])
    try "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n".write(
      toFile: folder + "/ext.cnf", atomically: true, encoding: .utf8)
    try openssl([
      "x509", "-req", "-in", folder + "/server.csr", "-CA", caFile, "-CAkey", folder + "/ca.key", "-CAcreateserial",
      "-out", folder + "/server.pem", "-days", "2", "-extfile", folder + "/ext.cnf",
    ])
  }

  /// Ports nobody listens on now, all different: each is held until all are chosen.
  static func freePorts(_ count: Int) throws -> [Int] {
    var held: [Int32] = []
    defer { for fd in held { close(fd) } }
    return try (0..<count).map { _ in
      let (port, fd) = try boundSocket()
      held.append(fd)
      return port
    }
  }

  /// A socket bound to a port of 127.0.0.1 the kernel chose, and that port.
  static func boundSocket() throws -> (port: Int, descriptor: Int32) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0 else {
      close(fd)
      throw NginxError.failed("no free port")
    }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return (Int(UInt16(bigEndian: address.sin_port)), fd)
  }

  /// True when something accepts connections on the port.
  static func answers(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }
}

/// Fails with a message saying what to install when nginx is missing.
func requireNginx(sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
  if NginxServer.isAvailable { return true }
  Issue.record(
    "nginx is missing: the HTTP tests need it (apt-get install -y nginx-light; .ci/run installs it)",
    sourceLocation: sourceLocation)
  return false
}
