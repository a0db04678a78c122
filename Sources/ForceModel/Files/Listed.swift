/// The items a list in a file was read into, beside the node each was read from.
///
/// Two arrays rather than one of pairs, so the values go into the scenario as they are: for
/// 100,000 funding lines an array of (line, node) pairs had to be copied into an array of lines
/// at the end, and both were alive at the peak of reading.
struct Listed<Value>: RandomAccessCollection {
  /// The items read, in the order written.
  private(set) var values: [Value] = []
  /// Where each was written.
  private(set) var nodes: [Document.Node] = []

  init() {}

  /// An empty list with room for `capacity` items.
  init(capacity: Int) {
    values.reserveCapacity(capacity)
    nodes.reserveCapacity(capacity)
  }

  mutating func append(_ value: Value, _ node: Document.Node) {
    values.append(value)
    nodes.append(node)
  }

  /// The items `values`, read from `nodes`.
  init(values: [Value], nodes: [Document.Node]) {
    self.values = values
    self.nodes = nodes
  }

  var startIndex: Int { 0 }
  var endIndex: Int { values.count }
  subscript(position: Int) -> (value: Value, node: Document.Node) { (values[position], nodes[position]) }
}
