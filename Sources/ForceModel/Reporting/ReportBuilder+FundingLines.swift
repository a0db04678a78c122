/// The funding lines section: each flow of each line as an item (and its ceiling), and, for the
/// formats that print tables, a row of each line's USD totals. The lines are independent, so a
/// long list is made in two halves on two threads.
extension ReportBuilder {
  mutating func fundingLineSection() {
    let builder = self
    let funding = scenario.funding
    let day = results.funding.day
    let items: [Report.Item] = TwoHalves.array(
      parts: funding.count, count: { funding[$0].flows.count + (funding[$0].ceiling == nil ? 0 : 1) }
    ) { index, add in builder.lineItems(index, day: day, add: add) }
    let rows: [[String]] =
      tables
      ? TwoHalves.array(parts: funding.count, count: { _ in 1 }) { index, add in add(builder.lineRow(index)) } : []
    let table = Report.Table(
      columns: [
        .init(title: "Donor", alignRight: false), .init(title: "Purpose", alignRight: false),
        .init(title: "Channel", alignRight: false), .init(title: "Form", alignRight: false),
        .init(title: "Pledged", alignRight: true), .init(title: "Committed", alignRight: true),
        .init(title: "Received", alignRight: true), .init(title: "Spent", alignRight: true),
        .init(title: "In hand", alignRight: true), .init(title: "Ceiling", alignRight: true),
        .init(title: "Sources", alignRight: false),
      ], rows: rows)
    sections.append(
      Report.Section(
        id: "funding",
        title: "Funding lines and their flows (USD totals as of \(day.map { "\($0)" } ?? "the latest flow"))",
        items: items, table: tables ? table : nil))
  }

  /// The `index`th line's items: one for each flow, then one for its ceiling, if it has one.
  func lineItems(_ index: Int, day: Day?, add: (Report.Item) -> Void) {
    let line = scenario.funding[index]
    let ledger = results.funding.ledger(of: index, in: scenario)
    let state =
      line.counted ? (ledger == nil ? "no exchange rate: left out of USD totals" : nil) : "left out of the totals"
    // What every flow of the line starts its key and label with, made once for the line.
    let keyStart = "funding.\(line.id)."
    let labelStart = "\(line.donor) (\(line.form.label), \(line.channel.label)): "
    for (number, flow) in line.flows.enumerated() {
      let later = day.map { (flow.day ?? .distantPast) > $0 } ?? false
      var label = labelStart + flow.stage.rawValue
      if flow.toDate { label += " to date" }
      if let reduced = flow.reduces { label += " from " + reduced.label }
      var item = Self.amountItem(
        keyStart + String(number + 1), label, flow.amount, currency: flow.currency ?? line.currency)
      // Joined as they come: most flows have none of these, and a list to join cost two
      // arrays a flow.
      var note = state
      func join(_ part: String?) {
        guard let part else { return }
        note = note.map { $0 + "; " + part } ?? part
      }
      join(later ? "dated after \(day.map { "\($0)" } ?? ""): not counted" : nil)
      join(flow.due.map { "due \($0)" })
      join(flow.since.map { "spending since \($0)" })
      join(item.note)
      item.note = note?.isEmpty == true ? nil : note
      add(item)
    }
    if let ceiling = line.ceiling {
      var item = Self.amountItem(
        "funding.\(line.id).ceiling", "\(line.donor): ceiling (never counted)", ceiling, currency: line.currency)
      if let state { item.note = [state, item.note].compactMap { $0 }.joined(separator: "; ") }
      add(item)
    }
  }

  /// The `index`th line's row of the table: who, how, and its USD totals.
  func lineRow(_ index: Int) -> [String] {
    let line = scenario.funding[index]
    let ledger = results.funding.ledger(of: index, in: scenario)
    func usd(_ value: Double?) -> String { value.map { Format.money($0) } ?? "—" }
    return [
      line.donor,
      line.purpose ?? "",
      line.channel.label,
      line.form.label + (line.counted ? "" : " (left out)"),
      usd(ledger?.pledged), usd(ledger?.committed), usd(ledger?.received), usd(ledger?.spent),
      line.form == .cash ? usd(ledger?.inHand) : "—",
      line.ceiling.map { Format.amount($0, currency: line.currency) } ?? "",
      line.sources.joined(separator: ", "),
    ]
  }
}
