@testable import ForceModel

/// A parsed document as the tree the writers take, so tests can compare what was read with
/// what is written (`DocumentWriter.json`) and walk it with pattern matching.
extension Document {
  var tree: DocumentNode { tree(root) }

  func tree(_ node: Node) -> DocumentNode {
    switch kind(node) {
    case .scalar: return .scalar(string(node), quoted: false)
    case .quoted: return .scalar(string(node), quoted: true)
    case .null: return .null
    case .sequence:
      var items: [DocumentNode] = []
      forEachChild(node) { items.append(tree($0)) }
      return .sequence(items)
    case .mapping:
      return .mapping(entries(node).map { DocumentEntry(key: string($0.key), value: tree($0.value)) })
    }
  }
}
