import ForceModel

/// The operations screen: the clock, rotation, staleness, live reloads and the kiosk's keys.
extension AppState {
  mutating func advanceClock(to reading: ClockReading) -> [Effect] {
    let now = reading.seconds
    // The clock on screen shows minutes: a new frame only when the minute turns.
    if clock.map({ $0.seconds / 60 }) != now / 60 { bumpRevision() }
    live.clock = reading
    if live.loadedAt == nil { live.loadedAt = now }
    var effects: [Effect] = []
    if let until = live.marksUntil, now >= until {
      live.marksUntil = nil
      forgetPreviousData()
      bumpRevision()
    }
    if let seconds = ops.cycleSeconds, seconds > 0 {
      if let next = ops.nextCycleAt, now >= next {
        cycleStep()
        ops.nextCycleAt = now + Int64(seconds)
        bumpRevision()
      } else if ops.nextCycleAt == nil {
        ops.nextCycleAt = now + Int64(seconds)
      }
    }
    if readOnly {
      // A slow full redraw repairs whatever corrupted the screen while nobody watched.
      if let last = ops.lastFullRedraw, now - last >= Int64(ops.fullRedrawSeconds) {
        ops.lastFullRedraw = now
        effects.append(.redrawAll)
      } else if ops.lastFullRedraw == nil {
        ops.lastFullRedraw = now
      }
    }
    return effects
  }

  /// New data from the watched file. The previous data becomes what the changes are measured
  /// against for a while, so every figure that moved is marked.
  public mutating func reloadLive(_ opened: OpenedScenario) {
    let previous = history.current
    let now = clock?.seconds
    source.document = opened.document
    source.name = opened.sourceName
    live.loadedAt = now
    let wasBroken = live.problem != nil
    live.problem = nil
    bumpRevision()
    guard opened.scenario != previous else {
      if wasBroken { show("\(sourceName) is valid again") }
      return
    }
    var marked = EditHistory(baseline: previous)
    if (try? marked.apply(.replaceAll(opened.scenario))) != nil {
      marked.markSaved()
      history = marked
    } else {
      history = EditHistory(baseline: opened.scenario)
    }
    figures.measure(against: previous)
    showCommitted()
    live.marksUntil = now.map { $0 + Int64(ops.markSeconds) }
    let moved = zip(results.keyMetrics(), baselineResults.keyMetrics()).filter { $0.delta(from: $1) != nil }.count
    show(
      "Reloaded \(sourceName)\(clock.map { " at \($0.hoursMinutes)" } ?? ""): \(moved) headline figure\(moved == 1 ? "" : "s") moved (marked ▲▼)",
      ticks: 40)
  }

  /// The marks have been shown long enough: the data on screen becomes the only data.
  mutating func forgetPreviousData() {
    guard readOnly, history.isEdited else { return }
    history = EditHistory(baseline: history.current)
    figures.measure(against: history.current, baselineResults: results)
  }

  mutating func reloadFailed(_ message: String) {
    let now = clock?.seconds ?? 0
    if live.problem?.message != message {
      live.problem = LiveProblem(since: live.problem?.since ?? now, message: message)
      bumpRevision()
    }
  }

  /// Moves the highlight on: the next page of the highlighted table, or the next panel.
  mutating func cycleStep() {
    let order: [PanelID] = ops.kiosk ? [.contributions, .funding, .timeline] : PanelID.allCases
    let rows = max(1, layout.rowArea(focus).rows)
    let count = focus == .funding ? (visible[.funding]?.count ?? 0) : rowCount(focus)
    var table = self.table(focus)
    // Whole pages: the last one ends on the last row, never a page of one line.
    if order.contains(focus), focus != .force, focus != .timeline, table.scroll + rows < count {
      table.scroll = min(table.scroll + rows, count - rows)
      table.selected = table.scroll
      panels.tables[focus] = table
      return
    }
    let at = order.firstIndex(of: focus) ?? -1
    focus = order[(at + 1) % order.count]
    // The timeline shows the events around the date on screen (the latest, or the pinned one).
    if focus == .timeline {
      ensureWholeTimeline()
      selectEventAtCursor()
      return
    }
    var next = self.table(focus)
    next.scroll = 0
    next.selected = 0
    panels.tables[focus] = next
  }

