/// Charts in a document: one taller than a page (too many bars) is shortened to the rows that
/// fit, and its title says how many are left out, so no data makes the document fail.
extension ChartLayout {
    /// `spec` laid out for a page of `pageHeight` points: as asked when it fits; else its first
    /// rows (in the order given) that fit, its title saying "（另有N项未显示）".
    static func fitting(_ spec: ChartSpec, width: Double, height: Double?, pageHeight: Double,
                        text: TextEngine) throws -> ChartLayout {
        func layout(_ s: ChartSpec, _ h: Double?) throws -> ChartLayout {
            try ChartLayout(s, width: width, height: h, text: text, padding: (0, 4))
        }
        let full = try layout(spec, height.map { min($0, pageHeight) })
        let count = spec.mark.rowCount
        guard full.height > pageHeight + 0.01, count > 1 else { return full }
        // The most rows that fit (height grows with rows): binary search over 1..<count.
        var lo = 1, hi = count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            // A shortened spec the builder refuses counts as not fitting.
            if ((try? layout(spec.keepingRows(mid), nil))?.height ?? .infinity) <= pageHeight + 0.01 { lo = mid } else { hi = mid - 1 }
        }
        return try layout(spec.keepingRows(lo), nil)
    }
}

extension ChartMark {
    /// Bars, tiles or series the mark draws.
    var rowCount: Int {
        switch self {
        case let .divergingBars(rows, _): rows.count
        case let .groupedBars(rows): Set(rows.map(\.category)).count
        case let .kpiTiles(tiles): tiles.count
        case let .progressBars(rows): rows.count
        case let .line(series): series.count
        }
    }
}

extension ChartSpec {
    /// The first `n` rows (grouped bars: categories; lines: series), the others counted in the title.
    func keepingRows(_ n: Int) -> ChartSpec {
        var s = self
        switch mark {
        case let .divergingBars(rows, sort): s.mark = .divergingBars(Array(rows.prefix(n)), sort: sort)
        case let .groupedBars(rows):
            var kept: [String] = []
            for r in rows where !kept.contains(r.category) && kept.count < n { kept.append(r.category) }
            s.mark = .groupedBars(rows.filter { kept.contains($0.category) })
        case let .kpiTiles(tiles): s.mark = .kpiTiles(Array(tiles.prefix(n)))
        case let .progressBars(rows): s.mark = .progressBars(Array(rows.prefix(n)))
        case let .line(series): s.mark = .line(Array(series.prefix(n)))
        }
        s.title = title + "（另有\(mark.rowCount - n)项未显示）"
        return s
    }
}
