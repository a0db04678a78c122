/// One dated thing that happened in a mission's history, as the timeline lists it: an arrival,
/// a pledge, a decision, a mandate's end, a figure reported, money pledged, paid, frozen or
/// spent, or a note.
public struct TimelineEvent: Sendable, Hashable {
  /// What kind of thing happened; the events list shows it as a short word.
  public enum Kind: Sendable, Hashable {
    case deployment
    case pledge
    case decision
    case mandateStarts
    case mandateEnds
    case strength(StrengthLevel)
    case report
    case note
    case money(FlowStage)
    /// An event of the plan followed, ahead of the data: never a fact.
    case planned

    /// The word in the events list's second column, at most eight characters.
    public var word: String {
      switch self {
      case .deployment: "deployed"
      case .pledge: "pledge"
      case .decision: "decision"
      case .mandateStarts: "mandate"
      case .mandateEnds: "mandate"
      case .strength(let level): level.label
      case .report: "reported"
      case .note: "note"
      case .planned: "planned"
      case .money(let stage):
        switch stage {
        case .pledge: "$ pledge"
        case .commitment: "$ commit"
        case .received: "$ paid"
        case .spent: "$ spent"
        case .frozen: "$ frozen"
        case .cancelled: "$ cancel"
        }
      }
    }
  }

  /// The day the event counts from (the end of its date's precision).
  public var day: Day
  /// The date as the source gives it: `2024-09`, `2025-01-18`.
  public var date: AsOf
  /// What kind of event it is.
  public var kind: Kind
  /// What happened, in one line.
  public var text: String
  /// The sources that report it.
  public var sources: [String]
  /// For a planned event: its id in the plan followed (what editing it names).
  public var planned: String?

  /// An event on `day` (the last day `date` can mean).
  public init(day: Day, date: AsOf, kind: Kind, text: String, sources: [String]) {
    self.day = day
    self.date = date
    self.kind = kind
    self.text = text
    self.sources = sources
  }
}
