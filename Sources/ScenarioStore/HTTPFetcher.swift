import CCurl
import ForceModel
import Synchronization

/// Reads a scenario over HTTP(S) with libcurl: conditional requests, timeouts, a size limit,
/// at most five redirects and never from https to http, credentials only to the origin named
/// and only over https, TLS always verified.
///
/// One fetcher serves one address; `fetch` blocks, so the run loop calls it on a thread of its
/// own (`BackgroundReader`). Messages name the address without user or query and never a header.
public final class HTTPFetcher: Sendable {
  /// How a fetch is made.
  public struct Options: Sendable {
    /// A certificate authority file for a private authority (`--cacert`).
    public var caFile: String?
    /// Extra request headers (`--header-file`), such as an `Authorization:` line.
    public var headers: [String]
    var connectTimeout: Int
    var totalTimeout: Int
    /// The most a response may hold.
    public var maximumBytes: Int

    /// Options for fetching.
    public init(
      caFile: String? = nil, headers: [String] = [], connectTimeout: Int = 10, totalTimeout: Int = 120,
      maximumBytes: Int = ScenarioFile.maximumBytes
    ) {
      self.caFile = caFile
      self.headers = headers
      self.connectTimeout = connectTimeout
      self.totalTimeout = totalTimeout
      self.maximumBytes = maximumBytes
    }
  }

  /// What identifies the version the server sent, for the next conditional request.
  public struct Validators: Sendable, Hashable {
    var etag: String?
    var lastModified: String?
    /// The server's Last-Modified as Unix seconds, for the data's age.
    public var modifiedSeconds: Int64?

    /// What the last answer said, for a conditional request.
    public init(etag: String? = nil, lastModified: String? = nil, modifiedSeconds: Int64? = nil) {
      self.etag = etag
      self.lastModified = lastModified
      self.modifiedSeconds = modifiedSeconds
    }
  }

  /// What a fetch brought.
  public enum Outcome: Sendable {
    /// 304: the version already held is current.
    case notModified
    case body([UInt8], Validators)
  }

  /// Why a fetch failed, in words for a banner, located by address.
  public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
    case resolve(shown: String, host: String)
    case connect(shown: String, detail: String)
    case timeout(shown: String, seconds: Int)
    case tls(shown: String, detail: String)
    case http(shown: String, status: Int)
    case cutShort(shown: String)
    case tooLarge(shown: String, limit: Int)
    case redirects(shown: String)
    case insecureRedirect(shown: String)
    case caFile(shown: String, path: String, reason: String)
    case credentialsNeedHTTPS(shown: String)
    case other(shown: String, detail: String)

    public var description: String {
      switch self {
      case .resolve(let shown, let host): "\(shown): cannot resolve the host name \(host)"
      case .connect(let shown, let detail): "\(shown): cannot connect (\(detail))"
      case .timeout(let shown, let seconds): "\(shown): no answer within \(seconds) s"
      case .tls(let shown, let detail):
        "\(shown): the server's certificate is not trusted (\(detail)); --cacert FILE names a private authority"
      case .http(let shown, let status): "\(shown): HTTP \(status) \(Self.reason(status))"
      case .cutShort(let shown): "\(shown): the answer was cut short"
      case .tooLarge(let shown, let limit): "\(shown): the scenario is over the limit of \(Format.count(limit)) bytes"
      case .redirects(let shown): "\(shown): more than 5 redirects"
      case .insecureRedirect(let shown): "\(shown): a redirect to another protocol (https to http) was refused"
      case .caFile(let shown, let path, let reason):
        "\(shown): the certificate authority file \(path) (--cacert) cannot be read: \(reason)"
      case .credentialsNeedHTTPS(let shown):
        "\(shown): HTTP 401 Unauthorized; credentials (~/.netrc, --header-file) are sent over https:// only, never in clear"
      case .other(let shown, let detail): "\(shown): \(detail)"
      }
    }

