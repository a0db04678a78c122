import Foundation

/// The built `forceboard` binary, run as a user runs it.
enum ForceBoardBinary {
  struct Run {
    var status: Int32
    var output: String
    var errors: String
  }

  /// The binary beside the test bundle (SwiftPM builds it with the tests).
  static var path: String {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = exe.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("forceboard").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return "forceboard-binary-not-found: run swift build first"
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
