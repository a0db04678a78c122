/// Where each panel is drawn, nil for a panel not on screen: four rectangles kept in place.
///
/// A layout is worked out several times for one key or resize (the reducer's checks, then the
/// frame), and it was a dictionary by panel: each lookup hashed the panel, each layout
/// allocated and grew a table, together a sixth of a resize.
public struct PanelRects: Sendable, Hashable {
  private var force: Rect?
  private var contributions: Rect?
  private var funding: Rect?
  private var timeline: Rect?

  /// No panel on screen.
  public init() {}

  /// The panel's rectangle, nil when it is not on screen.
  public subscript(panel: PanelID) -> Rect? {
    get {
      switch panel {
      case .force: force
      case .contributions: contributions
      case .funding: funding
      case .timeline: timeline
      }
    }
    set {
      switch panel {
      case .force: force = newValue
      case .contributions: contributions = newValue
      case .funding: funding = newValue
      case .timeline: timeline = newValue
      }
    }
  }

  /// The panels on screen, in their order.
  public var keys: [PanelID] { PanelID.allCases.filter { self[$0] != nil } }

  /// The rectangles of the panels on screen, in the panels' order.
  public var values: [Rect] { PanelID.allCases.compactMap { self[$0] } }

  /// How many panels are on screen.
  public var count: Int { PanelID.allCases.reduce(0) { $0 + (self[$1] == nil ? 0 : 1) } }
}
