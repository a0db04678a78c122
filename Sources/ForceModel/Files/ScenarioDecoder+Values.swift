/// Figures, scalars and structure: the pieces every part of a scenario file is read with, each
/// reporting what is wrong where it is.
extension ScenarioDecoder {
  // MARK: - Figures

  func headCount(_ node: Node, _ path: String, what: String = "head count") -> HeadCount? {
    figure(node, path) { self.integer($0, path, what: what) }
  }

  func amount(_ node: Node, _ path: String, what: String = "amount") -> Amount? {
    figure(node, path) { self.decimal($0, path, what: what) }
  }

  static let figureKeys = ["value", "qualifier", "sources", "as_of", "note", "derived"]
  static let figureRequired = ["value"]

  /// A figure is written either as a bare number (exact, no source) or as a mapping with its
  /// value, qualifier, sources, date and note.
  func figure<V>(_ node: Node, _ path: String, value: (Node) -> V?) -> Figure<V>? {
    if document.kind(node) == .mapping {
      guard
        let f = fields(
          node, path, allowed: Self.figureKeys, required: Self.figureRequired)
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

  func qualifierValue(_ node: Node, _ path: String) -> Qualifier? {
    guard let name = text(node, path) else { return nil }
    guard let qualifier = Qualifier(fileName: name) else {
      report(
        node, "unknown qualifier '\(clean(name))'",
        hint: Suggestion.hint(for: name, in: Qualifier.allCases.map(\.fileName)))
      return nil
    }
    return qualifier
  }

  /// The text of a number, or a diagnostic saying why this node is not one.
  func numberText(_ node: Node, _ path: String, what: String) -> String? {
    switch document.kind(node) {
    case .scalar:
      return document.string(node)
    case .quoted:
      report(
        node,
        "\(path): expected a number for the \(what), found the text \"\(clean(document.string(node), limit: 40))\"",
        hint: "write the number without quotes")
    default:
      report(node, "\(path): expected a number for the \(what), found \(document.kindName(node))")
    }
    return nil
  }

  func integer(_ node: Node, _ path: String, what: String) -> Int? {
    if let value = document.plainInteger(node), value <= Self.maximumHeadCount { return value }
    guard let text = numberText(node, path, what: what) else { return nil }
    let mark = node
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

  func decimal(_ node: Node, _ path: String, what: String) -> Double? {
    // Whole numbers below 10^15 are exact in a Double: most amounts are read without a string.
    if let value = document.plainInteger(node), Double(value) <= Self.maximumAmount { return Double(value) }
    guard let text = numberText(node, path, what: what) else { return nil }
    guard let value = decimalValue(text, mark: node, path: path, what: what) else { return nil }
    if abs(value) > Self.maximumAmount {
      report(
        node, "\(path): the \(what) \(clean(text, limit: 30)) overflows", hint: "the largest accepted is 10^15")
      return nil
    }
    if value < 0 {
      report(
        node, "\(path): negative \(what) \(clean(text, limit: 30))",
        hint: "amounts are never negative; record a freeze or a cut as its own line with a note")
      return nil
    }
    return value
  }

  /// Parses decimal notation only: no hex, no NaN, no infinity, no thousands separators.
  func decimalValue(_ text: String, mark: Node, path: String, what: String) -> Double? {
    // Digits, signs, points and exponents only: no NaN or infinity can hide in those.
    if text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || "+-.eE".utf8.contains($0) }), let value = Double(text),
      value.isFinite
    {
      return value
    }
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

  func text(_ node: Node, _ path: String) -> String? {
    let kind = document.kind(node)
    if kind == .scalar || kind == .quoted { return document.string(node) }
    report(node, "\(path): expected text, found \(document.kindName(node))")
    return nil
  }

  func boolean(_ node: Node, _ path: String) -> Bool? {
    if document.kind(node) == .scalar {
      if document.textIs(node, "true") { return true }
      if document.textIs(node, "false") { return false }
    }
    report(node, "\(path): expected true or false, found \(document.kindName(node))")
    return nil
  }

  func date(_ node: Node, _ path: String) -> AsOf? {
    let kind = document.kind(node)
    guard kind == .scalar || kind == .quoted, let date = document.withBytes(node, AsOf.init(utf8:)) else {
      report(
        node, "\(path): expected a date, found \(document.kindName(node))", hint: "write 2025, 2025-03 or 2025-03-12")
      return nil
    }
    return date
  }

  func currency(_ node: Node, _ path: String) -> String? {
    guard let code = text(node, path) else { return nil }
    if !Currency.isKnown(code) { currencyReferences.append((code, document.lasting(node))) }
    return code
  }

  /// One of `type`'s cases, named by its raw value; `known`, the cases and their raw values in
  /// case order, finds it with no string made (a flow's stage, read 400,000 times in a large
  /// file).
  func choice<E: RawRepresentable & CaseIterable>(
    _ node: Node, _ path: String, _ type: E.Type, known: (cases: [E], names: [String])? = nil
  ) -> E? where E.RawValue == String {
    if let known, document.kind(node) == .quoted || document.kind(node) == .scalar,
      let place = document.withBytes(node, { TextLookup.index(ofUTF8: $0, in: known.names) })
    {
      return known.cases[place]
    }
    guard let name = text(node, path) else { return nil }
    if let value = E(rawValue: name) { return value }
    report(
      node, "\(path): unknown value '\(clean(name))'",
      hint: Suggestion.hint(for: name, in: E.allCases.map(\.rawValue)))
    return nil
  }

  func sourceList(_ node: Node, _ path: String) -> [String] {
    guard document.kind(node) == .sequence else { return list(node, path) { _ in String?.none }.values }
    // Most figures cite one source: they share one array of it rather than each holding its
    // own, and a source found citable once is not looked up again.
    if document.childCount(node) == 1 {
      let item = Node(index: node.index + 1)
      guard let id = text(item, path) else { return [] }
      if let shared = interned.citedSources(id) { return shared }
      guard citable.contains(id) else {
        sourceReferences.append((id, document.lasting(item)))
        return [id]
      }
      return interned.sources(id)
    }
    var ids: [String] = []
    ids.reserveCapacity(document.childCount(node))
    document.forEachChild(node) { item in
      guard let id = text(item, path) else { return }
      if !citable.contains(id) { sourceReferences.append((id, document.lasting(item))) }
      ids.append(id)
    }
    return ids
  }

  // MARK: - Structure

  /// The keys and values of a mapping, after checking for keys nobody reads.
  ///
  /// Each key's place in the allowed list is found once, as the key is checked; a read of a key
  /// the list names (every read the decoder makes) then finds its place and compares numbers.
  /// Reading an absent optional key by comparing it with each key present as text was the
  /// costliest part of reading 400,000 flows.
  struct Fields {
    /// How many allowed keys are found by their place, with no text compared.
    static let slotCount = 16
    let allowed: [String]
    /// Each allowed key's value, by the key's place in `allowed`: its node's index plus one, or 0
    /// where the mapping does not have the key. Held inline, so reading a mapping allocates
    /// nothing: a mapping was three arrays, made and freed for each of 400,000 flows.
    private var slots = InlineArray<16, UInt32>(repeating: 0)
    /// Keys `allowed` does not name (each already reported), or names past the slots.
    private var others: [(key: String, value: Node)] = []

    init(allowed: [String]) { self.allowed = allowed }

    subscript(key: String) -> Node? {
      if let place = TextLookup.index(of: key, in: allowed), place < Self.slotCount { return self[place: place] }
      return others.first { $0.key == key }?.value
    }

    /// The value of the key at `place` in `allowed`, found with no text compared.
    subscript(place place: Int) -> Node? {
      let slot = slots[place]
      return slot == 0 ? nil : Node(index: Int(slot) - 1)
    }

    /// The value of a key named by a `FieldKey`: a read by place.
    subscript<Key: FieldKey>(_ key: Key) -> Node? { self[place: key.rawValue] }

    /// Keeps the value of the allowed key at `place`; the first of two same keys wins (a parser
    /// has reported the second).
    mutating func add(place: Int, value: Node) {
      if place < Self.slotCount {
        if slots[place] == 0 { slots[place] = UInt32(truncatingIfNeeded: value.index + 1) }
      }
    }

    /// Keeps the value of a key read by its text: one not allowed, or allowed past the slots.
    mutating func add(_ key: String, value: Node) { others.append((key, value)) }
  }

  func fields(_ node: Node, _ path: String, allowed: [String], required: [String] = []) -> Fields? {
    guard document.kind(node) == .mapping else {
      report(node, "\(path): expected a mapping of keys, found \(document.kindName(node))")
      return nil
    }
    var fields = Fields(allowed: allowed)
    document.forEachEntry(node) { keyNode, value in
      let place = document.withBytes(keyNode) { TextLookup.index(ofUTF8: $0, in: allowed) }
      if let place, place < Fields.slotCount { return fields.add(place: place, value: value) }
      let key = document.string(keyNode)
      if place == nil {
        report(keyNode, "unknown key '\(clean(key))' in \(path)", hint: Suggestion.hint(for: key, in: allowed))
      }
      fields.add(key, value: value)
    }
    for key in required where fields[key] == nil {
      report(node, "\(path) is missing '\(key)'", hint: "add '\(key):' here")
    }
    return fields
  }

  /// The items of a list read by `item`, each with its node (whose position is worked out only
  /// if a later check reports it); a null is an empty list.
  func list<T>(_ node: Node, _ path: String, item: (Node) -> T?) -> Listed<T> {
    guard document.kind(node) == .sequence else {
      if document.kind(node) == .null { return Listed() }
      report(
        node, "\(path): expected a list, found \(document.kindName(node))",
        hint: "write each entry on its own line starting with '- '")
      return Listed()
    }
    var out = Listed<T>(capacity: document.childCount(node))
    document.forEachChild(node) { element in
      if let value = item(element) { out.append(value, element) }
    }
    return out
  }

  func clean(_ text: String, limit: Int = 60) -> String { TextSanitizer.clean(text, limit: limit) }
}
