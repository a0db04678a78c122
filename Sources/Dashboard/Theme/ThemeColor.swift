/// A colour as a theme file names it, before it is fitted to what the terminal can show.
public enum ThemeColor: Sendable, Hashable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// One of the 256 indexed colours; 0–15 are the named ones.
  case index(UInt8)
  case rgb(UInt8, UInt8, UInt8)

  /// The colour names a theme file may use, and their xterm-256 numbers.
  public static let names: [String: UInt8] = [
    "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    "bright_black": 8, "gray": 8, "grey": 8, "bright_red": 9, "bright_green": 10, "bright_yellow": 11,
    "bright_blue": 12, "bright_magenta": 13, "bright_cyan": 14, "bright_white": 15,
  ]

  /// Reads `default`, a colour name, `0`–`255` or `#rrggbb`.
  public init?(parsing text: String) {
    let lower = text.lowercased()
    if lower == "default" || lower == "none" {
      self = .terminalDefault
    } else if let index = ThemeColor.names[lower] {
      self = .index(index)
    } else if let number = UInt8(lower) {
      self = .index(number)
    } else if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// The RGB value of an indexed colour (xterm's palette).
  static func rgbOf(index: UInt8) -> (Int, Int, Int) {
    let basic: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
      (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
      (255, 255, 255),
    ]
    let i = Int(index)
    if i < 16 { return basic[i] }
    if i < 232 {
      let levels = [0, 95, 135, 175, 215, 255]
      let n = i - 16
      return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
    }
    let gray = 8 + (i - 232) * 10
    return (gray, gray, gray)
  }

  static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return dr * dr * 3 + dg * dg * 4 + db * db * 2
  }

  static func nearest(_ rgb: (Int, Int, Int), in range: ClosedRange<Int>) -> UInt8 {
    var best = range.lowerBound
    var bestDistance = Int.max
    for i in range {
      let d = distance(rgb, rgbOf(index: UInt8(i)))
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return UInt8(best)
  }

  /// The nearest of the eight basic colours, never black for a colour that can be seen on it
  /// (a dark grey border or a dim label would otherwise vanish on an 8-colour terminal,
  /// TERM=xterm), and a grey never a hue.
  static func nearestOfEight(_ rgb: (Int, Int, Int)) -> UInt8 {
    let brightest = max(rgb.0, rgb.1, rgb.2)
    // A grey is white or black, never a hue: a grey border must not turn red, the colour of SHORT.
    if brightest - min(rgb.0, rgb.1, rgb.2) < 0x20 { return brightest >= 0x40 ? 7 : 0 }
    let nearest = Self.nearest(rgb, in: 0...7)
    guard nearest == 0, brightest >= 0x40 else { return nearest }
    return Self.nearest(rgb, in: 1...7)
  }

  /// The closest colour the terminal can show; nil at `mono` (no colour at all).
  public func downgraded(to depth: ColorDepth) -> ThemeColor? {
    switch (self, depth) {
    case (_, .mono): return nil
    case (.terminalDefault, _): return .terminalDefault
    case (.rgb, .trueColor): return self
    case (.rgb(let r, let g, let b), .c256): return .index(Self.nearest((Int(r), Int(g), Int(b)), in: 16...255))
    case (.rgb(let r, let g, let b), .c16): return .index(Self.nearest((Int(r), Int(g), Int(b)), in: 0...15))
    case (.rgb(let r, let g, let b), .c8): return .index(Self.nearestOfEight((Int(r), Int(g), Int(b))))
    case (.index(let i), .trueColor), (.index(let i), .c256): return .index(i)
    case (.index(let i), .c16): return i < 16 ? .index(i) : .index(Self.nearest(Self.rgbOf(index: i), in: 0...15))
    case (.index(let i), .c8):
      if i < 8 { return .index(i) }
      if i < 16 { return .index(i - 8) }
      return .index(Self.nearestOfEight(Self.rgbOf(index: i)))
    }
  }
}

/// How many colours the terminal can show.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable {
  case trueColor = "truecolor"
  case c256 = "256"
  case c16 = "16"
  case c8 = "8"
  case mono

  /// The depth a terminal reports: its colour count and whether it says it has truecolor.
  public init(colors: Int, colorTerm: String?) {
    if colorTerm == "truecolor" || colorTerm == "24bit", colors >= 256 {
      self = .trueColor
    } else if colors >= 256 {
      self = .c256
    } else if colors >= 16 {
      self = .c16
    } else if colors >= 8 {
      self = .c8
    } else {
      self = .mono
    }
  }
}

extension ColorDepth: Comparable {
  /// Ordered from the fewest colours to the most.
  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
    let order: [ColorDepth] = [.mono, .c8, .c16, .c256, .trueColor]
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}
