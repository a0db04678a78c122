/// What went wrong with the watched file; the last good data stays on screen meanwhile.
public struct LiveProblem: Sendable, Hashable {
  /// When the problem was first seen.
  public var since: Int64
  /// `file:line:column: what is wrong`, or that the file is missing.
  public var message: String
}
