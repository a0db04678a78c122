import Foundation

// Writes a Swift file holding the text of each theme file it is given, for the EmbedThemes
// build plugin: `theme-embedder OUTPUT.swift Themes/a.toml Themes/b.toml …`.

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
  FileHandle.standardError.write(Data("usage: theme-embedder OUTPUT.swift THEME.toml…\n".utf8))
  exit(64)
}

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
for path in arguments.dropFirst() {
  let url = URL(fileURLWithPath: path)
  do {
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = url.deletingPathExtension().lastPathComponent
    entries.append("    (\(literal(name)), \(literal(text))),")
  } catch {
    FileHandle.standardError.write(Data("theme-embedder: cannot read \(path): \(error)\n".utf8))
    exit(1)
  }
}
let source = """
  // Generated at build time by the EmbedThemes plugin from Themes/*.toml. Do not edit.

  /// The text of every theme file in `Themes/`, by file name.
  enum EmbeddedThemes {
    static let files: [(name: String, text: String)] = [
  \(entries.joined(separator: "\n"))
    ]
  }

  """
do {
  try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(Data("theme-embedder: cannot write \(output): \(error)\n".utf8))
  exit(1)
}
