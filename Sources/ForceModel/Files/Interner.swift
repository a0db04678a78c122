/// One stored copy of each text a large file repeats: a donor's name on each of its lines, the
/// one source a figure cites.
///
/// A Swift string longer than 15 bytes, and every array, is a heap object; a file of 100,000
/// lines and 400,000 flows repeating a thousand names and twenty sources held half a million of
/// them. Equal values share one copy here, and copy-on-write keeps each free to change.
struct Interner {
  private var names: [String: String] = [:]
  private var lists: [String: [String]] = [:]

  /// The stored copy of `name`.
  mutating func name(_ name: String) -> String {
    if name.utf8.count <= 15 { return name }
    if let stored = names[name] { return stored }
    names[name] = name
    return name
  }

  /// The stored one-item list of `id`, if there is one.
  func citedSources(_ id: String) -> [String]? { lists[id] }

  /// The stored one-item list of `id`, stored now if it was not.
  mutating func sources(_ id: String) -> [String] {
    if let stored = lists[id] { return stored }
    let list = [id]
    lists[id] = list
    return list
  }
}
