@testable import ForceModel

/// A parsed document as the tree the writers take, so tests can compare what was read with
/// what is written (`DocumentWriter.json`) and walk it with pattern matching.
extension Document {
  var tree: DocumentNode { tree(root) }

  func tree(_ node: Node) -> DocumentNode {
    let mark = self.mark(node)
    switch kind(node) {
    case .scalar: return .scalar(string(node), quoted: false, mark)
    case .quoted: return .scalar(string(node), quoted: true, mark)
    case .null: return .null(mark)
    case .sequence:
      var items: [DocumentNode] = []
      forEachChild(node) { items.append(tree($0)) }
      return .sequence(items, mark)
    case .mapping:
      return .mapping(
        entries(node).map { DocumentEntry(key: string($0.key), keyMark: self.mark($0.key), value: tree($0.value)) },
        mark)
    }
  }
}
