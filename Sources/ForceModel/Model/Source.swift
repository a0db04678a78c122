/// Where a figure comes from: a publication, a statement or a file.
public struct Source: Sendable, Hashable, Identifiable {
  /// The id figures cite it by.
  public var id: String { didSet { publishedOn = Self.publishedOn(published, id: id) } }
  /// Its title.
  public var title: String
  /// Who published it.
  public var publisher: String?
  /// When, as written (a year, a month or a day).
  public var published: String? { didSet { publishedOn = Self.publishedOn(published, id: id) } }
  /// Where it can be read.
  public var address: String?
  /// A caveat, in words.
  public var note: String?

  /// A source of figures.
  public init(
    id: String, title: String, publisher: String? = nil, published: String? = nil,
    address: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.published = published
    self.address = address
    self.note = note
    self.publishedOn = Self.publishedOn(published, id: id)
  }

  /// When the source was published, as far as its `published` text or its id says: the first
  /// ISO date in either ("2025-09-30 (10009th meeting)", "MWEBANTU-2024-07-17"), else a month and
  /// year ("unknown (February 2025)"); nil when neither gives one. A projection to an earlier date
  /// leaves the source off a figure's list: it was not yet written.
  /// Worked out once, when the source is made or its text changes: the as-of cursor asks it of
  /// every source at every step.
  public private(set) var publishedOn: AsOf?

  static func publishedOn(_ published: String?, id: String) -> AsOf? {
    for text in [published ?? "", id] {
      if let date = Self.firstDate(in: text) { return date }
    }
    return nil
  }

  static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The first "YYYY-MM-DD" or "YYYY-MM" in `text`, else the first "Month YYYY".
  static func firstDate(in text: String) -> AsOf? {
    let chars = Array(text.lowercased())
    func digits(_ at: Int, _ count: Int) -> Bool {
      at >= 0 && at + count <= chars.count && chars[at..<(at + count)].allSatisfy(\.isASCIIDigitCharacter)
    }
    for start in chars.indices where digits(start, 4) && (start == 0 || !chars[start - 1].isASCIIDigitCharacter) {
      guard start + 7 <= chars.count, chars[start + 4] == "-", digits(start + 5, 2) else { continue }
      let day = start + 10 <= chars.count && chars[start + 7] == "-" && digits(start + 8, 2)
      if let date = AsOf(String(chars[start..<(start + (day ? 10 : 7))])) { return date }
    }
    let words = String(chars).split { !$0.isLetter && !$0.isASCIIDigitCharacter }
    for (index, word) in words.enumerated() where index + 1 < words.count {
      guard let month = monthNames.firstIndex(of: String(word)), words[index + 1].count == 4,
        words[index + 1].allSatisfy(\.isASCIIDigitCharacter)
      else { continue }
      let number = month + 1
      if let date = AsOf("\(words[index + 1])-\(number < 10 ? "0" : "")\(number)") { return date }
    }
    return nil
  }
}

extension Character {
  /// 0–9 only (`isNumber` takes other scripts' digits too).
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
