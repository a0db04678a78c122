import ForceModel

/// What happened to the file on screen behind the user's back.
public enum ChangeOnDisk: String, Sendable, Hashable {
  case changed = "changed on disk"
  case deleted = "deleted on disk"
}
