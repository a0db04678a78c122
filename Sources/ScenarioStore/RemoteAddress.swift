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
          "\(shown): the address holds a password; put credentials in ~/.netrc or in a file for --header-file (an 'Authorization: …' line), never on the command line"
      case .notHTTP(let shown):
        return "\(shown): only http:// and https:// addresses can be read"
      }
    }
  }

  /// The address as given, for libcurl.
  public let url: String
  /// The address without user or query, for every message.
  public let shown: String
  public let isHTTPS: Bool

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

  public init(_ text: String) throws(Problem) {
    let lower = text.lowercased()
    let scheme = lower.hasPrefix("https://") ? "https://" : (lower.hasPrefix("http://") ? "http://" : "")
    let rest = text.dropFirst(scheme.count)
    let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    var authority = rest[..<authorityEnd]
    var path = rest[authorityEnd...]
    var userInfo: Substring?
    if let at = authority.lastIndex(of: "@") {
      userInfo = authority[..<at]
      authority = authority[authority.index(after: at)...]
    }
    if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
      path = path[..<cut] + (path[cut] == "?" ? "?…" : "")
    }
    shown = TextSanitizer.clean(scheme + authority + path, limit: 200)
    guard !scheme.isEmpty else { throw .notHTTP(shown: TextSanitizer.clean(text, limit: 60)) }
    if let userInfo, userInfo.contains(":") { throw .passwordInAddress(shown: shown) }
    url = text
    isHTTPS = scheme == "https://"
  }
}
