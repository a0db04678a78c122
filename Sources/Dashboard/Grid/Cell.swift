import Synchronization

/// One character cell of the screen: what it shows, how it looks, and whether it is the second
/// half of a wide character.
///
/// A cell holds no reference, so a frame of 4,800 of them is copied and compared as plain
/// memory: nearly every cell holds one Unicode scalar, kept as its value; the rare cluster of
/// several (a flag, an emoji sequence, a letter with a combining mark) is kept once in a table
/// shared by every frame and named here by its number. With a `Character` in each cell, every
/// copy of a frame and every comparison of two paid a reference count a cell.
public struct Cell: Sendable, Hashable {
  /// The scalar shown, or for a cluster its first scalar.
  @usableFromInline private(set) var scalar: UInt32
  /// 0 for a single scalar; else the cluster's number in `Cell.clusters`, from 1.
  @usableFromInline private(set) var cluster: UInt32
  /// How it looks.
  public var style: Style
  /// The second cell of a wide character: drawn by the first.
  public var isContinuation: Bool

  /// A cell.
  public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
    // One walk of the scalars: the first, and whether there is a second (a cluster).
    var scalars = character.unicodeScalars.makeIterator()
    scalar = scalars.next()?.value ?? 0x20
    cluster = scalars.next() == nil ? 0 : Self.clusters.withLock { $0.number(of: character) }
    self.style = style
    self.isContinuation = isContinuation
  }

  /// A cell of one scalar, made with no `Character` (the fast paths of `Grid.put`).
  init(scalar: Unicode.Scalar, style: Style) {
    self.scalar = scalar.value
    cluster = 0
    self.style = style
    isContinuation = false
  }

  /// What the cell shows.
  public var character: Character {
    if cluster == 0 { return Character(Unicode.Scalar(scalar) ?? " ") }
    return Self.clusters.withLock { $0.character(cluster) }
  }

  /// The scalar shown when the cell holds one scalar and nothing joined to it; nil for a
  /// cluster.
  @inlinable public var singleScalar: Unicode.Scalar? { cluster == 0 ? Unicode.Scalar(scalar) : nil }

  /// True when the cell shows a space.
  @inlinable public var isSpace: Bool { cluster == 0 && scalar == 0x20 }

  static let blank = Cell()

  /// Equal cells: the same look and the same character, as Swift compares characters (a letter
  /// and its decomposed form are one). Two cells of the very same bits are equal at once, and
  /// two single scalars below U+0300 (none of which has another form) differ as numbers.
  @inlinable public static func == (lhs: Cell, rhs: Cell) -> Bool {
    guard lhs.style == rhs.style, lhs.isContinuation == rhs.isContinuation else { return false }
    if lhs.scalar == rhs.scalar && lhs.cluster == rhs.cluster { return true }
    if lhs.cluster == 0 && rhs.cluster == 0 && lhs.scalar < 0x300 && rhs.scalar < 0x300 { return false }
    return sameCharacter(lhs, rhs)
  }

  /// The very same bits as another cell: what `==` finds first, without the style's fields
  /// compared one by one (a frame compares every cell with the one before it).
  @inlinable public func isIdentical(to other: Cell) -> Bool {
    scalar == other.scalar && cluster == other.cluster && style.number == other.style.number
      && isContinuation == other.isContinuation
  }

  /// The slow end of `==`: the characters compared as Swift compares them.
  @usableFromInline static func sameCharacter(_ lhs: Cell, _ rhs: Cell) -> Bool { lhs.character == rhs.character }

  /// Hashes what `==` compares: the character as Swift hashes it, and the look.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(character)
    hasher.combine(style)
    hasher.combine(isContinuation)
  }

  /// Every cluster of several scalars drawn so far, by number: few (names with flags or emoji),
  /// and each kept for as long as the program runs.
  private static let clusters = Mutex(Clusters())

  /// The table of clusters behind `cluster` numbers.
  private struct Clusters: Sendable {
    var characters: [Character] = []
    var numbers: [Character: UInt32] = [:]

    mutating func number(of character: Character) -> UInt32 {
      if let number = numbers[character] { return number }
      characters.append(character)
      let number = UInt32(characters.count)
      numbers[character] = number
      return number
    }

    func character(_ number: UInt32) -> Character {
      characters.indices.contains(Int(number) - 1) ? characters[Int(number) - 1] : " "
    }
  }
}
