import ForceModel

/// One column of the funding lines table, stated once: its title, width, the narrowest panel it
/// shows in, its cell and its sort key (htop's `Process_fields[]`). The table, its sort (`s`
/// cycles through the columns in this order) and the sort mark all read `FundingColumn.all`.
struct FundingColumn: Sendable {
  /// The header.
  var title: String
  /// Cells wide; 0 for the flexible column that takes what the others leave.
  var width: Int
  /// The narrowest panel that shows the column: a narrow panel drops the least needed first.
  var from: Int
  var alignRight = true
  /// The stage whose total the column shows, for a value being typed in its place.
  var stage: FlowStage?
  /// Whether the column shows the line's totals (none when the line's currency has no rate).
  var needsLedger = true
  /// Whether the line's form and currency are typed in the column's place.
  var typesForm = false
  /// The line's own cell, when nothing is typed in its place.
  var figure: @Sendable (FundingCellInput) -> TableCell
  /// What the column sorts a line by: its ledger's figure, or text.
  var sortKey: @Sendable (FundingSortInput) -> SortKey

  /// The column as the table drawer fits it.
  var tableColumn: TableColumn {
    TableColumn(title: title, width: width, alignRight: alignRight, flexible: width == 0)
  }

  /// The fields typed in the column's place while the editor is open on them.
  func typedFields(_ id: String) -> [EditField] {
    if let stage { return [.stageTotal(id: id, stage: stage)] }
    return typesForm ? [.fundingForm(id: id), .fundingCurrency(id: id)] : []
  }

  /// The cell of one line: what is being typed in its place, the line's figure, or why there
  /// is none. `state` is passed, not kept in the input: copying it per cell was a retain of
  /// every array it holds.
  func cell(_ input: FundingCellInput, in state: AppState) -> TableCell {
    // Only while the editor is open can anything be typed in a cell's place.
    if state.editor != nil {
      for field in typedFields(input.line.id) {
        if let typed = state.typing(field) {
          return TableCell(typed, Style(.key, bold: true), keepsStyleWhenSelected: true)
        }
      }
    }
    if needsLedger && input.ledger == nil {
      let missing = stage == .received ? (input.line.counted ? "no rate!" : "left out") : ""
      return TableCell(missing, Style(.conflict))
    }
    return figure(input)
  }

  /// Every column, in sort order.
  static let all: [FundingColumn] = [
    FundingColumn(
      title: "Donor", width: 0, from: 0, alignRight: false, needsLedger: false,
      figure: { TableCell($0.line.donor + ($0.line.purpose.map { " — \($0)" } ?? ""), $0.plain) },
      sortKey: { .text($0.line.donor.lowercased()) }),
    FundingColumn(
      title: "Form", width: 7, from: 100, alignRight: false, needsLedger: false, typesForm: true,
      figure: { input in
        let line = input.line
        return TableCell(line.form.label + (line.counted ? "" : " ✗"), Style(line.counted ? .normal : .dim))
      },
      sortKey: { .text($0.line.form.rawValue) }),
    FundingColumn(
      title: "Channel", width: 10, from: 112, alignRight: false, needsLedger: false,
      figure: { TableCell($0.line.channel.label, $0.plain) }, sortKey: { .text($0.line.channel.rawValue) }),
    FundingColumn(
      title: "Pledged", width: 9, from: 90, stage: .pledge,
      figure: { input in
        let ledger = input.ledger
        return TableCell(money(ledger.flatMap { $0.pledgeOutstanding > 0.5 ? $0.pledged : nil }), Style(.dim))
      },
      sortKey: { .amount($0.ledger?.pledged) }),
    FundingColumn(
      title: "Committed", width: 9, from: 80, stage: .commitment,
      figure: { TableCell(money($0.ledger?.committed), $0.plain) }, sortKey: { .amount($0.ledger?.committed) }),
    FundingColumn(
      title: "Received", width: 9, from: 0, stage: .received,
      figure: { TableCell(money($0.ledger?.received, zero: "—"), Style($0.plain.role, bold: !$0.earlier)) },
      sortKey: { .amount($0.ledger?.received) }),
    FundingColumn(
      title: "Spent", width: 9, from: 70, stage: .spent,
      figure: { TableCell(money($0.ledger?.spent), $0.plain) }, sortKey: { .amount($0.ledger?.spent) }),
    FundingColumn(
      title: "In hand", width: 9, from: 0,
      figure: { input in
        guard let ledger = input.ledger else { return .empty }
        if input.line.form == .inKind { return TableCell("in-kind", Style(.dim)) }
        if input.earlier { return TableCell("earlier", Style(.dim)) }
        let bound = ledger.received > 0 && !ledger.spendingReported
        let text = money(ledger.inHand, zero: ledger.received > 0 ? "$0" : "—")
        return TableCell((bound ? "≤" : "") + text, Style(input.line.counted ? .ok : .dim, bold: true))
      },
      sortKey: { input in
        guard let ledger = input.ledger else { return .amount(nil) }
        return .amount(input.line.form == .cash ? ledger.inHand : nil)
      }),
    FundingColumn(
      title: "Ceiling", width: 9, from: 100,
      figure: { input in
        let ceiling = input.line.ceiling(on: input.day)
        return TableCell(ceiling.map { "≤" + Format.money($0.value * input.usdPerUnit) } ?? "", Style(.warning))
      },
      sortKey: { input in
        guard input.ledger != nil, let ceiling = input.line.ceiling(on: input.results.funding.day) else {
          return .amount(nil)
        }
        return .amount(ceiling.value * (input.scenario.assumptions.usdPerUnit(input.line.currency) ?? 0))
      }),
  ]

  /// An amount as the table shows it: blank (or `zero`) when there is nothing.
  private static func money(_ value: Double?, zero: String = "") -> String {
    guard let value else { return "" }
    return value > 0.5 ? Format.money(value) : zero
  }
}

/// One funding line as a column's cell sees it.
struct FundingCellInput {
  let line: FundingLine
  /// The line's totals on the date shown; nil when its currency has no rate.
  let ledger: LineLedger?
  /// All of the line's money is an earlier mandate's: history here, dim.
  let earlier: Bool
  /// The row's ordinary look (dim for a line left out or an earlier mandate's).
  let plain: Style
  /// The date shown, for the ceiling standing then.
  let day: Day?
  /// USD per unit of the line's currency (0 without a rate).
  let usdPerUnit: Double
}

/// One funding line as a column's sort key sees it.
struct FundingSortInput {
  let scenario: Scenario
  let results: Results
  let line: FundingLine
  let ledger: LineLedger?
}

/// What a row sorts by: text, or an amount (none sorts first, as nothing is less than any figure).
enum SortKey: Comparable {
  case text(String)
  case amount(Double?)

  static func < (a: SortKey, b: SortKey) -> Bool {
    switch (a, b) {
    case (.text(let x), .text(let y)): x < y
    case (.amount(let x), .amount(let y)): (x ?? -1) < (y ?? -1)
    case (.text, .amount): true
    case (.amount, .text): false
    }
  }
}
