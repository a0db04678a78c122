/// Where each funding line's flows were written, one entry per line read, in order: the node of
/// its `flows:` list, whose items are the flows' nodes, walked again only for the checks across
/// a line's flows. Keeping 400,000 flow nodes cost memory at the peak of reading; only a line
/// with a flow that could not be read keeps the nodes of those that could.
struct FlowNodes {
  private var lists: [Document.Node?] = []
  private var kept: [Int: [Document.Node]] = [:]

  /// Adds the next line: its list of flows and the nodes of the flows read from it.
  mutating func append(list: Document.Node?, read: [Document.Node], in document: Document) {
    if let list, document.childCount(list) != read.count { kept[lists.count] = read }
    lists.append(list)
  }

  /// Adds the lines of `other`, read after these.
  mutating func append(contentsOf other: FlowNodes) {
    for (line, nodes) in other.kept { kept[lists.count + line] = nodes }
    lists += other.lists
  }

  /// How many flow nodes the `line`th line has: its flows read, when one could not be; none
  /// for a line written without a list (schema 1).
  func count(of line: Int, in document: Document) -> Int {
    if let nodes = kept[line] { return nodes.count }
    guard lists.indices.contains(line), let list = lists[line] else { return 0 }
    return document.childCount(list)
  }

  /// The node of the `flow`th flow read for the `line`th line, in `document`.
  func node(of line: Int, flow: Int, in document: Document) -> Document.Node {
    if let nodes = kept[line] { return nodes[flow] }
    var place = 0
    var found = Document.Node(index: 0)
    if lists.indices.contains(line), let list = lists[line] {
      document.forEachChild(list) { child in
        if place == flow { found = child }
        place += 1
      }
    }
    return found
  }
}
