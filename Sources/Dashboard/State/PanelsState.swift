import ForceModel

/// Which panel has the focus and where the user is in each panel's list.
public struct PanelsState: Sendable {
  /// The panel keys go to.
  public var focus: PanelID = .force
  /// Selection, scroll, filter and sort of each panel.
  public var tables: [PanelID: TableState] = [:]
  /// The rows each table panel shows, after filter and sort: contributor or funding line
  /// indices. Kept here, not recomputed per frame, because sorting 100,000 lines takes longer
  /// than a frame may.
  public internal(set) var visible: [PanelID: [Int]] = [:]

  init() {
    for panel in PanelID.allCases { tables[panel] = TableState() }
  }

  /// A panel's selection, scroll, filter and sort.
  public func table(_ panel: PanelID) -> TableState { tables[panel] ?? TableState() }
}
