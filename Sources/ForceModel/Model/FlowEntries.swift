/// A line's compact flows, up to four, inside the line itself.
///
/// Most lines have four flows or fewer. Kept inline, and with no reference in them, they are
/// read as the funding lines are, one after another, with no reference counting; an array of
/// their own for each of 100,000 lines cost a retain, a release and a cache miss a line. A line
/// with more flows, or a flow in a currency of its own, is read from its full flows instead
/// (`isComplete` is false).
struct FlowEntries: Sendable, Hashable {
  // Declared largest first, so that the flags pack after the entries.
  private var first: (FlowEntry, FlowEntry, FlowEntry, FlowEntry)
  /// The earliest day of the entries (`FlowEntry.undated` for an undated flow), or `Int.max`
  /// when there are none: whether a line is known yet, asked of 100,000 lines at each step of
  /// the as-of cursor, without reading the entries.
  private(set) var earliest: Int
  private var storedCount: UInt8
  /// True when every flow is here and none names a currency of its own.
  private(set) var isComplete: Bool
  /// True when every flow of the line (not only the first four) is stated exactly: the line has
  /// no range to move, asked of 100,000 lines at each step of a ranged cursor.
  private(set) var allExact: Bool

  /// How many entries there are, up to four.
  var count: Int { Int(storedCount) }

  init(_ flows: [Flow]) {
    storedCount = UInt8(min(4, flows.count))
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
    var low = Int.max
    for flow in flows.prefix(4) { low = min(low, flow.day?.number ?? FlowEntry.undated) }
    earliest = low
    allExact = flows.allSatisfy { $0.amount.qualifier == .exact }
  }

  /// Calls `body` with the day of each dated entry, without copying the entries.
  func forEachDay(_ body: (Int) -> Void) {
    if count > 0, first.0.day != FlowEntry.undated { body(first.0.day) }
    if count > 1, first.1.day != FlowEntry.undated { body(first.1.day) }
    if count > 2, first.2.day != FlowEntry.undated { body(first.2.day) }
    if count > 3, first.3.day != FlowEntry.undated { body(first.3.day) }
  }

  /// The entries of the line at `line` as a buffer, read where they lie: neither the line nor
  /// its entries is copied (the money tally reads 100,000 lines at each cursor step, and copying
  /// each line's entries (184 bytes then) twice was a tenth of the step).
  static func withBuffer<R>(in line: UnsafePointer<FundingLine>, _ body: (UnsafeBufferPointer<FlowEntry>) -> R) -> R {
    guard let entries = line.pointer(to: \.entries), let slots = entries.pointer(to: \.first) else {
      return line.pointee.entries.withBuffer(body)
    }
    let start = UnsafeRawPointer(slots).assumingMemoryBound(to: FlowEntry.self)
    return body(UnsafeBufferPointer(start: start, count: entries.pointee.count))
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
