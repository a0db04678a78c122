import ForceModel

/// A scenario's `http://` or `https://` address, checked before anything is fetched, with the
/// form of it that is safe to show.
///
/// A password in the address is refused: it would sit in shell history, in `ps` and on screen.
/// Credentials come from `--header-file` or `~/.netrc` instead. The shown form has no user and
/// no query string (which often carries a token), so no error, banner or report can leak one.
public struct RemoteAddress: Sendable, Hashable {
  /// Why an address cannot be used.
  public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
    case passwordInAddress(shown: String)
    case notHTTP(shown: String)

    public var description: String {
      switch self {
      case .passwordInAddress(let shown):
        return
          "\(shown): the address holds a password (or a host part that is not host:port); put credentials in ~/.netrc or in a file for --header-file (an 'Authorization: …' line), never on the command line"
      case .notHTTP(let shown):
        return "\(shown): only http:// and https:// addresses can be read"
      }
    }
  }

  /// Where credentials may go: the scheme, host and port of an address. A header file's lines
  /// and `~/.netrc` are sent to the origin the user named and to no other (not another host, not
  /// the same host on another port or scheme), whatever a redirect says.
  public struct Origin: Sendable, Hashable, CustomStringConvertible {
    var scheme: String
    var host: String
    var port: Int

    public var description: String { "\(scheme)://\(host):\(port)" }

    /// The origin of an absolute `http(s)://` address; nil when it has none (another scheme, or
    /// a port that is not a number).
    public init?(of text: String) {
      let lower = text.lowercased()
      let scheme = lower.hasPrefix("https://") ? "https" : (lower.hasPrefix("http://") ? "http" : "")
      guard !scheme.isEmpty else { return nil }
      let parts = RemoteAddress.split(text.dropFirst(scheme.count + 3))
      var hostPort = parts.authority
      if let at = hostPort.lastIndex(of: "@") { hostPort = hostPort[hostPort.index(after: at)...] }
      var host = hostPort
      var portText: Substring = ""
      if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
        host = hostPort[...close]
        portText = hostPort[hostPort.index(after: close)...]
        guard portText.isEmpty || portText.hasPrefix(":") else { return nil }
        portText = portText.dropFirst()
      } else if let colon = hostPort.lastIndex(of: ":") {
        host = hostPort[..<colon]
        portText = hostPort[hostPort.index(after: colon)...]
      }
      guard !host.isEmpty, portText.allSatisfy({ $0.isASCII && $0.isNumber }), portText.count <= 5 else { return nil }
      self.scheme = scheme
      self.host = host.lowercased()
      self.port = portText.isEmpty ? (scheme == "https" ? 443 : 80) : Int(portText) ?? 0
    }
  }

  /// The address as given, for libcurl.
  public let url: String
  /// The address without user or query, for every message.
  public let shown: String
  let isHTTPS: Bool
  /// Where its credentials may go.
  public let origin: Origin

  /// True for text that names an address rather than a file.
  public static func looksLikeAddress(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// The shown form of any address text, whether usable or not.
  public static func shownForm(_ text: String) -> String {
    do {
      return try RemoteAddress(text).shown
    } catch {
      switch error {
      case .passwordInAddress(let shown), .notHTTP(let shown): return shown
      }
    }
  }

  /// The authority (user, host, port) and the rest of an address after its scheme.
  static func split(_ rest: Substring) -> (authority: Substring, path: Substring) {
    let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    return (rest[..<end], rest[end...])
  }

  /// Percent-decoded text (`alice%3Apw` is `alice:pw`, as libcurl reads it); bytes that are not
  /// a valid escape stay as they are.
  static func percentDecoded(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// An address parsed into scheme, host, port and path, or what is wrong with it.
  public init(_ text: String) throws(Problem) {
    let lower = text.lowercased()
    let scheme = lower.hasPrefix("https://") ? "https://" : (lower.hasPrefix("http://") ? "http://" : "")
    let parts = Self.split(text.dropFirst(scheme.count))
    var authority = parts.authority
    var path = parts.path
    var userInfo: Substring?
    if let at = authority.lastIndex(of: "@") {
      userInfo = authority[..<at]
      authority = authority[authority.index(after: at)...]
    }
    if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
      path = path[..<cut] + (path[cut] == "?" ? "?…" : "")
    }
    // An '@' past the host part means the address was read another way than it was meant
    // (`https://alice:pw/SECRET@host`: a password holding '/'): whatever comes before it may
    // be a secret, so the shown form keeps only what follows.
    if let at = path.lastIndex(of: "@") {
      shown = TextSanitizer.clean(scheme + "…" + path[at...], limit: 200)
    } else {
      shown = TextSanitizer.clean(scheme + authority + path, limit: 200)
    }
    guard !scheme.isEmpty else { throw .notHTTP(shown: TextSanitizer.clean(text, limit: 60)) }
    // A password, however it is written (`alice:pw`, `alice%3Apw`), is refused; so is a host
    // part whose "port" is not a number, which is how a password with '/' in it reads.
    if let userInfo, Self.percentDecoded(userInfo).contains(":") { throw .passwordInAddress(shown: shown) }
    guard let origin = Origin(of: text) else {
      let host = authority.prefix { $0 != ":" }
      throw .passwordInAddress(shown: TextSanitizer.clean(scheme + host + ":…", limit: 200))
    }
    url = text
    isHTTPS = scheme == "https://"
    self.origin = origin
  }
}
