import ArgumentParser
import Dashboard
import ForceModel
import ScenarioStore

/// Where a command's scenario comes from: a file, or the built-in one.
enum ScenarioArgument {
  static let builtInName = "builtin"

  /// A scenario with the names it goes by: in full for messages, short for the header.
  struct Loaded {
    var scenario: Scenario
    var name: String
    var shortName: String
    /// The file it came from; nil for the built-in scenario.
    var path: String?
    /// Which version of the file it is, for journals and the changed-on-disk check.
    var document: ScenarioDocument
  }

  /// Loads the scenario an argument names; on a bad file prints every diagnostic to standard
  /// error and exits with status 1. A `notice` (for a terminal) is shown while the file is read
  /// and wiped before anything else is written.
  static func load(_ argument: String?, remote: RemoteOptions? = nil, notice: String? = nil) throws -> Loaded {
    guard let argument, argument != builtInName else {
      let mission = Scenario.haitiMSS.mission
      return Loaded(
        scenario: .haitiMSS, name: "built-in scenario (\(mission.shortName), \(mission.asOf?.description ?? ""))",
        shortName: "built-in", path: nil, document: .builtIn)
    }
    if RemoteAddress.looksLikeAddress(argument) {
      do {
        return try loadAddress(argument, options: try RemoteOptions.fetchOptions(remote, for: argument))
      } catch let error as ValidationError {
        throw error
      } catch {
        StandardError.write("\(error)\n")
        throw ExitCode(1)
      }
    }
    if let notice { StandardError.write(notice) }
    defer { if notice != nil { StandardError.writeControl("\r\u{1B}[K") } }
    do {
      return try loadFile(argument)
    } catch {
      if notice != nil { StandardError.writeControl("\r\u{1B}[K") }
      StandardError.write(error.description + "\n")
      throw ExitCode(1)
    }
  }

  /// The fetcher for a scenario at an address, checked (the address, the certificate authority
  /// and header files) but not yet asked: a display starts before the first answer comes.
  static func prepareAddress(_ text: String, remote: RemoteOptions?) throws -> HTTPFetcher {
    let options = try RemoteOptions.fetchOptions(remote, for: text)
    do {
      return HTTPFetcher(try RemoteAddress(text), options: options)
    } catch {
      StandardError.write("\(error)\n")
      throw ExitCode(1)
    }
  }

  /// Why a scenario at an address could not be used: the address, the fetch, or its content.
  enum RemoteFailure: Error, CustomStringConvertible {
    case address(RemoteAddress.Problem)
    case fetch(HTTPFetcher.Failure)
    case content(ScenarioFileError)

    var description: String {
      switch self {
      case .address(let problem): problem.description
      case .fetch(let failure): failure.description
      case .content(let error): error.description
      }
    }
  }

  /// Fetches and reads a scenario from an `http(s)://` address. Diagnostics name the shown
  /// address (`https://ops.example/mss.yaml:51:14: …`); the stamp carries the server's
  /// Last-Modified, so the header's data age is the data's, not the fetch's.
  static func loadAddress(_ text: String, options: HTTPFetcher.Options) throws(RemoteFailure) -> Loaded {
    let address: RemoteAddress
    do {
      address = try RemoteAddress(text)
    } catch {
      throw .address(error)
    }
    let fetcher = HTTPFetcher(address, options: options)
    let outcome: HTTPFetcher.Outcome
    do {
      outcome = try fetcher.fetch()
    } catch {
      throw .fetch(error)
    }
    guard case .body(let bytes, let validators) = outcome else {
      throw .fetch(.other(shown: address.shown, detail: "the server answered 304 to a first request"))
    }
    return try loaded(bytes, validators: validators, fetcher: fetcher)
  }

  /// A fetched body as a scenario.
  static func loaded(_ bytes: [UInt8], validators: HTTPFetcher.Validators, fetcher: HTTPFetcher) throws(RemoteFailure)
    -> Loaded
  {
    let shown = fetcher.address.shown
    let scenario: Scenario
    do {
      scenario = try ScenarioFile.decode(bytes: bytes, file: shown)
    } catch {
      throw .content(error)
    }
    let stamp = validators.modifiedSeconds.map {
      FileStamp(device: 0, inode: 0, size: Int64(bytes.count), modifiedSeconds: $0, modifiedNanoseconds: 0)
    }
    return Loaded(
      scenario: scenario, name: shown, shortName: FileName.of(shown), path: nil,
      document: ScenarioDocument(path: nil, journalKey: shown, digest: ContentDigest(bytes), stamp: stamp))
  }

  /// Loads a scenario file with its digest and stamp.
  static func loadFile(_ path: String) throws(ScenarioFileError) -> Loaded {
    let file = try ScenarioStore.loadFile(path)
    let short = FileName.of(path)
    return Loaded(
      scenario: file.scenario, name: path, shortName: short, path: path,
      document: ScenarioDocument(
        path: path, journalKey: FileEffects.absolutePath(path), digest: file.digest, stamp: file.stamp))
  }
}

extension ScenarioArgument.Loaded {
  /// The scenario as `reduce` takes it: on start, on `o`, and on every reload.
  func opened(journals: [JournalOffer] = [], notes: [String] = []) -> OpenedScenario {
    OpenedScenario(scenario: scenario, sourceName: shortName, document: document, journals: journals, notes: notes)
  }
}
