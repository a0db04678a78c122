/// Figures, scalars and structure: the pieces every part of a scenario file is read with, each
/// reporting what is wrong where it is.
extension ScenarioDecoder {
  // MARK: - Figures

  func headCount(_ node: DocumentNode, _ path: String, what: String = "head count") -> HeadCount? {
    figure(node, path) { self.integer($0, path, what: what) }
  }

  func amount(_ node: DocumentNode, _ path: String, what: String = "amount") -> Amount? {
    figure(node, path) { self.decimal($0, path, what: what) }
  }

  /// A figure is written either as a bare number (exact, no source) or as a mapping with its
  /// value, qualifier, sources, date and note.
  func figure<V>(_ node: DocumentNode, _ path: String, value: (DocumentNode) -> V?) -> Figure<V>? {
    if case .mapping = node {
      guard
        let f = fields(
          node, path, allowed: ["value", "qualifier", "sources", "as_of", "note", "derived"], required: ["value"])
      else { return nil }
      let parsed = f["value"].flatMap(value)
      let qualifier = f["qualifier"].flatMap { qualifierValue($0, path + ".qualifier") } ?? .exact
      let sources = f["sources"].map { sourceList($0, path + ".sources") } ?? []
      let asOf = f["as_of"].flatMap { date($0, path + ".as_of") }
      let note = f["note"].flatMap { text($0, path + ".note") }
      let derivation = f["derived"].flatMap { text($0, path + ".derived") }
      guard let parsed else { return nil }
      return Figure(parsed, qualifier, sources: sources, asOf: asOf, note: note, derivation: derivation)
    }
    guard let parsed = value(node) else { return nil }
    return Figure(parsed)
  }

  func qualifierValue(_ node: DocumentNode, _ path: String) -> Qualifier? {
    guard let name = text(node, path) else { return nil }
    guard let qualifier = Qualifier(fileName: name) else {
      report(
        node.mark, "unknown qualifier '\(clean(name))'",
        hint: Suggestion.hint(for: name, in: Qualifier.allCases.map(\.fileName)))
      return nil
    }
    return qualifier
  }

  /// The text of a number, or a diagnostic saying why this node is not one.
  func numberText(_ node: DocumentNode, _ path: String, what: String) -> String? {
    switch node {
    case .scalar(let text, false, _):
      return text
    case .scalar(let text, true, let mark):
      report(
        mark, "\(path): expected a number for the \(what), found the text \"\(clean(text, limit: 40))\"",
        hint: "write the number without quotes")
    default:
      report(node.mark, "\(path): expected a number for the \(what), found \(node.kindName)")
    }
    return nil
  }

