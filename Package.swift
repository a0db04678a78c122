// swift-tools-version: 6.1
import PackageDescription

import class Foundation.ProcessInfo

// The model's release code is optimised for size: a plain start runs some 300 KB of it (the
// built-in mission's decoding, its checks and its first recalculation), and at -O its pages
// were 0.2 MiB of the 8 MiB a start may take; the large-file rows (README, "Large files") cost
// about a tenth more and stay within their goals. Debug builds are as ever.
let sizeOptimised: [SwiftSetting] = [.unsafeFlags(["-Osize"], .when(configuration: .release))]

let package = Package(
  name: "ForceBoard",
  products: [
    .executable(name: "forceboard", targets: ["forceboard"]),
    .library(name: "ForceModel", targets: ["ForceModel"]),
    .library(name: "Dashboard", targets: ["Dashboard"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
  ],
  targets: [
    // Pure model: scenario types, figures with provenance, recalculation, scenario files.
    // The built-in mission is Scenarios/haiti-mss.yaml, embedded at build time.
    .target(name: "ForceModel", dependencies: ["CYAML"], swiftSettings: sizeOptimised, plugins: ["EmbedData"]),
    // The edge's files: reading, atomic saving, folder locks, stamps and journals on disk.
    .target(name: "ScenarioStore", dependencies: ["ForceModel", "CCurl"]),
    // libcurl's few declarations (no header needed to build): scenarios over HTTP(S). The
    // library, Debian's libcurl4, is opened when first needed (dlopen), not linked, so no other
    // start pays for loading it.
    .systemLibrary(name: "CCurl"),
    // libyaml from Debian's libyaml-dev: the event parser behind YAML scenario files.
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // Pure UI: grids, text width, sanitising; draws into memory only. Its built-in themes are
    // Themes/*.toml, embedded at build time.
    .target(name: "Dashboard", dependencies: ["ForceModel"], plugins: ["EmbedData"]),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["file-embedder"]),
    .executableTarget(name: "file-embedder"),
    // ncursesw from Debian's libncurses-dev, with a shim for macros and globals.
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    // Thin backend: the only module that talks to ncurses.
    .target(name: "CursesTerminal", dependencies: ["Dashboard", "CNcursesw"]),
    .executableTarget(
      name: "forceboard",
      dependencies: [
        "ForceModel", "ScenarioStore", "Dashboard", "CursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ForceModelTests",
      dependencies: [
        "ForceModel", "ScenarioStore", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "ScenarioStore"], exclude: ["Snapshots"]),
    .testTarget(name: "CursesTerminalTests", dependencies: ["CursesTerminal"]),
    .testTarget(
      name: "forceboardTests", dependencies: ["forceboard", "forceboard-soak", "ForceModel", "ScenarioStore"]),
    // Test support: the kiosk loop for simulated weeks, in a process of its own (SoakTests).
    .executableTarget(
      name: "forceboard-soak", dependencies: ["Dashboard", "ForceModel", "ScenarioStore"], path: "Tests/SoakRunner"),
  ],
  swiftLanguageModes: [.v6]
)

// Benchmarks (package-benchmark) only when asked for, so that building and testing ForceBoard
// never pulls in the harness: FORCEBOARD_BENCHMARKS=1 swift package benchmark
if ProcessInfo.processInfo.environment["FORCEBOARD_BENCHMARKS"] != nil {
  package.dependencies.append(
    .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]))
  package.targets.append(
    .executableTarget(
      name: "ForceBoardBenchmarks",
      dependencies: [.product(name: "Benchmark", package: "benchmark"), "ForceModel", "Dashboard", "CursesTerminal"],
      path: "Benchmarks/ForceBoardBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]))
}
