import Foundation
import Testing

/// The command line as a user meets it: the real binary, its output and its exit status.
@Suite struct CommandLineTests {
  @Test func withNoArgumentsItShowsTheBuiltInScenario() throws {
    let run = try ForceBoardBinary.run([])
    #expect(run.status == 0)
    #expect(run.output.contains("Multinational Security Support Mission in Haiti (MSS)"))
    #expect(run.output.contains("Shortfall against planned strength  1,500 (60%)"))
  }

  @Test func theReportShowsWhatTheIssueAsksFor() throws {
    let run = try ForceBoardBinary.run(["report"])
    #expect(run.status == 0)
    for expected in [
      "1,500 (60%)", "4,000 (80%)", "Lead nation's share (Kenya)                 70%", "at most $36.4M",
      "2025-07-15", "gap $459.8M", "≤ $625M", "Reported totals disagree: ~1,000", "~800",
    ] {
      #expect(run.output.contains(expected), "missing \(expected)")
    }
  }

  /// `--as-of` shows the scenario as known on a date, in the report, diff, snapshot and export.
  @Test func asOfShowsTheScenarioAsKnownOnADate() throws {
    let report = try ForceBoardBinary.run(["report", "--as-of", "31 dec 2024"])
    #expect(report.status == 0)
    #expect(report.output.contains("as of 2024-12-31"))
    let received = report.output.split(separator: "\n").first { $0.contains("Cash received in the period") }
    #expect(received?.hasSuffix(" $67M") == true, "\(report.output)")
    let carried = report.output.split(separator: "\n").first { $0.contains("Cash carried in") }
    #expect(carried?.contains(" $18M  [") == true, "\(report.output)")
    let snapshot = try ForceBoardBinary.run(["snapshot", "--as-of", "2025-01-31", "--size", "120x40"])
    #expect(snapshot.output.contains("as of 2025-01-31"))
    #expect(snapshot.output.contains("~600"), "Kenya's third contingent")
    let diff = try ForceBoardBinary.run(["diff", "builtin", "Scenarios/haiti-mss.yaml", "--as-of", "2024-09"])
    #expect(diff.status == 0)
    #expect(diff.output.contains("INPUTS CHANGED (0)"))
    let export = try ForceBoardBinary.run(["export", "--as-of", "2024-06"])
    #expect(!export.output.contains(#"date: "2025"#) && !export.output.contains(#"as_of: "2025"#))
    #expect(export.output.contains(#"as_of: "2024-06""#), "the scenario says the day it is as of")
    let bad = try ForceBoardBinary.run(["report", "--as-of", "2024-13"])
    #expect(bad.status != 0)
    #expect(bad.errors.contains("--as-of: '2024-13' is not a date"))
  }

