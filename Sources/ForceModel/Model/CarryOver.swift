/// What passes from the previous mandate period into a new one, and the sources that say so.
///
/// A new period starts with nothing of the last one's money unless a source says otherwise: a
/// commitment not received by its period's end lapses (IATI: committed, never disbursed), and a
/// pot's balance stays with the period and force it was raised for. A mandate extension that
/// keeps the same trust fund says `cash`; one whose donors restated their commitments says
/// `commitments`.
public struct CarryOver: Sendable, Hashable {
  /// Cash in hand on the last day of the previous period passes into this one.
  public var cash: Bool
  /// Commitments outstanding on that day stay outstanding instead of lapsing.
  public var commitments: Bool
  /// The sources that say so.
  public var sources: [String]
  /// What is carried, in words.
  public var note: String?

  /// What a period carries over from the one before.
  public init(cash: Bool = false, commitments: Bool = false, sources: [String] = [], note: String? = nil) {
    self.cash = cash
    self.commitments = commitments
    self.sources = sources
    self.note = note
  }

  /// What carries over, in words: "cash in hand", "commitments", both, or nothing.
  public var text: String {
    switch (cash, commitments) {
    case (true, true): "cash in hand and commitments carried over"
    case (true, false): "cash in hand carried over; commitments lapse"
    case (false, true): "commitments carried over; cash in hand does not"
    case (false, false): "nothing carried over"
    }
  }
}
