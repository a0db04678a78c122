import Foundation

/// Waits until `condition` holds, asking again every `interval` seconds, for at most `timeout`
/// seconds; true when it held. Every end-to-end wait goes through here: tests wait for what can
/// be observed (text on a screen, a thread, a log line, a process gone), never for a fixed time,
/// and the polling itself is written once.
@discardableResult
func eventually(timeout: Double = 5, every interval: Double = 0.01, _ condition: () -> Bool) -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while true {
    if condition() { return true }
    if Date() >= deadline { return false }
    Thread.sleep(forTimeInterval: interval)
  }
}

/// The first non-nil value `produce` gives within `timeout` seconds (a reader's outcome).
func firstValue<T>(timeout: Double = 10, _ produce: () -> T?) -> T? {
  var value: T?
  eventually(timeout: timeout) {
    value = produce()
    return value != nil
  }
  return value
}
