/// A flow reduced to what recalculation reads — its day, amount, stage, span and due date — with
/// no reference in it, so copying one costs no reference counting.
///
/// A `Flow` is about 200 bytes (sources, note, derivation, dates), and reading 400,000 of them
/// on every keystroke was memory traffic the 10 ms budget had no room for. A funding line keeps
/// these beside its flows, rebuilt whenever the flows change, and recalculation reads them; the
/// full flow is read only for a currency of its own.
struct FlowEntry: Sendable, Hashable {
  /// Marks below any date: no span or due date, and an undated flow. (Entries of 32-bit days,
  /// 24 bytes instead of 40, measured slower: 16 ms against 12 for 100,000 lines.)
  static let none = Int.min
  static let undated = Int.min / 4

  /// `Day.number`, or `undated`.
  var day: Int
  /// The amount in the flow's own currency.
  var value: Double
  /// For spending: the first day of the span it covers, or `none`.
  var since: Int
  /// For a commitment: the day it is due, or `none`.
  var due: Int
  var stage: FlowStage
  /// For frozen and cancelled: the stage reduced.
  var reduces: FlowStage
  var toDate: Bool
  /// The flow names a currency of its own: convert it with that currency's rate.
  var hasCurrency: Bool

  init(_ flow: Flow) {
    day = flow.day?.number ?? Self.undated
    value = flow.amount.value
    since = flow.since?.firstDay.number ?? Self.none
    due = flow.due?.lastDay.number ?? Self.none
    stage = flow.stage
    reduces = flow.reduces ?? flow.stage
    toDate = flow.toDate
    hasCurrency = flow.currency != nil
  }

  /// A placeholder for an unused inline slot of `FlowEntries`.
  static let unused = FlowEntry()

  private init() {
    day = Self.none
    value = 0
    since = Self.none
    due = Self.none
    stage = .pledge
    reduces = .pledge
    toDate = false
    hasCurrency = false
  }
}

/// A line's compact flows, up to four, inside the line itself.
///
/// Most lines have four flows or fewer. Kept inline, and with no reference in them, they are
/// read as the funding lines are, one after another, with no reference counting; an array of
/// their own for each of 100,000 lines cost a retain, a release and a cache miss a line. A line
/// with more flows, or a flow in a currency of its own, is read from its full flows instead
/// (`isComplete` is false).
struct FlowEntries: Sendable, Hashable {
  private(set) var count: Int
  /// True when every flow is here and none names a currency of its own.
  private(set) var isComplete: Bool
  private var first: (FlowEntry, FlowEntry, FlowEntry, FlowEntry)

  init(_ flows: [Flow]) {
    count = min(4, flows.count)
    var slots = (FlowEntry.unused, FlowEntry.unused, FlowEntry.unused, FlowEntry.unused)
    var complete = flows.count <= 4
    for (index, flow) in flows.prefix(4).enumerated() {
      let entry = FlowEntry(flow)
      complete = complete && !entry.hasCurrency
      switch index {
      case 0: slots.0 = entry
      case 1: slots.1 = entry
      case 2: slots.2 = entry
      default: slots.3 = entry
      }
    }
    first = slots
    isComplete = complete
  }

  /// The entries as a buffer, for as long as `body` runs.
  func withBuffer<R>(_ body: (UnsafeBufferPointer<FlowEntry>) -> R) -> R {
    var slots = first
    return withUnsafeMutablePointer(to: &slots) { tuple in
      tuple.withMemoryRebound(to: FlowEntry.self, capacity: 4) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }
  }

  /// Always equal: the entries are made from the line's flows, so equal flows make equal
  /// entries, and the flows already decide whether two lines are equal. Comparing them again
  /// cost every what-if commit a pass over 100,000 lines' entries.
  static func == (lhs: FlowEntries, rhs: FlowEntries) -> Bool { true }

  /// Nothing: the flows are hashed already.
  func hash(into hasher: inout Hasher) {}
}