  func integer(_ node: DocumentNode, _ path: String, what: String) -> Int? {
    guard let text = numberText(node, path, what: what) else { return nil }
    let mark = node.mark
    let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
    if !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      guard let value = Int(text), abs(value) <= Self.maximumHeadCount else {
        report(
          mark, "\(path): the \(what) \(clean(text, limit: 30)) overflows",
          hint: "the largest accepted is \(Format.count(Self.maximumHeadCount))")
        return nil
      }
      if value < 0 {
        report(mark, "\(path): negative \(what) \(value)", hint: "a \(what) is 0 or more")
        return nil
      }
      return value
    }
    guard let value = decimalValue(text, mark: mark, path: path, what: what) else { return nil }
    if value.rounded() != value {
      report(
        mark, "\(path): fractional \(what) \(clean(text, limit: 30))",
        hint: "a \(what) is a whole number; there is no fraction of an officer")
      return nil
    }
    if abs(value) > Double(Self.maximumHeadCount) {
      report(
        mark, "\(path): the \(what) \(clean(text, limit: 30)) overflows",
        hint: "the largest accepted is \(Format.count(Self.maximumHeadCount))")
      return nil
    }
    if value < 0 {
      report(mark, "\(path): negative \(what) \(clean(text, limit: 30))", hint: "a \(what) is 0 or more")
      return nil
    }
    return Int(value)
  }

  func decimal(_ node: DocumentNode, _ path: String, what: String) -> Double? {
    guard let text = numberText(node, path, what: what) else { return nil }
    guard let value = decimalValue(text, mark: node.mark, path: path, what: what) else { return nil }
    if abs(value) > Self.maximumAmount {
      report(
        node.mark, "\(path): the \(what) \(clean(text, limit: 30)) overflows", hint: "the largest accepted is 10^15")
      return nil
    }
    if value < 0 {
      report(
        node.mark, "\(path): negative \(what) \(clean(text, limit: 30))",
        hint: "amounts are never negative; record a freeze or a cut as its own line with a note")
      return nil
    }
    return value
  }

  /// Parses decimal notation only: no hex, no NaN, no infinity, no thousands separators.
  func decimalValue(_ text: String, mark: Mark, path: String, what: String) -> Double? {
    let lower = text.lowercased()
    if lower.contains("nan") || lower.contains("inf") {
      report(
        mark, "\(path): \(clean(text, limit: 20)) is not a number (NaN or infinity)", hint: "write a finite number")
      return nil
    }
    let allowed = lower.unicodeScalars.allSatisfy { "0123456789.+-e".unicodeScalars.contains($0) }
    guard allowed, let value = Double(text) else {
      var hint = "write digits only, such as 1200 or 112500000"
      if text.contains(",") { hint = "write 1200, not 1,200: no thousands separators" }
      if text.contains("_") { hint = "write 1200, not 1_200" }
      report(mark, "\(path): expected a number for the \(what), found '\(clean(text, limit: 40))'", hint: hint)
      return nil
    }
    guard value.isFinite else {
      report(mark, "\(path): the \(what) \(clean(text, limit: 30)) overflows", hint: "the largest accepted is 10^15")
      return nil
    }
    return value
  }

  // MARK: - Scalars

  func text(_ node: DocumentNode, _ path: String) -> String? {
    if case .scalar(let text, _, _) = node { return text }
    report(node.mark, "\(path): expected text, found \(node.kindName)")
    return nil
  }

  func boolean(_ node: DocumentNode, _ path: String) -> Bool? {
    if case .scalar(let text, false, _) = node {
      if text == "true" { return true }
      if text == "false" { return false }
    }
    report(node.mark, "\(path): expected true or false, found \(node.kindName)")
    return nil
  }

  func date(_ node: DocumentNode, _ path: String) -> AsOf? {
    guard case .scalar(let text, _, _) = node, let date = AsOf(text) else {
      report(node.mark, "\(path): expected a date, found \(node.kindName)", hint: "write 2025, 2025-03 or 2025-03-12")
      return nil
    }
    return date
  }

  func currency(_ node: DocumentNode, _ path: String) -> String? {
    guard let code = text(node, path) else { return nil }
    currencyReferences.append((code, node.mark))
    return code
  }

  func choice<E: RawRepresentable & CaseIterable>(_ node: DocumentNode, _ path: String, _ type: E.Type) -> E?
  where E.RawValue == String {
    guard let name = text(node, path) else { return nil }
    if let value = E(rawValue: name) { return value }
    report(
      node.mark, "\(path): unknown value '\(clean(name))'",
      hint: Suggestion.hint(for: name, in: E.allCases.map(\.rawValue)))
    return nil
  }

  func sourceList(_ node: DocumentNode, _ path: String) -> [String] {
    list(node, path) { node -> String? in
      guard let id = self.text(node, path) else { return nil }
      self.sourceReferences.append((id, node.mark))
      return id
    }.map(\.value)
  }

  // MARK: - Structure

  /// The entries of a mapping, after checking for keys nobody reads.
  struct Fields {
    var entries: [DocumentEntry]
    subscript(key: String) -> DocumentNode? {
      for entry in entries where entry.key == key { return entry.value }
      return nil
    }
  }

  func fields(_ node: DocumentNode, _ path: String, allowed: [String], required: [String] = []) -> Fields? {
    guard case .mapping(let entries, let mark) = node else {
      report(node.mark, "\(path): expected a mapping of keys, found \(node.kindName)")
      return nil
    }
    for entry in entries where !allowed.contains(entry.key) {
      report(
        entry.keyMark, "unknown key '\(clean(entry.key))' in \(path)",
        hint: Suggestion.hint(for: entry.key, in: allowed))
    }
    for key in required where !entries.contains(where: { $0.key == key }) {
      report(mark, "\(path) is missing '\(key)'", hint: "add '\(key):' here")
    }
    return Fields(entries: entries)
  }

  func list<T>(_ node: DocumentNode, _ path: String, item: (DocumentNode) -> T?) -> [(value: T, mark: Mark)] {
    guard case .sequence(let items, _) = node else {
      if case .null = node { return [] }
      report(
        node.mark, "\(path): expected a list, found \(node.kindName)",
        hint: "write each entry on its own line starting with '- '")
      return []
    }
    var out: [(value: T, mark: Mark)] = []
    out.reserveCapacity(items.count)
    for element in items {
      if let value = item(element) { out.append((value, element.mark)) }
    }
    return out
  }

  func clean(_ text: String, limit: Int = 60) -> String { TextSanitizer.clean(text, limit: limit) }
}
