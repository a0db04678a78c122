/// The scenario file format: YAML or JSON text to a `Scenario` and back, all in memory.
///
/// Reading is all or nothing: every problem is collected with its line and column, and no
/// scenario comes back if there is any. Opening, saving and locking files is the edge's work
/// (`ScenarioStore`), so this module stays pure.
public enum ScenarioFile {
  /// The largest scenario file read (512 MiB): a bigger one is refused before it is read.
  public static let maximumBytes = ScenarioText.maximumBytes

  /// A file format a scenario is read from or written to.
  public enum Format: String, Sendable, CaseIterable {
    case yaml
    case json

    /// The format a file name implies: `.json` is JSON, anything else YAML.
    public init(path: String) {
      self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
  }

  /// Parses scenario text (YAML or JSON) held in memory; `file` names it in diagnostics.
  public static func decode(bytes: [UInt8], file: String) throws(ScenarioFileError) -> Scenario {
    try decode(bytes: bytes, file: file, splitsYAMLFrom: ScenarioText.yamlSplitBytes)
  }

  /// The same, a YAML funding list of `splitsYAMLFrom` bytes or more parsed in two halves.
  static func decode(bytes: [UInt8], file: String, splitsYAMLFrom: Int) throws(ScenarioFileError) -> Scenario {
    let document = try ScenarioText.document(
      bytes: bytes, file: file, defersFunding: true, splitsYAMLFrom: splitsYAMLFrom)
    let decoder = ScenarioDecoder(file: file, document: document)
    let decoded = decoder.decode(document.root)
    if document.fundingSplit != nil, !decoder.readSplit {
      // A half of the list did not parse, or the list was not where it was looked for: the
      // file is read whole, the usual way, which reports what is wrong where it is.
      return try decode(bytes: bytes, file: file, splitsYAMLFrom: .max)
    }
    if let unparsed = decoder.unparsedLine {
      // A funding line is not JSON. The text was stepped over there, so it is parsed again
      // with every line checked: the first problem is reported where a whole parse finds it.
      _ = try ScenarioText.document(bytes: bytes, file: file, defersFunding: true, checksEveryLine: true)
      throw .invalid([unparsed])
    }
    guard let scenario = decoded, decoder.diagnostics.isEmpty else {
      throw .invalid(decoder.diagnostics)
    }
    return scenario
  }

  /// A scenario as read from disk, with what tells this version of the file from any other.
  public struct LoadedFile: Sendable {
    /// The scenario read.
    public var scenario: Scenario
    /// The bytes' digest, to notice changes.
    public var digest: ContentDigest
    /// The file's stamp when read.
    public var stamp: FileStamp?

    /// A scenario read from a file with this digest and stamp.
    public init(scenario: Scenario, digest: ContentDigest, stamp: FileStamp?) {
      self.scenario = scenario
      self.digest = digest
      self.stamp = stamp
    }
  }

  /// What a save left on disk.
  public struct SavedFile: Sendable, Hashable {
    /// The digest of the bytes written.
    public var digest: ContentDigest
    /// The file's stamp after the write.
    public var stamp: FileStamp?

    /// What a save wrote.
    public init(digest: ContentDigest, stamp: FileStamp?) {
      self.digest = digest
      self.stamp = stamp
    }
  }

  /// The text of a scenario in the given format.
  public static func encode(_ scenario: Scenario, as format: Format) -> String {
    let node = ScenarioEncoder.encode(scenario)
    switch format {
    case .yaml:
      return
        "# ForceBoard scenario, schema \(Scenario.schemaVersion). Figures carry their sources; see the sources list.\n"
        + DocumentWriter.yaml(node)
    case .json:
      return DocumentWriter.json(node)
    }
  }

}
