/// A look as the terminal's SGR parameters: attributes and colours (empty for the terminal's
/// own), so that a change of look sends only what changes.
struct Look: Equatable {
  /// Bold 1, underline 2, reverse 4.
  var attributes: UInt8
  var foreground: [UInt8]
  var background: [UInt8]
  /// The SGR from a clean slate.
  let whole: [UInt8]

  /// Each attribute's bit and SGR parameter.
  static let attributeCodes: [(bit: UInt8, code: UInt8)] = [
    (1, UInt8(ascii: "1")), (2, UInt8(ascii: "4")), (4, UInt8(ascii: "7")),
  ]

  static let plain = Look(attributes: [], foreground: [], background: [])

  init(attributes: [String], foreground: [String], background: [String]) {
    self.attributes = Self.attributeCodes.reduce(0) { bits, attribute in
      attributes.contains(String(UnicodeScalar(attribute.code))) ? bits | attribute.bit : bits
    }
    // The terminal's own colours (39, 49) are no colour to set.
    self.foreground = foreground == ["39"] ? [] : Array(foreground.joined(separator: ";").utf8)
    self.background = background == ["49"] ? [] : Array(background.joined(separator: ";").utf8)
    var whole = Array("\u{1B}[0".utf8)
    for (bit, code) in Self.attributeCodes where self.attributes & bit != 0 {
      whole.append(UInt8(ascii: ";"))
      whole.append(code)
    }
    for color in [self.foreground, self.background] where !color.isEmpty {
      whole.append(UInt8(ascii: ";"))
      whole.append(contentsOf: color)
    }
    whole.append(UInt8(ascii: "m"))
    self.whole = whole
  }

  /// The terminal's plain look: what a cleared screen shows.
  var isPlain: Bool { attributes == 0 && foreground.isEmpty && background.isEmpty }

  /// A space in this look shows as a cleared cell does: no background, underline or reverse.
  var blankLooksPlain: Bool { background.isEmpty && attributes & 6 == 0 }
}
