import ForceModel

/// Where the scenario on screen came from and what may be written back there.
public struct SourceState: Sendable {
  /// For the header: "built-in", a file name or an address.
  public var name: String
  /// The file behind the scenario, for saving and journals.
  public var document: ScenarioDocument
  /// True for `--read-only` and the kiosk: no key changes the scenario or writes a file.
  public var readOnly: Bool
  /// A read-only display of a scenario at an address (not `--read-only`, not a kiosk): `W`
  /// may still save a local copy of it.
  public var canSaveCopy = false
  /// Someone else changed (or deleted) the file on screen since it was loaded or saved; `w`
  /// will ask before overwriting it. Shown in the header until the next save or open.
  public var changedOnDisk: ChangeOnDisk?

  /// A scenario read from `document`, shown under `name`.
  public init(name: String, document: ScenarioDocument, readOnly: Bool) {
    self.name = name
    self.document = document
    self.readOnly = readOnly
  }
}
