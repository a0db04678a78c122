/// The last part of a path, for messages and headers: `mss.yaml` for `/srv/ops/mss.yaml`.
public enum FileName {
  /// The last part of `path`.
  public static func of(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
