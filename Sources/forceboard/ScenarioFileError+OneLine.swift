import ForceModel

extension ScenarioFileError {
  /// The failure on one line, for a status line or a banner: the first problem with its line
  /// and column, under `name` (a file's short name; an address in full), and how many more.
  func oneLine(path: String, as name: String) -> String {
    if case .cannotRead(_, let reason) = self { return "\(name) cannot be read: \(reason)" }
    var first = diagnostics.first?.description ?? description
    if first.hasPrefix(path + ":") { first = name + first.dropFirst(path.count) }
    return diagnostics.count > 1 ? "\(first) (and \(diagnostics.count - 1) more)" : first
  }
}
