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

  /// The nodes of the flows read for the `line`th line, in `document`.
  func nodes(of line: Int, in document: Document) -> [Document.Node] {
    if let nodes = kept[line] { return nodes }
    guard lists.indices.contains(line), let list = lists[line] else { return [] }
    var nodes: [Document.Node] = []
    nodes.reserveCapacity(document.childCount(list))
    document.forEachChild(list) { nodes.append($0) }
    return nodes
  }
}