    static func reason(_ status: Int) -> String {
      switch status {
      case 401: "Unauthorized (credentials go in --header-file or ~/.netrc)"
      case 403: "Forbidden"
      case 404: "Not Found"
      case 410: "Gone"
      case 429: "Too Many Requests"
      case 500: "Internal Server Error"
      case 502: "Bad Gateway"
      case 503: "Service Unavailable"
      case 504: "Gateway Timeout"
      default: status >= 500 ? "server error" : "refused"
      }
    }
  }

  /// The address fetched.
  public let address: RemoteAddress
  /// How.
  public let options: Options

  /// libcurl, opened and set up once on first use (nil when it is not installed): its global
  /// set-up must come before the first handle, and Swift runs this exactly once.
  private static let loaded: LoadedCurl? = {
    var api = fb_curl_api()
    guard fb_curl_load(&api) != 0, api.global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK else { return nil }
    return LoadedCurl(api: api)
  }()

  /// libcurl's functions once loaded: pointers that never change afterwards, so sharing them
  /// between threads is safe (libcurl itself is thread-safe per handle).
  private struct LoadedCurl: @unchecked Sendable {
    let api: fb_curl_api
  }

  /// A fetcher of `address`.
  public init(_ address: RemoteAddress, options: Options = Options()) {
    self.address = address
    self.options = options
  }

  /// The body being received, and whether it passed the limit.
  private final class Body {
    var bytes: [UInt8] = []
    var limit: Int
    var tooLarge = false
    init(limit: Int) { self.limit = limit }
  }

  /// Most redirects followed for one fetch.
  public static let maximumRedirects = 5

  /// Largest certificate authority file read (`--cacert`).
  public static let maximumCABytes = 1 << 20

  /// Fetches the scenario; with `validators`, only if it changed since.
  ///
  /// Redirects are followed here, not by libcurl, so that each hop is checked before it is
  /// made: at most five, never from https down to http, and credentials (the header file's
  /// lines, `~/.netrc`) only to the origin the user named and only over https. libcurl on its
  /// own strips only `Authorization` and `Cookie` on a redirect to another host; an
  /// `X-Api-Key` or `PRIVATE-TOKEN` would follow a 302 anywhere.
  public func fetch(since validators: Validators? = nil) throws(Failure) -> Outcome {
    let shown = address.shown
    guard var api = Self.loaded?.api else {
      throw .other(shown: shown, detail: "reading an address needs libcurl (Debian: apt-get install libcurl4)")
    }
    // The authority file is read here, without blocking, every fetch (it may be renewed while
    // a display runs for weeks): a named pipe or a missing file is said as such, not as an
    // untrusted certificate, and libcurl never opens a path that could hang it.
    var authority: [UInt8]?
    if let caFile = options.caFile {
      do {
        authority = try ScenarioStore.readRegularFile(caFile, limit: Self.maximumCABytes)
      } catch {
        throw .caFile(shown: shown, path: TextSanitizer.clean(caFile, limit: 120), reason: Self.reason(error))
      }
    }
    guard let curl = api.easy_init() else { throw .other(shown: shown, detail: "libcurl could not start") }
    defer { api.easy_cleanup(curl) }
    var url = address.url
    for hop in 0...Self.maximumRedirects {
      let trusted = RemoteAddress.Origin(of: url) == address.origin && address.isHTTPS
      let answer = try perform(
        url, on: curl, api: &api, credentials: trusted, validators: validators, authority: authority)
      guard (300..<400).contains(answer.status), answer.status != 304 else {
        return try outcome(answer, on: curl, api: api)
      }
      guard let next = answer.location else { throw .http(shown: shown, status: answer.status) }
      guard hop < Self.maximumRedirects else { throw .redirects(shown: shown) }
      let lower = next.lowercased()
      if lower.hasPrefix("http://") {
        guard !address.isHTTPS, url.lowercased().hasPrefix("http://") else { throw .insecureRedirect(shown: shown) }
      } else if !lower.hasPrefix("https://") {
        throw .other(shown: shown, detail: "a redirect to an address that is not http(s) was refused")
      }
      url = next
    }
    throw .redirects(shown: shown)
  }

  /// One response: its status, where it redirects to, and whether the body passed the limit.
  private struct Answer {
    var status: Int
    var location: String?
    var body: Body
  }

  /// One request to one address, with credentials only when `credentials` says they may go.
  private func perform(
    _ url: String, on curl: UnsafeMutableRawPointer, api: inout fb_curl_api, credentials: Bool,
    validators: Validators?, authority: [UInt8]?
  ) throws(Failure) -> Answer {
    let shown = address.shown
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    let body = Body(limit: options.maximumBytes)
    let context = Unmanaged.passUnretained(body).toOpaque()
    var headerList: UnsafeMutablePointer<curl_slist>?
    defer { api.slist_free_all(headerList) }
    if credentials {
      for line in options.headers { headerList = api.slist_append(headerList, line) }
    }
    if let etag = validators?.etag { headerList = api.slist_append(headerList, "If-None-Match: \(etag)") }
    if let modified = validators?.lastModified {
      headerList = api.slist_append(headerList, "If-Modified-Since: \(modified)")
    }
    var authorityBytes = authority ?? []
    let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
      authorityBytes.withUnsafeMutableBytes { pem in
        var blob = curl_blob(data: pem.baseAddress, len: pem.count, flags: UInt32(CURL_BLOB_COPY))
        _ = fb_curl_set_string(&api, curl, CURLOPT_URL, url)
        _ = fb_curl_set_string(&api, curl, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = fb_curl_set_long(&api, curl, CURLOPT_FOLLOWLOCATION, 0)
        _ = fb_curl_set_long(&api, curl, CURLOPT_SSL_VERIFYPEER, 1)
        _ = fb_curl_set_long(&api, curl, CURLOPT_SSL_VERIFYHOST, 2)
        if authority != nil { _ = fb_curl_set_pointer(&api, curl, CURLOPT_CAINFO_BLOB, &blob) }
        _ = fb_curl_set_long(
          &api, curl, CURLOPT_NETRC, Int(credentials ? CURL_NETRC_OPTIONAL.rawValue : CURL_NETRC_IGNORED.rawValue))
        _ = fb_curl_set_long(&api, curl, CURLOPT_CONNECTTIMEOUT, options.connectTimeout)
        _ = fb_curl_set_long(&api, curl, CURLOPT_TIMEOUT, options.totalTimeout)
        _ = fb_curl_set_long(&api, curl, CURLOPT_NOSIGNAL, 1)
        _ = fb_curl_set_long(&api, curl, CURLOPT_FILETIME, 1)
        _ = fb_curl_set_offset(&api, curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maximumBytes))
        _ = fb_curl_set_string(&api, curl, CURLOPT_USERAGENT, "forceboard/0.1")
        _ = fb_curl_set_string(&api, curl, CURLOPT_ACCEPT_ENCODING, "")
        _ = fb_curl_set_pointer(&api, curl, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headerList))
        _ = fb_curl_set_pointer(&api, curl, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(buffer.baseAddress))
        _ = fb_curl_set_pointer(&api, curl, CURLOPT_WRITEDATA, context)
        _ = fb_curl_set_write(&api, curl, CURLOPT_WRITEFUNCTION) { data, size, count, context in
          guard let data, let context else { return 0 }
          let body = Unmanaged<Body>.fromOpaque(context).takeUnretainedValue()
          let length = size * count
          if body.bytes.count + length > body.limit {
            body.tooLarge = true
            return 0
          }
          data.withMemoryRebound(to: UInt8.self, capacity: length) {
            body.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
          }
          return length
        }
        return api.easy_perform(curl)
      }
    }
    let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var status = 0
    fb_curl_get_long(&api, curl, CURLINFO_RESPONSE_CODE, &status)
    switch code {
    case CURLE_OK: break
    case CURLE_COULDNT_RESOLVE_HOST: throw .resolve(shown: shown, host: Self.host(of: shown))
    case CURLE_COULDNT_CONNECT: throw .connect(shown: shown, detail: detail.isEmpty ? "refused" : Self.clean(detail))
    case CURLE_OPERATION_TIMEDOUT: throw .timeout(shown: shown, seconds: options.totalTimeout)
    case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
      throw .tls(shown: shown, detail: Self.clean(detail))
    case CURLE_PARTIAL_FILE: throw .cutShort(shown: shown)
    case CURLE_FILESIZE_EXCEEDED: throw .tooLarge(shown: shown, limit: options.maximumBytes)
    case CURLE_WRITE_ERROR where body.tooLarge: throw .tooLarge(shown: shown, limit: options.maximumBytes)
    default:
      throw .other(
        shown: shown,
        detail: Self.clean(
          detail.isEmpty ? (api.easy_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)") : detail))
    }
    var location: UnsafePointer<CChar>?
    fb_curl_get_string(&api, curl, CURLINFO_REDIRECT_URL, &location)
    return Answer(status: status, location: location.map { String(cString: $0) }, body: body)
  }

  /// What a final (not redirecting) answer means.
  private func outcome(_ answer: Answer, on curl: UnsafeMutableRawPointer, api: fb_curl_api) throws(Failure)
    -> Outcome
  {
    var api = api
    if answer.status == 304 { return .notModified }
    guard (200..<300).contains(answer.status) else {
      if answer.status == 401, !address.isHTTPS { throw .credentialsNeedHTTPS(shown: address.shown) }
      throw .http(shown: address.shown, status: answer.status)
    }
    var modified = 0
    fb_curl_get_long(&api, curl, CURLINFO_FILETIME, &modified)
    return .body(
      answer.body.bytes,
      Validators(
        etag: Self.header("ETag", in: curl, api: api), lastModified: Self.header("Last-Modified", in: curl, api: api),
        modifiedSeconds: modified > 0 ? Int64(modified) : nil))
  }

  /// Why a local file could not be read, without the path (the message names it once).
  static func reason(_ error: ScenarioFileError) -> String {
    if case .cannotRead(_, let reason) = error { return reason }
    return error.description
  }

  /// A response header's value, if the server sent it.
  static func header(_ name: String, in curl: UnsafeMutableRawPointer, api: fb_curl_api) -> String? {
    var found: UnsafeMutablePointer<curl_header>?
    guard api.easy_header(curl, name, 0, UInt32(CURLH_HEADER), -1, &found) == CURLHE_OK,
      let value = found?.pointee.value
    else { return nil }
    return String(cString: value)
  }

  /// The host part of a shown address.
  static func host(of shown: String) -> String {
    let rest = shown.split(separator: "/", maxSplits: 3).dropFirst().first ?? ""
    return String(rest)
  }

  /// libcurl's own words, one line, no control characters.
  static func clean(_ text: String) -> String { TextSanitizer.clean(text, limit: 160) }
}
