/// Where a figure comes from: a publication, a statement or a file.
public struct Source: Sendable, Hashable, Identifiable {
  public var id: String
  public var title: String
  public var publisher: String?
  public var published: String?
  public var address: String?
  public var note: String?

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
  }
}
