import Foundation
import PackagePlugin

/// Embeds the project's data files into the module that reads them, at build time: the themes
/// (`Themes/*.toml`) into Dashboard and the built-in mission (`Scenarios/haiti-mss.yaml`) into
/// ForceModel. The files are then the only copy: edit one, build, and the binary has it.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let files: [URL]
    let typeName: String
    switch target.name {
    case "Dashboard":
      files = try FileManager.default.contentsOfDirectory(
        at: root.appending(path: "Themes"), includingPropertiesForKeys: nil
      )
      .filter { $0.pathExtension == "toml" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
      typeName = "EmbeddedThemes"
    case "ForceModel":
      files = [root.appending(path: "Scenarios/haiti-mss.yaml")]
      typeName = "EmbeddedScenarios"
    default:
      return []
    }
    let output = context.pluginWorkDirectoryURL.appending(path: typeName + ".swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) data file(s) into \(target.name)",
        executable: try context.tool(named: "file-embedder").url,
        arguments: [output.path, typeName] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
