/// Reading order by recursive XY-cut: a region is cut at vertical gutters into columns (read
/// left to right, a column holding only vertical titles first), else at a horizontal gap into
/// bands (read top to bottom); what cannot be cut is a leaf, read line by line. Text is never
/// joined across a gutter. A table region is a leaf; a region with a band that is one (found by
/// horizontal cuts alone) is cut into bands first, so a table's column gaps are not gutters.
///
/// A horizontal gap of aligned baselines in three columns must not cut them into rows: a gap
/// cuts when it is wide (a section break) or when it sets off a part that has columns from
/// one that does not (a headline over columns); of those, the widest, then the one leaving
/// the larger columned part.
enum ReadingOrder {
    static func leaves(_ fragments: [Fragment], bodySize: Double) -> [[Fragment]] {
        var out: [[Fragment]] = []
        cut(fragments, bodySize: bodySize, depth: 0, into: &out)
        return out
    }

    private static func cut(_ units: [Fragment], bodySize: Double, depth: Int, into out: inout [[Fragment]]) {
        guard units.count > 1, depth < 40 else { if !units.isEmpty { out.append(units) }; return }
        if TableReader.isTableRegion(units) { out.append(units); return }
        // A table whose column gaps run the region's whole height would be cut into its columns:
        // when a band holds a table, the region is cut into bands first.
        if let bands = horizontalCut(units, bodySize: bodySize), bands.contains(where: { holdsTable($0, bodySize: bodySize) }),
           verticalCut(units, gap: 0.8 * bodySize) != nil {
            for b in bands { cut(b, bodySize: bodySize, depth: depth + 1, into: &out) }
            return
        }
        if let columns = verticalCut(units, gap: 0.8 * bodySize) {
            let titlesFirst = columns.filter { $0.allSatisfy(\.vertical) } + columns.filter { !$0.allSatisfy(\.vertical) }
            for c in titlesFirst { cut(c, bodySize: bodySize, depth: depth + 1, into: &out) }
            return
        }
        if let bands = horizontalCut(units, bodySize: bodySize) {
            for b in bands { cut(b, bodySize: bodySize, depth: depth + 1, into: &out) }
            return
        }
        out.append(units)
    }

    /// Whether `units`, or a band that horizontal cuts alone make of it, is a table region.
    static func holdsTable(_ units: [Fragment], bodySize: Double, depth: Int = 0) -> Bool {
        guard units.count > 1 else { return false }
        if TableReader.isTableRegion(units) { return true }
        guard depth < 8, let bands = horizontalCut(units, bodySize: bodySize) else { return false }
        return bands.contains { holdsTable($0, bodySize: bodySize, depth: depth + 1) }
    }

    /// Groups separated by vertical strips at least `gap` wide that no fragment crosses.
    static func verticalCut(_ units: [Fragment], gap: Double) -> [[Fragment]]? {
        let sorted = units.sorted { $0.x0 < $1.x0 }
        var groups: [[Fragment]] = [[sorted[0]]]
        var right = sorted[0].x1
        for f in sorted.dropFirst() {
            if f.x0 - right >= gap { groups.append([f]) } else { groups[groups.count - 1].append(f) }
            right = max(right, f.x1)
        }
        return groups.count > 1 ? groups : nil
    }

    /// Two bands at the best horizontal gap (see the type's comment), or nil.
    static func horizontalCut(_ units: [Fragment], bodySize: Double) -> [[Fragment]]? {
        let sorted = units.sorted { $0.y0 < $1.y0 }
        var bottom = sorted[0].y1
        var best: (gap: Double, columned: Int, index: Int)?
        for k in 1..<sorted.count {
            let gap = sorted[k].y0 - bottom
            bottom = max(bottom, sorted[k].y1)
            guard gap >= 0.3 * bodySize else { continue }
            let above = Array(sorted[..<k]), below = Array(sorted[k...])
            let wide = gap >= 1.5 * bodySize
            let a = verticalCut(above, gap: 0.8 * bodySize) != nil, b = verticalCut(below, gap: 0.8 * bodySize) != nil
            guard wide || a != b else { continue }
            let columned = wide ? 0 : (a ? above.count : below.count)
            if let current = best {
                if gap > current.gap + 0.1 * bodySize || (abs(gap - current.gap) <= 0.1 * bodySize && columned > current.columned) {
                    best = (gap, columned, k)
                }
            } else {
                best = (gap, columned, k)
            }
        }
        guard let best else { return nil }
        return [Array(sorted[..<best.index]), Array(sorted[best.index...])]
    }
}
