import Foundation
import PackagePlugin

/// Embeds `Themes/*.toml` into the Dashboard module at build time, so the theme files are the
/// only copy of the built-in themes: edit one, build, and the binary has it.
@main
struct EmbedThemes: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Themes")
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "toml" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemes.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) themes from Themes/",
        executable: try context.tool(named: "theme-embedder").url,
        arguments: [output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