  /// The kiosk runs only the panel keys marked for it (Ctrl-L) and its quit chord; any other
  /// key does nothing, so a stray key cannot change or end the display.
  mutating func handleKioskKey(_ key: Key) -> [Effect] {
    if case .run(let command) = KeyMap.panels.resolve(key, in: self) { return perform(command) }
    let chord = ops.quitChord
    guard !chord.isEmpty else { return [] }
    if ops.chordProgress < chord.count, key == chord[ops.chordProgress] {
      ops.chordProgress += 1
    } else {
      ops.chordProgress = key == chord[0] ? 1 : 0
    }
    if ops.chordProgress == chord.count { return [.quit] }
    if ops.chordProgress > 0 {
      ops.chordTicks = 20
      show("Press \(Self.keyName(chord[ops.chordProgress])) to end this display", ticks: 20)
    } else if message?.hasSuffix("to end this display") == true {
      status.clear()
    }
    return []
  }

  static func keyName(_ key: Key) -> String {
    switch key {
    case .character(let c): "'\(c)'"
    case .control(let c): "Ctrl-\(c.uppercased())"
    case .enter: "Enter"
    case .escape: "Esc"
    default: "the next key"
    }
  }

  /// The warnings over the panels: data that is not live, data that is too old.
  public var alerts: [String] {
    var out: [String] = []
    if let problem = live.problem {
      let since = ClockReading(seconds: problem.since, utcOffset: clock?.utcOffset ?? 0).hoursMinutes
      let loaded =
        live.loadedAt.map { " from \(ClockReading(seconds: $0, utcOffset: clock?.utcOffset ?? 0).hoursMinutes)" } ?? ""
      out.append("⚠ NOT LIVE since \(since), showing the data\(loaded): \(problem.message)")
    }
    if let modified = document.stamp?.modifiedSeconds, let now = clock?.seconds,
      modified - now > Self.clockSkewSeconds
    {
      out.append(
        "⚠ CLOCK: \(sourceName) says it last changed \(describeAge(modified - now)) from now; this machine's clock or the source's is wrong, so its age is unknown"
      )
    }
    if let limit = ops.staleAfterSeconds, let now = clock?.seconds {
      var reasons: [String] = []
      // The data is as fresh as the newest thing it tells of, whatever date it claims.
      if let newest = newestEventDay, now - newest.asOf.latestUnixSeconds > Int64(limit) {
        reasons.append("newest event (\(newest)) is \(describeAge(now - newest.asOf.latestUnixSeconds)) old")
      }
      if let modified = document.stamp?.modifiedSeconds, now - modified > Int64(limit) {
        reasons.append("\(sourceName) last changed \(describeAge(now - modified)) ago")
      }
      if !reasons.isEmpty {
        out.append("⚠ STALE: " + reasons.joined(separator: "; ") + " (limit \(describeAge(Int64(limit))))")
      }
    }
    return out
  }

  /// How far ahead of this clock a file's stamp may be before it is called wrong (clocks of
  /// two machines drift a little).
  public static let clockSkewSeconds: Int64 = 300

  /// How old the data on screen is: since its newest event (a file saved an hour ago that tells
  /// of nothing newer than March is March's news), else since the file last changed.
  public var dataAge: Int64? {
    guard let now = clock?.seconds else { return nil }
    if let newest = newestEventDay { return now - newest.asOf.latestUnixSeconds }
    return document.stamp.map { now - $0.modifiedSeconds }
  }

  /// The newest day anything in the data happened: its last event on or before the data's own
  /// date, a mandate's scheduled start or end aside (the calendar is not news), else the
  /// data's date.
  public var newestEventDay: Day? {
    let limit = history.current.mission.asOf?.lastDay ?? .distantFuture
    let newest = timeline.events.last { event in
      switch event.kind {
      case .mandateStarts, .mandateEnds: false
      default: event.day <= limit
      }
    }
    return newest?.day ?? history.current.mission.asOf?.lastDay
  }
}