  /// `report --as-of` and the screen at that date (`snapshot --as-of`, the cursor on the date)
  /// agree line for line on the headline figures, on the MSS–GSF history.
  @Test func theReportAndTheScreenAgreeOnADate() throws {
    let file = "Scenarios/haiti-mss-gsf.yaml"
    let report = try ForceBoardBinary.run(["report", file, "--as-of", "2025-03-31"])
    let screen = try ForceBoardBinary.run(["snapshot", file, "--as-of", "2025-03-31", "--size", "200x60"])
    #expect(report.status == 0 && screen.status == 0)
    #expect(report.output.contains("as of 2025-03-31"))
    #expect(screen.output.contains("◀ AS OF 2025-03-31"))
    let reportLines = report.output.split(separator: "\n").map(String.init)
    let screenLines = screen.output.split(separator: "\n").map(String.init)
    let pairs = [
      ("Deployed (sum of countries)", "Deployed (sum)"), ("Shortfall against planned strength", "Short of planned"),
      ("Shortfall against target strength", "Short of target"), ("Cash in hand", "Cash in hand"),
      ("Burn rate a month", "Burn rate"), ("Runway, cash only", "Runway, cash only"),
      ("Runway with commitments", "…with commitments"), ("Gap to the end of the mandate", "Gap to 2025-10-02"),
      ("Coverage of the period's requirement", "Coverage"),
    ]
    for (reportLabel, screenLabel) in pairs {
      // The report's figure: the first word with a digit after the label.
      let line = try #require(reportLines.first { $0.hasPrefix("  " + reportLabel) }, "\(reportLabel)")
      let figure = try #require(
        line.dropFirst(2 + reportLabel.count).split(separator: " ").first { $0.contains(where: \.isNumber) },
        "\(line)")
      // In a panel (a row begins at its border), not the meter row above them.
      let shown = try #require(screenLines.first { $0.contains("│" + screenLabel) }, "\(screenLabel)")
      #expect(shown.contains(" " + figure), "\(reportLabel): the report says \(figure), the screen \(shown)")
    }
  }

  @Test func everyReportFormat() throws {
    let markdown = try ForceBoardBinary.run(["report", "--format", "markdown"])
    #expect(markdown.output.hasPrefix("# Multinational Security Support Mission in Haiti (MSS)"))
    let json = try ForceBoardBinary.run(["report", "builtin", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(object?["title"] as? String == "Multinational Security Support Mission in Haiti (MSS)")
    let csv = try ForceBoardBinary.run(["report", "Scenarios/mss-timeline.yaml", "--format", "csv"])
    #expect(csv.status == 0)
    #expect(csv.output.hasPrefix("section,key,label,value,number,unit,qualifier,as_of,sources,note,formula,kind\n"))
    #expect(csv.output.contains("shortfall.planned"))
    let bad = try ForceBoardBinary.run(["report", "--format", "pdf"])
    #expect(bad.status != 0)
    #expect(bad.errors.contains("pdf"))
  }

  @Test func validateAcceptsTheExamplesAndListsEveryErrorOfABadFile() throws {
    let good = try ForceBoardBinary.run([
      "validate", "Scenarios/haiti-mss.yaml", "Scenarios/haiti-mss.json", "Scenarios/mss-timeline.yaml",
    ])
    #expect(good.status == 0)
    #expect(good.output.split(separator: "\n").count == 3)

    let folder = NSTemporaryDirectory() + "/forceboard-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var text = try String(contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
      .replacingOccurrences(of: "    value: 2500\n", with: "    value: -2500\n")
    if let first = text.range(of: "stage: received") { text.replaceSubrange(first, with: "stage: recieved") }
    let path = folder + "/bad.yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let bad = try ForceBoardBinary.run(["validate", path, "Scenarios/haiti-mss.yaml"])
    #expect(bad.status == 1)
    let lines = bad.errors.split(separator: "\n")
    #expect(lines.count == 2, "\(lines)")
    #expect(lines.allSatisfy { $0.hasPrefix(Substring(path + ":")) })
    #expect(bad.errors.contains("flow.stage: unknown value 'recieved' (hint: did you mean 'received'?)"))
    #expect(bad.errors.contains("negative head count -2500"))
    #expect(bad.output.contains("Scenarios/haiti-mss.yaml: ok"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)

    let report = try ForceBoardBinary.run(["report", path])
    #expect(report.status == 1)
    #expect(report.output.isEmpty)
  }

  @Test func diffShowsTheChangedInputAndEveryMovedShortfall() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/what-if.yaml"
    let text = try String(contentsOfFile: ForceBoardBinary.packageRoot + "/Scenarios/haiti-mss.yaml", encoding: .utf8)
      .replacingOccurrences(
        of: "      value: 700\n      qualifier: at_least", with: "      value: 900\n      qualifier: at_least")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let run = try ForceBoardBinary.run(["diff", "builtin", path])
    #expect(run.status == 0)
    #expect(run.output.contains("INPUTS CHANGED (1)"))
    #expect(run.output.contains("contributors[Kenya].deployed  700+ (2025-03) → 900+ (2025-03)"))
    let line = run.output.split(separator: "\n").first { $0.hasPrefix("  Shortfall against planned ") }
    #expect(line?.contains("1,500 →") == true)
    #expect(line?.hasSuffix("1,300  ▼ 200") == true)

    // The report of the edited file against its baseline shows the same change.
    let report = try ForceBoardBinary.run(["report", path, "--baseline", "builtin"])
    #expect(report.status == 0)
    #expect(report.output.contains("INPUTS CHANGED FROM THE BASELINE"))
    #expect(report.output.contains("contributors[Kenya].deployed  700+ (2025-03) → 900+ (2025-03)"))
    // The headline opens the report with the figure as it is; the comparison row says how it moved.
    let row = report.output.split(separator: "\n").first {
      $0.hasPrefix("  Shortfall against planned ") && $0.contains("▼")
    }
    #expect(row?.hasSuffix("1,500          1,300  ▼ 200") == true, "\(row ?? "")")
  }

  @Test func exportAndGenerateWriteFilesThatValidate() throws {
    let folder = NSTemporaryDirectory() + "/forceboard-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    #expect(try ForceBoardBinary.run(["export", "-o", folder + "/mss.json"]).status == 0)
    #expect(
      try ForceBoardBinary.run([
        "generate", "--contributors", "50", "--funding-lines", "500", "-o", folder + "/syn.yaml",
      ]).status == 0)
    let check = try ForceBoardBinary.run(["validate", folder + "/mss.json", folder + "/syn.yaml"])
    #expect(check.status == 0)
    #expect(check.output.contains("(50 contributors, 500 funding lines, 20 sources)"))
    let same = try ForceBoardBinary.run(["diff", "builtin", folder + "/mss.json"])
    #expect(same.output.contains("INPUTS CHANGED (0)"))
  }

  @Test func helpHasExamplesAndVersionIsPrinted() throws {
    let help = try ForceBoardBinary.run(["--help"])
    #expect(help.output.contains("Examples:"))
    #expect(help.output.contains("forceboard report --format markdown"))
    let version = try ForceBoardBinary.run(["--version"])
    #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
  }

  @Test func aMissingFileIsAClearError() throws {
    let run = try ForceBoardBinary.run(["report", "no-such-file.yaml"])
    #expect(run.status == 1)
    #expect(run.errors == "no-such-file.yaml: cannot read: No such file or directory\n")
  }
}

