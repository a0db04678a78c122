import Foundation

/// The built `forceboard` binary, run as a user runs it.
enum ForceBoardBinary {
  struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  /// The binary beside the test bundle (SwiftPM builds it with the tests).
  static var path: String { path(of: "forceboard") }

  /// A binary SwiftPM built beside the test bundle.
  static func path(of name: String) -> String {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = exe.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent(name).path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return "\(name)-binary-not-found: run swift build first"
  }

  /// Runs a long program without holding up the other tests (see `runWithTimeout`), for as
  /// long as it takes.
  static func runAlone(_ arguments: [String], program: String) throws -> Run {
    let run = try runWithTimeout(arguments, seconds: .infinity, program: program)
    return Run(status: run.status, output: run.output, errors: run.errors)
  }

  /// Runs the binary (or `program`) with a watchdog: a run that has not ended after `seconds` is
  /// killed and reported as timed out, so a hang fails the test instead of holding up the whole
  /// suite. Only the start happens under the process lock, and the output goes to files, so no
  /// other test's child can inherit a pipe of this one (or this one a pipe of theirs).
  static func runWithTimeout(
    _ arguments: [String], seconds: Double, environment: [String: String] = [:], program: String? = nil
  ) throws -> (status: Int32, output: String, errors: String, timedOut: Bool) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forceboard-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("out")
    let errURL = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let output = try FileHandle(forWritingTo: outURL)
    let errors = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program ?? path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try processLock.withLock { try process.run() }
    if seconds.isFinite {
      eventually(timeout: seconds) { !process.isRunning }
    } else {
      process.waitUntilExit()
    }
    let timedOut = process.isRunning
    if timedOut { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    try output.close()
    try errors.close()
    return (
      process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
      (try? String(contentsOf: errURL, encoding: .utf8)) ?? "", timedOut
    )
  }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func run(_ arguments: [String], in folder: String? = nil, program: String? = nil) throws -> Run {
    try processLock.withLock { try runLocked(arguments, in: folder, program: program) }
  }

  private static func runLocked(_ arguments: [String], in folder: String?, program: String?) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program ?? path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder ?? packageRoot)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read before waiting: a large report would otherwise fill the pipe and block.
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
      errors: String(decoding: errData, as: UTF8.self))
  }
}
