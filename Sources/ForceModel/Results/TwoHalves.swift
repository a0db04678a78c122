import Dispatch

/// Builds one array out of many independent parts, each giving a known number of elements, in
/// two halves on two threads when there are many parts.
///
/// Each half writes straight into its own stretch of the one array — where a part's elements
/// go is known from the counts before any is made — so nothing is made twice or copied to join
/// the halves. A report's 400,000 flow items were a fifth of writing it on one core.
enum TwoHalves {
  /// How many parts there are before the work is split.
  static let splitAt = 20_000

  /// The elements of parts `0..<parts` in order: part `i` gives exactly `count(i)` of them, each
  /// handed to `fill(i, add)`'s `add`. `fill` runs on two threads at once when split: it must
  /// only read what no one writes meanwhile.
  static func array<Element>(
    parts: Int, splitAt: Int = TwoHalves.splitAt, count: (Int) -> Int,
    fill: (_ part: Int, _ add: (Element) -> Void) -> Void
  ) -> [Element] {
    var offsets: [Int] = []
    offsets.reserveCapacity(parts + 1)
    var total = 0
    for part in 0..<parts {
      offsets.append(total)
      total += count(part)
    }
    offsets.append(total)
    return withoutActuallyEscaping(fill) { fill in
      [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
        guard let base = buffer.baseAddress else { return }
        let work = { (range: Range<Int>) in
          var next = base + offsets[range.lowerBound]
          let end = base + offsets[range.upperBound]
          for part in range {
            fill(part) { element in
              precondition(next < end, "a part gave more elements than it counted")
              next.initialize(to: element)
              next += 1
            }
          }
          precondition(next == end, "a part gave fewer elements than it counted")
        }
        if parts >= max(splitAt, 2) {
          let half = parts / 2
          let box = UnsafeSendable(work)
          DispatchQueue.concurrentPerform(iterations: 2) { side in box.value(side == 0 ? 0..<half : half..<parts) }
        } else {
          work(0..<parts)
        }
        initialized = total
      }
    }
  }
}