@Suite struct UserThemeTests {
  func configFolder(with files: [String: String]) throws -> String {
    let root = NSTemporaryDirectory() + "/forceboard-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: root + "/forceboard/themes", withIntermediateDirectories: true)
    for (name, text) in files {
      try text.write(toFile: root + "/forceboard/themes/" + name, atomically: true, encoding: .utf8)
    }
    return root
  }

  func run(_ arguments: [String], config: String) throws -> ForceBoardBinary.Run {
    try ForceBoardBinary.run(
      ["env", "XDG_CONFIG_HOME=" + config, ForceBoardBinary.path] + arguments, program: "/usr/bin/env")
  }

  @Test func aUserThemeLoadsFromTheConfigFolder() throws {
    let config = try configFolder(with: [
      "ops.toml": "name = \"ops-room\"\n[header]\nfg = \"black\"\nbg = \"#ffcc00\"\n"
    ])
    let result = try run(["snapshot", "--theme", "ops-room", "--color", "--size", "80x24"], config: config)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("\u{1B}[0;30;48;5;220m"))
  }

  @Test func aBadUserThemeNamesFileLineAndKeyAndTheBuiltInsStillWork() throws {
    let config = try configFolder(with: ["bad.toml": "name = \"bad\"\n[selected]\nfgg = 1\n"])
    let result = try run(["snapshot", "--size", "80x24"], config: config)
    #expect(result.status == 0)
    #expect(result.errors.contains("/forceboard/themes/bad.toml:3: 'fgg': unknown key; did you mean 'fg'?"))
    #expect(result.errors.contains("using the built-in themes instead"))
    #expect(result.output.contains("Force strength"))
  }

  /// Help reads cleanly in an 80-column terminal: the parser wraps whole paragraphs, and no
  /// line of ours is longer than the terminal (the parser's own usage line aside).
  @Test(arguments: ["", "open", "report", "snapshot", "validate", "diff", "export", "generate"])
  func helpFitsEightyColumns(_ command: String) throws {
    let run = try ForceBoardBinary.runWithTimeout(
      (command.isEmpty ? [] : [command]) + ["--help"], seconds: 10, environment: ["COLUMNS": "80"])
    #expect(run.status == 0)
    for line in run.output.split(separator: "\n") where !line.hasPrefix("USAGE:") {
      #expect(line.count <= 80, "\(command): \(line)")
    }
    if command.isEmpty {
      #expect(
        run.output.contains("Every figure carries its source, date and qualifier (~ about, + at least, ≤ up\nto)."))
    }
  }

  /// `--poll` belongs to addresses; with a file it is a usage error that says why.
  @Test func pollIsForAddresses() throws {
    let run = try ForceBoardBinary.runWithTimeout(
      ["--kiosk", "--poll", "10s", "Scenarios/haiti-mss.yaml"], seconds: 10)
    #expect(run.status == 64)
    #expect(run.errors.contains("--poll is for a scenario at an http(s):// address"), "\(run.errors)")
  }
}
