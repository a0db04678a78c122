/// The message in the status line and how many quiet ticks it stays.
public struct StatusMessage: Sendable {
  /// What the status line says; nil when it says nothing.
  public private(set) var text: String?
  /// Ticks left before `text` is cleared.
  private var ticks = 0

  init() {}

  /// Shows `text` for `ticks` quiet ticks.
  mutating func show(_ text: String, ticks: Int) {
    self.text = text
    self.ticks = ticks
  }

  /// Clears the message now.
  mutating func clear() {
    text = nil
    ticks = 0
  }

  /// One quiet tick passed: the message goes when its ticks are spent.
  mutating func tick() {
    guard ticks > 0 else { return }
    ticks -= 1
    if ticks == 0 { text = nil }
  }
}
