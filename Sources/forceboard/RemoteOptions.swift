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

  /// The fetch options: the headers read and checked (a bad line is named by its number, never
  /// by its value).
  func fetchOptions() throws -> HTTPFetcher.Options {
    var options = HTTPFetcher.Options(caFile: caFile)
    guard let headerFile else { return options }
    let bytes: [UInt8]
    do {
      bytes = try ScenarioStore.readRegularFile(headerFile, limit: Self.maximumHeaderBytes)
    } catch {
      throw ValidationError(error.description)
    }
    for (number, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
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
