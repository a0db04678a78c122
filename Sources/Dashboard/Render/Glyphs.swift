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
    var filled = String(repeating: "█", count: full)
    if rest > 0 && full < width { filled.append(eighths[rest - 1]) }
    let used = full + (rest > 0 && full < width ? 1 : 0)
    return (filled, String(repeating: "░", count: max(0, width - used)))
  }

  /// A sparkline of the values, scaled from zero to their maximum.
  public static func sparkline(_ values: [Int]) -> String {
    guard let top = values.max(), top > 0 else { return String(repeating: "▁", count: values.count) }
    return String(values.map { spark[min(7, max(0, Int((Double($0) / Double(top) * 7).rounded())))] })
  }
}
