import ForceModel
import Foundation
import ScenarioStore
import Testing

@testable import forceboard

/// The watcher decides with the time it is handed, so weeks of watching are tested in a moment.
@Suite struct FileWatcherTests {
  /// The program's own save is not someone else's change; a colleague's rename-over is, once the
  /// file has been quiet for a moment.
  @Test func ownSavesAreNotReported_othersAreOnceQuiet() throws {
    let work = try Workspace()
    let (folder, file) = (work.folder, work.file)
    let watcher = FileWatcher(path: file, stamp: FileStamp.of(file))
    #expect(watcher.usesInotify)
    var scenario = try ScenarioStore.load(file)
    scenario.strength.planned = HeadCount(2_600)
    let saved = try ScenarioStore.save(scenario, to: file)
    watcher.accept(saved.stamp)
    let start = 1_000.0
    for later in [0.0, 0.5, 2.5, 60] {
      #expect(!watcher.changed(now: start + later), "own save reported at +\(later) s")
    }

    // Someone else renames their version over it.
    try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "2600", with: "2700")
      .write(toFile: folder + "/.haiti.yaml.swp", atomically: false, encoding: .utf8)
    #expect(rename(folder + "/.haiti.yaml.swp", file) == 0)
    #expect(!watcher.changed(now: start + 100), "not yet quiet")
    #expect(watcher.changed(now: start + 100 + FileWatcher.quietSeconds + 0.01), "reported once quiet")
    #expect(!watcher.changed(now: start + 200), "reported once")
  }
}
