import ForceModel

/// The bands of the stacked strength chart: the countries with the most person-days over the
/// whole history a band each, the rest one "others" band.
///
/// The bands are chosen once from the whole history, so a country keeps its colour at every
/// height, every date and every phase of a rotating wall; and each column gives every band
/// whole cells by largest remainder of its share, so a small country is never drawn larger than
/// it was nor a large one swallowed by a small one that happens to cover a cell's middle.
struct ChartBands {
  /// Named bands at most; one colour is kept for "others".
  static let namedLimit = 5

  /// Each country's band, by the timeline's country index.
  let bandOf: [Int]
  /// Each band's name, bottom of the stack first; "others" last when any country is grouped.
  let names: [String]
  /// How many countries the "others" band holds (0: there is no such band).
  let othersCount: Int

  /// The bands of `timeline`'s countries.
  init(_ timeline: MissionTimeline) {
    let countries = timeline.countries
    guard countries.count > Self.namedLimit + 1 else {
      bandOf = Array(countries.indices)
      names = countries
      othersCount = 0
      return
    }
    let days = Self.personDays(timeline)
    let kept = Set(
      countries.indices.sorted { days[$0] != days[$1] ? days[$0] > days[$1] : $0 < $1 }.prefix(Self.namedLimit))
    // Named bands keep the stack's order (largest now at the bottom); others go on top.
    let named = countries.indices.filter(kept.contains)
    var bandOf = [Int](repeating: named.count, count: countries.count)
    for (band, country) in named.enumerated() { bandOf[country] = band }
    self.bandOf = bandOf
    othersCount = countries.count - named.count
    names = named.map { countries[$0] } + ["others"]
  }

  /// Each country's person-days over the history: to the last step (`MissionTimeline`), then
  /// the last step's counts to the history's last day.
  static func personDays(_ timeline: MissionTimeline) -> [Double] {
    guard let last = timeline.steps.last else { return timeline.personDays }
    let tail = Double(max(0, (timeline.last ?? last.day).number - last.day.number))
    return timeline.personDays.indices.map {
      $0 < last.counts.count ? timeline.personDays[$0] + Double(last.counts[$0]) * tail : 0
    }
  }

  /// The counts of one step summed by band.
  func bandCounts(_ counts: [Int]) -> [Int] {
    var out: [Int] = []
    bandCounts(counts, into: &out)
    return out
  }

  /// The counts of one step summed by band, into `out` (reused column after column, so a frame
  /// allocates nothing per column).
  func bandCounts(_ counts: [Int], into out: inout [Int]) {
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: repeatElement(0, count: names.count))
    for (country, count) in counts.enumerated() where country < bandOf.count { out[bandOf[country]] += count }
  }

  /// `cells` whole cells shared by `quotas`, into `out`: each gets the whole part of its quota
  /// (none below zero), then each cell left goes to the band furthest short of its quota, ties
  /// to the lower band; never more cells than there are.
  static func share(_ cells: Int, quotas: [Double], into out: inout [Int]) {
    out.removeAll(keepingCapacity: true)
    for quota in quotas { out.append(cells > 0 ? max(0, Int(quota.rounded(.down))) : 0) }
    guard cells > 0 else { return }
    var given = out.reduce(0, +)
    // Quotas carried from earlier columns may ask for more than there is: take from the largest.
    while given > cells, let largest = out.indices.max(by: { out[$0] < out[$1] }) {
      out[largest] -= 1
      given -= 1
    }
    while given < cells {
      var best = 0
      for index in out.indices where quotas[index] - Double(out[index]) > quotas[best] - Double(out[best]) {
        best = index
      }
      out[best] += 1
      given += 1
    }
  }
}
