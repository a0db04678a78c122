/// Bars, sparklines and status words: drawn with glyphs so a state never rests on colour alone.
public enum Glyphs {
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
  static let spark: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A horizontal bar of `width` cells filled to `fraction` (0…1), in eighths of a cell.
  public static func bar(_ fraction: Double, width: Int) -> (filled: String, empty: String) {
    guard width > 0 else { return ("", "") }
    let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
    let eighthsTotal = Int((clamped * Double(width * 8)).rounded())
    let full = eighthsTotal / 8
    let rest = eighthsTotal % 8
    var filled = run("█", count: full)
    if rest > 0 && full < width { filled.append(eighths[rest - 1]) }
    let used = full + (rest > 0 && full < width ? 1 : 0)
    return (filled, run("░", count: max(0, width - used)))
  }

  /// One scalar `count` times, its UTF-8 bytes written straight into the string: a bar of 60
  /// cells through `String(repeating:count:)` appended a string per cell, 15,000 instructions.
  static func run(_ scalar: Unicode.Scalar, count: Int) -> String {
    guard count > 0, let bytes = UTF8.encode(scalar) else { return "" }
    return String(unsafeUninitializedCapacity: bytes.count * count) { buffer in
      var at = 0
      for _ in 0..<count {
        for byte in bytes {
          buffer[at] = byte
          at += 1
        }
      }
      return at
    }
  }

  /// A sparkline of the values, scaled from zero to their maximum.
  public static func sparkline(_ values: [Int]) -> String {
    guard let top = values.max(), top > 0 else { return run("▁", count: values.count) }
    return String(values.map { spark[min(7, max(0, Int((Double($0) / Double(top) * 7).rounded())))] })
  }
}
