import Foundation

/// A fresh folder under the system's temporary folder, for tests that write files.
struct TemporaryFolder {
  let path: String

  init() throws {
    var template = Array((NSTemporaryDirectory() + "/forceboard-test-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw CocoaError(.fileWriteUnknown)
    }
    path = String(cString: made)
  }

  func write(_ name: String, _ text: String) throws -> String {
    let file = path + "/" + name
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    return file
  }

  func read(_ file: String) throws -> String {
    try String(contentsOfFile: file, encoding: .utf8)
  }
}
