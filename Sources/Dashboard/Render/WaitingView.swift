import ForceModel

/// What a display started on an address shows before the first answer: the address, since
/// when it has waited, what went wrong so far and how to quit — never a figure nobody sent.
///
/// The start-up does not wait on the network: the screen is up and the quit keys work from the
/// first frame, while the first request runs on the reader's thread and is retried until the
/// server answers (an operations screen started before its server comes up on its own).
enum WaitingView {
  static func render(_ state: AppState, into grid: inout Grid) {
    guard let awaited = state.ops.awaiting else { return }
    let width = max(1, state.width - 4)
    let offset = state.clock?.utcOffset ?? 0
    var lines: [(String, ThemeRole)] = [
      ("Waiting for the first answer from \(TextSanitizer.clean(awaited.shown))", .warning),
      ("", .normal),
      ("No figures are shown until the scenario arrives.", .normal),
    ]
    if let problem = state.live.problem {
      let since = ClockReading(seconds: problem.since, utcOffset: offset).hoursMinutes
      // The address is named above: the reason follows without it.
      var reason = problem.message
      if reason.hasPrefix(awaited.shown + ": ") { reason = String(reason.dropFirst(awaited.shown.count + 2)) }
      lines.append(("⚠ NOT LIVE since \(since): \(TextSanitizer.clean(reason))", .conflict))
      lines.append(("Trying again on its own.", .normal))
    } else {
      lines.append(("Asking the server…", .normal))
    }
    lines.append(("", .normal))
    lines.append(
      (
        "\(TooSmallView.quitHint(state).prefix(1).uppercased())\(TooSmallView.quitHint(state).dropFirst()) to quit",
        .dim
      ))
    let wrapped = BoxContent.wrapped(lines, width: width)
    let top = max(0, (state.height - wrapped.count) / 2)
    for (row, line) in wrapped.prefix(state.height).enumerated() {
      let text = TextWidth.truncate(line.0, to: width)
      grid.put(
        text, x: max(0, (state.width - TextWidth.of(text)) / 2), y: top + row,
        style: Style(line.1, bold: line.1 == .warning || line.1 == .conflict))
    }
  }
}
