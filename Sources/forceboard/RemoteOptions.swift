import ArgumentParser
import ForceModel
import ScenarioStore

/// How a scenario given as an `https://` address is read: a private certificate authority and
/// a file of request headers. Every command that takes a scenario takes these.
struct RemoteOptions: ParsableArguments {
  @Option(
    name: .customLong("cacert"),
    help: ArgumentHelp("A certificate authority file (PEM) to trust for https:// scenarios.", valueName: "file"))
  var caFile: String?

  @Option(
    help: ArgumentHelp(
      "A file of HTTP request headers for https:// scenarios, one 'Name: value' a line (an Authorization line, say). Kept off the command line; never shown.",
      valueName: "file"))
  var headerFile: String?

  /// The largest header file read.
  static let maximumHeaderBytes = 65_536

  /// The fetch options `remote` asks for, or the defaults when no option was given.
  static func fetchOptions(_ remote: RemoteOptions?, for address: String) throws -> HTTPFetcher.Options {
    try remote?.fetchOptions(for: address) ?? HTTPFetcher.Options()
  }

  /// The fetch options for an address: the headers read and checked (a bad line is named by
  /// its number, never by its value), the authority file checked to be a readable file.
  ///
  /// Credentials travel over https only: a header file with an `http://` address is refused
  /// (its lines would cross the network in clear), and so is a header file others may read.
  func fetchOptions(for address: String) throws -> HTTPFetcher.Options {
    var options = HTTPFetcher.Options(caFile: caFile)
    if let caFile {
      do {
        _ = try ScenarioStore.readRegularFile(caFile, limit: HTTPFetcher.maximumCABytes)
      } catch {
        throw ValidationError("--cacert: \(error.description)")
      }
    }
    guard let headerFile else { return options }
    if !address.lowercased().hasPrefix("https://") {
      throw ValidationError(
        "--header-file: \(RemoteAddress.shownForm(address)) is not https://; credentials are sent over https only, never in clear"
      )
    }
    let bytes: [UInt8]
    do {
      bytes = try ScenarioStore.readRegularFile(headerFile, limit: Self.maximumHeaderBytes, secret: true)
    } catch {
      throw ValidationError("--header-file: \(error.description)")
    }
    // Lines end in LF or CRLF (a file written on Windows); "\r\n" is one Character in Swift,
    // so the split is on any newline, not on "\n".
    for (number, raw) in String(decoding: bytes, as: UTF8.self).split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).enumerated() {
      let line = String(raw)
      if line.trimmingSpaces().isEmpty || line.hasPrefix("#") { continue }
      guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
        line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
        TextSanitizer.isClean(line)
      else {
        throw ValidationError(
          "\(TextSanitizer.clean(headerFile)):\(number + 1): expected 'Name: value' (the line is not shown: it may hold a secret)"
        )
      }
      options.headers.append(line)
    }
    return options
  }
}
