/// "Did you mean …?" for a misspelt key or value.
public enum Suggestion {
  /// The closest candidate within a small edit distance, if any.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let lower = word.lowercased()
    var best: (String, Int)?
    for candidate in candidates.sorted() {
      let distance = editDistance(lower, candidate.lowercased())
      let limit = max(1, min(3, candidate.count / 3))
      if distance <= limit, distance < candidate.count, distance < (best?.1 ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring letters (the commonest typo) each cost one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  /// A hint naming the closest candidate, or listing them all when there are few.
  static func hint(for word: String, in candidates: [String]) -> String {
    if let match = closest(to: word, in: candidates) { return "did you mean '\(match)'?" }
    if candidates.count <= 12 { return "expected one of: " + candidates.joined(separator: ", ") }
    return "see Scenarios/haiti-mss.yaml for the keys a scenario uses"
  }
}
