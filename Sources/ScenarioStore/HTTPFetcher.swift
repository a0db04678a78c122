import CCurl
import ForceModel
import Synchronization

/// Reads a scenario over HTTP(S) with libcurl: conditional requests, timeouts, a size limit,
/// at most five redirects and never from https to http, TLS always verified.
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
    public var connectTimeout: Int
    public var totalTimeout: Int
    public var maximumBytes: Int

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
    public var etag: String?
    public var lastModified: String?
    /// The server's Last-Modified as Unix seconds, for the data's age.
    public var modifiedSeconds: Int64?

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

  public let address: RemoteAddress
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

  /// Fetches the scenario; with `validators`, only if it changed since.
  public func fetch(since validators: Validators? = nil) throws(Failure) -> Outcome {
    let shown = address.shown
    guard var api = Self.loaded?.api else {
      throw .other(shown: shown, detail: "reading an address needs libcurl (Debian: apt-get install libcurl4)")
    }
    guard let curl = api.easy_init() else { throw .other(shown: shown, detail: "libcurl could not start") }
    defer { api.easy_cleanup(curl) }
    var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    let body = Body(limit: options.maximumBytes)
    let context = Unmanaged.passUnretained(body).toOpaque()
    var headerList: UnsafeMutablePointer<curl_slist>?
    defer { api.slist_free_all(headerList) }
    for line in options.headers { headerList = api.slist_append(headerList, line) }
    if let etag = validators?.etag { headerList = api.slist_append(headerList, "If-None-Match: \(etag)") }
    if let modified = validators?.lastModified {
      headerList = api.slist_append(headerList, "If-Modified-Since: \(modified)")
    }
    let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
      _ = fb_curl_set_string(&api, curl, CURLOPT_URL, address.url)
      _ = fb_curl_set_string(&api, curl, CURLOPT_PROTOCOLS_STR, "http,https")
      // Never from https down to http; an http address may go up to https.
      _ = fb_curl_set_string(&api, curl, CURLOPT_REDIR_PROTOCOLS_STR, address.isHTTPS ? "https" : "http,https")
      _ = fb_curl_set_long(&api, curl, CURLOPT_FOLLOWLOCATION, 1)
      _ = fb_curl_set_long(&api, curl, CURLOPT_MAXREDIRS, 5)
      _ = fb_curl_set_long(&api, curl, CURLOPT_SSL_VERIFYPEER, 1)
      _ = fb_curl_set_long(&api, curl, CURLOPT_SSL_VERIFYHOST, 2)
      if let ca = options.caFile { _ = fb_curl_set_string(&api, curl, CURLOPT_CAINFO, ca) }
      _ = fb_curl_set_long(&api, curl, CURLOPT_NETRC, Int(CURL_NETRC_OPTIONAL.rawValue))
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
    case CURLE_TOO_MANY_REDIRECTS: throw .redirects(shown: shown)
    case CURLE_UNSUPPORTED_PROTOCOL where status >= 300 && status < 400: throw .insecureRedirect(shown: shown)
    case CURLE_FILESIZE_EXCEEDED: throw .tooLarge(shown: shown, limit: options.maximumBytes)
    case CURLE_WRITE_ERROR where body.tooLarge: throw .tooLarge(shown: shown, limit: options.maximumBytes)
    default:
      throw .other(
        shown: shown,
        detail: Self.clean(
          detail.isEmpty ? (api.easy_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)") : detail))
    }
    if status == 304 { return .notModified }
    guard (200..<300).contains(status) else { throw .http(shown: shown, status: status) }
    var modified = 0
    fb_curl_get_long(&api, curl, CURLINFO_FILETIME, &modified)
    return .body(
      body.bytes,
      Validators(
        etag: Self.header("ETag", in: curl, api: api), lastModified: Self.header("Last-Modified", in: curl, api: api),
        modifiedSeconds: modified > 0 ? Int64(modified) : nil))
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
