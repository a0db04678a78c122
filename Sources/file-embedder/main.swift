import Foundation

// Writes a Swift file holding the text of each data file it is given, as an enum of that name,
// for the EmbedData build plugin: `file-embedder OUTPUT.swift EmbeddedThemes Themes/a.toml …`.
// The themes and the built-in scenario are data files; this makes them part of the binary.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: file-embedder OUTPUT.swift TYPE-NAME FILE…\n".utf8))
  exit(64)
}
let output = arguments[0]
let typeName = arguments[1]

/// A Swift string literal for any text: every scalar outside printable ASCII is escaped, so the
/// generated file never depends on the theme's quoting or on raw-string delimiters.
func literal(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    default:
      if scalar.value >= 0x20 && scalar.value < 0x7F {
        out.unicodeScalars.append(scalar)
      } else {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      }
    }
  }
  return out + "\""
}

var entries: [String] = []
for path in arguments.dropFirst(2) {
  let url = URL(fileURLWithPath: path)
  do {
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = url.deletingPathExtension().lastPathComponent
    entries.append("    (\(literal(name)), \(literal(text))),")
  } catch {
    FileHandle.standardError.write(Data("file-embedder: cannot read \(path): \(error)\n".utf8))
    exit(1)
  }
}
let source = """
  // Generated at build time by the EmbedData plugin. Do not edit.

  /// The text of each embedded data file, by file name without its extension.
  enum \(typeName) {
    static let files: [(name: String, text: String)] = [
  \(entries.joined(separator: "\n"))
    ]
  }

  """
do {
  try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("file-embedder: cannot write \(output): \(error)\n".utf8))
  exit(1)
}
