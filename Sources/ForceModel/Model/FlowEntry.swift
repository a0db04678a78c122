/// A flow reduced to what recalculation reads: its day, amount, stage and the stage it takes back
/// from, in 24 bytes.
///
/// A `Flow` is about 200 bytes (sources, note, derivation, dates), and reading 400,000 of them
/// on every keystroke was memory traffic the 10 ms budget had no room for. A funding line keeps
/// these beside its flows, rebuilt whenever the flows change, and recalculation reads them; the
/// full flow is read only for what few flows have (a currency of their own, a span, a due date).
struct FlowEntry: Sendable, Hashable {
  /// `Day.number`, or `Day.distantPast.number` for an undated flow.
  var day: Int
  /// The amount in the flow's own currency.
  var value: Double
  var stage: FlowStage
  /// For frozen and cancelled: the stage reduced.
  var reduces: FlowStage
  var toDate: Bool
  /// The flow names a currency of its own: convert it with that currency's rate.
  var hasCurrency: Bool

  init(_ flow: Flow) {
    day = (flow.day ?? .distantPast).number
    value = flow.amount.value
    stage = flow.stage
    reduces = flow.reduces ?? flow.stage
    toDate = flow.toDate
    hasCurrency = flow.currency != nil
  }

  static func entries(_ flows: [Flow]) -> [FlowEntry] { flows.map(FlowEntry.init) }
}
