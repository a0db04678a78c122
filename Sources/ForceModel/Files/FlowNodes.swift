/// The nodes of each funding line's flows, one run per line read, in one array: a dictionary of
/// an array per line cost 100,000 small allocations and a table, alive at the peak of reading.
struct FlowNodes {
  private var all: [Document.Node] = []
  private var ends: [Int] = []

  /// Adds the next line's flow nodes.
  mutating func append(_ nodes: [Document.Node]) {
    all.append(contentsOf: nodes)
    ends.append(all.count)
  }

  /// The flow nodes of the `line`th line read.
  var nodes: Runs { Runs(all: all, ends: ends) }

  /// Lines' runs of nodes by the order they were read.
  struct Runs {
    let all: [Document.Node]
    let ends: [Int]
    subscript(line: Int) -> ArraySlice<Document.Node> {
      guard ends.indices.contains(line) else { return [] }
      return all[(line == 0 ? 0 : ends[line - 1])..<ends[line]]
    }
  }
}
