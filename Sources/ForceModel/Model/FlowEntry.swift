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
  var since: Int { Self.day(storedSince) }
  /// For a commitment: the day it is due, or `none`.
  var due: Int { Self.day(storedDue) }
  /// `since` and `due` in four bytes each (`Int32.min` for `none`): read far less often than
  /// `day`, they make an entry 32 bytes rather than 40, and a line 32 bytes smaller.
  private var storedSince: Int32
  private var storedDue: Int32
  var stage: FlowStage
  /// For frozen and cancelled: the stage reduced.
  var reduces: FlowStage
  var toDate: Bool
  /// The flow names a currency of its own: convert it with that currency's rate.
  var hasCurrency: Bool

  init(_ flow: Flow) {
    day = flow.day?.number ?? Self.undated
    value = flow.amount.value
    storedSince = Self.stored(flow.since?.firstDay.number)
    storedDue = Self.stored(flow.due?.lastDay.number)
    stage = flow.stage
    reduces = flow.reduces ?? flow.stage
    toDate = flow.toDate
    hasCurrency = flow.currency != nil
  }

  /// A day number as stored in four bytes: `Int32.min` for none; a day past four bytes' reach
  /// (millions of years away) is held at the nearest it can be.
  private static func stored(_ number: Int?) -> Int32 {
    guard let number else { return .min }
    return Int32(clamping: number) == .min ? .min + 1 : Int32(clamping: number)
  }

  /// A stored day number read back.
  @inline(__always)
  private static func day(_ stored: Int32) -> Int { stored == .min ? none : Int(stored) }

  /// A placeholder for an unused inline slot of `FlowEntries`.
  static let unused = FlowEntry()

  private init() {
    day = Self.none
    value = 0
    storedSince = .min
    storedDue = .min
    stage = .pledge
    reduces = .pledge
    toDate = false
    hasCurrency = false
  }
}
