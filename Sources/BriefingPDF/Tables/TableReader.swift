/// Finds tables among a region's rows: runs of at least two rows that hold two or more
/// fragments, one of them a number alone; with the header rows just above (up to three, no
/// number alone) and the caption and unit lines above those (`表3：…`, `单位：万吨`).
/// Columns come from the data rows: the x ranges their fragments cover, merged where they overlap.
enum TableReader {
    /// A piece of a region in reading order: rows of text, or a table.
    enum Segment { case text([[Fragment]]), table(PDFTable) }

    static func isTabular(_ row: [Fragment]) -> Bool { row.count >= 2 && row.contains(where: \.isNumeric) }

    /// Whether a whole region is one table (so it is not cut into its columns).
    /// It is when at least two rows (and 30% of them) are tabular and 80% of the rows are
    /// tabular, captions or header-like (two fragments or more).
    static func isTableRegion(_ units: [Fragment]) -> Bool {
        let rows = Rows.group(units)
        let tabular = rows.filter(isTabular).count
        let tableLike = rows.filter { isTabular($0) || $0.count >= 2 || isCaption($0) }.count
        return tabular >= 2 && Double(tabular) >= 0.3 * Double(rows.count) && Double(tableLike) >= 0.8 * Double(rows.count)
    }

    static func segment(_ rows: [[Fragment]]) -> [Segment] {
        var out: [Segment] = []
        var text: [[Fragment]] = []
        var k = 0
        while k < rows.count {
            var end = k
            while end < rows.count, isTabular(rows[end]) { end += 1 }
            guard end - k >= 2 else { text.append(rows[k]); k += 1; continue }
            // Header rows and caption lines just above, taken back from the text.
            // Header rows: up to three, each with two fragments or more, or narrower than 40% of
            // the table (`年份` over the label column of a two-row header).
            var header: [[Fragment]] = []
            let data = Array(rows[k..<end])
            let left = data.map { $0[0].x0 }.min()!, right = data.map { $0.last!.x1 }.max()!
            func headerLike(_ row: [Fragment]) -> Bool {
                row.count >= 2 || row.last!.x1 - row[0].x0 < 0.4 * (right - left)
            }
            while header.count < 3, let last = text.last, headerLike(last), !isTabular(last),
                  !isCaption(last), close(last, header.first ?? rows[k]) {
                header.insert(text.removeLast(), at: 0)
            }
            var caption: [[Fragment]] = []
            while caption.count < 3, let last = text.last, isCaption(last), close(last, caption.first ?? header.first ?? rows[k], pitch: 3) {
                caption.insert(text.removeLast(), at: 0)
            }
            if !text.isEmpty { out.append(.text(text)); text = [] }
            out.append(.table(PDFTable(caption: caption, header: header, rows: data, columns: columns(of: data))))
            k = end
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    /// A caption or unit line: `表 3：…`, `单位：万吨` (a header's `单位` column has no colon), or a
    /// title ending in 情况/速度/统计.
    static func isCaption(_ row: [Fragment]) -> Bool {
        let t = row.map(\.text).joined().filter { $0 != " " }
        if t.contains("单位：") || t.contains("单位:") { return true }
        if let r = t.range(of: "表"), let next = t[r.upperBound...].first, next.isNumber || "一二三四五六七八九十：:".contains(next) { return true }
        return t.hasSuffix("情况") || t.hasSuffix("速度") || t.hasSuffix("统计") || t.hasSuffix("指标")
    }

    /// Whether row `a` lies just above row `b` (within `pitch` font sizes).
    private static func close(_ a: [Fragment], _ b: [Fragment], pitch: Double = 2.2) -> Bool {
        let bottom = a.map(\.y1).max() ?? 0, top = b.map(\.y0).min() ?? 0
        return top - bottom < pitch * (a.first?.size ?? 10)
    }

    private static func columns(of rows: [[Fragment]]) -> [(x0: Double, x1: Double)] {
        let spans = rows.flatMap { $0 }.map { (x0: $0.x0, x1: $0.x1, size: $0.size) }.sorted { $0.x0 < $1.x0 }
        var out: [(x0: Double, x1: Double)] = []
        for s in spans {
            if let last = out.last, s.x0 <= last.x1 + 0.3 * s.size {
                out[out.count - 1].x1 = max(last.x1, s.x1)
            } else {
                out.append((s.x0, s.x1))
            }
        }
        return out
    }
}
