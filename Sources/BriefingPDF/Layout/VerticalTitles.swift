/// Titles printed one character per line (a newspaper's vertical headline): fragments of one
/// Han character stacked at the same x, each less than a character's height below the last,
/// become one fragment marked `vertical`, read top to bottom.
enum VerticalTitles {
    static func join(_ fragments: [Fragment]) -> [Fragment] {
        func single(_ f: Fragment) -> Bool {
            let g = f.glyphs.filter { !$0.isSpace }
            return g.count == 1 && g[0].scalar.value >= 0x2E80
        }
        let candidates = fragments.indices.filter { single(fragments[$0]) }
            .sorted { (fragments[$0].x0, fragments[$0].y0) < (fragments[$1].x0, fragments[$1].y0) }
        var used = Set<Int>()
        var titles: [Fragment] = []
        for start in candidates where !used.contains(start) {
            var chain = [start]
            var current = fragments[start]
            while let next = candidates.first(where: { k in
                !used.contains(k) && !chain.contains(k) && {
                    let f = fragments[k]
                    let dx = abs((f.x0 + f.x1) / 2 - (current.x0 + current.x1) / 2)
                    let dy = f.y0 - current.y1
                    return dx < 0.35 * current.size && dy > -0.2 * current.size && dy < 0.9 * current.size
                        && abs(f.size - current.size) < 0.15 * current.size
                }()
            }) {
                chain.append(next); current = fragments[next]
            }
            guard chain.count >= 2 else { continue }
            used.formUnion(chain)
            var title = Fragment(glyphs: chain.flatMap { fragments[$0].glyphs.filter { !$0.isSpace } })
            title.vertical = true
            titles.append(title)
        }
        return fragments.indices.filter { !used.contains($0) }.map { fragments[$0] } + titles
    }
}
