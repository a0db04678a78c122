/// Where the user is in one panel's list: selection, scroll, filter and sort.
public struct TableState: Sendable, Hashable {
  /// Index into the panel's visible rows (after filter and sort).
  public var selected = 0
  /// First visible row.
  public var scroll = 0
  /// The filter typed with `/`; empty shows every row.
  public var filter = ""
  /// Index into the panel's sortable columns; nil keeps scenario order.
  public var sortColumn: Int?
  var sortDescending = false

  /// Scenario order, nothing selected but the first row.
  public init() {}
}
