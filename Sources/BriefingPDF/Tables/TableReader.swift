/// Finds tables among a region's rows: runs of at least two rows that hold two or more
/// fragments, one of them a number alone; with the header rows just above (up to three, no
/// number alone) and the caption and unit lines above those (`表3：…`, `单位：万吨`).
/// Columns come from the data rows: the x ranges their fragments cover, merged where they overlap.
/// A cell whose text wraps onto a second line (a row closer to the one above than the table's
/// rows are to each other, each of its pieces under a cell of that row) is joined to its cell;
/// a section row (`按产业分`: one label, no figure, between data rows) stays in the table.
enum TableReader {
    /// A piece of a region in reading order: rows of text, or a table.
    enum Segment { case text([[Fragment]]), table(PDFTable) }

    /// A row of a table: two fragments or more, one of them a figure (or a figure run into an
    /// empty cell's dash beside it, `▼−4000吨以上—`, which the header's columns split later).
    static func isTabular(_ row: [Fragment]) -> Bool {
        row.count >= 2 && row.contains { f in
            f.isQuantity || QuantityCell(Array(f.glyphs.prefix { !"—–".unicodeScalars.contains($0.scalar) })) != nil
        }
    }

    /// Whether a whole region is one table (so it is not cut into its columns).
    /// It is when at least two rows (and 30% of them) are tabular and 80% of the rows are
    /// tabular, captions or header-like (two fragments or more).
    /// Rows above the first tabular row and below the last (a caption, a source note) may be
    /// up to three, and do not count.
    static func isTableRegion(_ units: [Fragment]) -> Bool {
        var rows = Rows.group(units)
        guard let first = rows.firstIndex(where: isTabular), let last = rows.lastIndex(where: isTabular),
              first <= 3, rows.count - 1 - last <= 3 else { return false }
        rows = Array(rows[first...last])
        let tabular = rows.filter(isTabular).count
        let tableLike = rows.indices.filter { k in
            let r = rows[k]
            return isTabular(r) || r.count >= 2 || isCaption(r) || isWrapped(r, in: rows) || isSectionRow(rows, k, of: rows)
        }.count
        return tabular >= 2 && Double(tabular) >= 0.3 * Double(rows.count) && Double(tableLike) >= 0.8 * Double(rows.count)
    }

    /// Whether `row` is a cell's wrapped line: closer to the row above than table rows are to
    /// each other, and under a cell of it.
    private static func isWrapped(_ row: [Fragment], in rows: [[Fragment]]) -> Bool {
        guard let k = rows.firstIndex(where: { $0[0].centerY == row[0].centerY && $0[0].x0 == row[0].x0 }), k > 0,
              let pitch = rowPitch(rows) ?? nextPitch(rows, after: k, from: middle(rows[k - 1])) else { return false }
        return middle(row) - middle(rows[k - 1]) < 0.75 * pitch && joined(rows[k - 1], wrapped: row) != nil
    }

    static func segment(_ rows: [[Fragment]]) -> [Segment] {
        var out: [Segment] = []
        var text: [[Fragment]] = []
        var k = 0
        let pitch = rowPitch(rows)
        while k < rows.count {
            var end = k
            var data: [[Fragment]] = []
            var lastLine = 0.0  // the middle of the data's last line
            while end < rows.count {
                if isTabular(rows[end]) {
                    data.append(rows[end]); lastLine = middle(rows[end]); end += 1
                } else if let row = data.last, let pitch = pitch ?? nextPitch(rows, after: end, from: lastLine),
                          middle(rows[end]) - lastLine < 0.75 * pitch, let joined = joined(row, wrapped: rows[end]) {
                    data[data.count - 1] = joined; lastLine = middle(rows[end]); end += 1
                } else if !data.isEmpty, isSectionRow(rows, end, of: data) {
                    data.append(rows[end]); lastLine = middle(rows[end]); end += 1
                } else {
                    break
                }
            }
            guard data.filter(isTabular).count >= 2 else { text.append(rows[k]); k += 1; continue }
            // Header rows and caption lines just above, taken back from the text.
            // Header rows: up to three, each with two fragments or more, or one over a single
            // column (`年份` over the label column of a two-row header; not a caption or note
            // running across columns).
            var header: [[Fragment]] = []
            let spans = columns(of: data)
            func headerLike(_ row: [Fragment]) -> Bool {
                row.count >= 2 || spans.contains { row[0].x0 >= $0.x0 - row[0].size && row[0].x1 <= $0.x1 + row[0].size }
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
            data = data.map { split($0, at: header) }
            out.append(.table(PDFTable(caption: caption, header: header, rows: data, columns: columns(of: data))))
            k = end
        }
        if !text.isEmpty { out.append(.text(text)) }
        return out
    }

    /// The usual distance between the middles of two table rows that follow each other (the
    /// median over neighbouring tabular rows); nil when no two are neighbours.
    static func rowPitch(_ rows: [[Fragment]]) -> Double? {
        let pitches = zip(rows, rows.dropFirst()).filter { isTabular($0.0) && isTabular($0.1) }
            .map { middle($0.1) - middle($0.0) }.sorted()
        return pitches.isEmpty ? nil : pitches[pitches.count / 2]
    }

    /// Without a pitch (no two tabular rows are neighbours): the distance from the data's last
    /// line to the next tabular row after `index`, when that row follows it.
    private static func nextPitch(_ rows: [[Fragment]], after index: Int, from lastLine: Double) -> Double? {
        guard index + 1 < rows.count, isTabular(rows[index + 1]) else { return nil }
        return middle(rows[index + 1]) - lastLine
    }

    static func middle(_ row: [Fragment]) -> Double {
        let m = row.map(\.centerY).sorted()
        return m[m.count / 2]
    }

    /// `row` with each fragment that lies under two header cells or more cut at its widest gap
    /// between them: columns set close together (a right-aligned figure next to a left-aligned
    /// word, `12.43%同比`) whose cells ran into one fragment. Header cells are the header
    /// fragments split at their spaces.
    static func split(_ row: [Fragment], at header: [[Fragment]]) -> [Fragment] {
        let heads = header.flatMap { $0 }.flatMap(headerCells).sorted { $0.x0 < $1.x0 }
        guard heads.count >= 2 else { return row }
        return row.flatMap { f -> [Fragment] in
            let under = heads.filter { $0.x0 < f.x1 && f.x0 < $0.x1 }
            guard under.count >= 2 else { return [f] }
            var pieces: [Fragment] = []
            var rest = f.glyphs.filter { !$0.isSpace }
            for boundary in zip(under, under.dropFirst()).map({ ($0.0.x1, $0.1.x0) }) {
                // The widest gap between two characters whose middle lies between the two heads' texts… or
                // nearest to it: from the end of one header cell to the start of the next.
                let gaps = rest.indices.dropFirst().filter { rest[$0].x0 >= boundary.0 - 2 && rest[$0 - 1].x1 <= boundary.1 + 2 }
                guard let cut = gaps.max(by: { rest[$0].x0 - rest[$0 - 1].x1 < rest[$1].x0 - rest[$1 - 1].x1 }),
                      rest[cut].x0 - rest[cut - 1].x1 > 0.3 * f.size else { continue }
                pieces.append(Fragment(glyphs: Array(rest[..<cut])))
                rest = Array(rest[cut...])
            }
            pieces.append(Fragment(glyphs: rest))
            return pieces
        }
    }

    /// A header fragment's cells: its pieces between spaces, and between two characters more
    /// than 0.8 font sizes apart (headers of neighbouring columns set close together, `数值 基准`).
    static func headerCells(_ f: Fragment) -> [Fragment] {
        var out: [Fragment] = []
        var run: [PDFGlyph] = []
        for g in f.glyphs {
            if g.isSpace { if !run.isEmpty { out.append(Fragment(glyphs: run)); run = [] }; continue }
            if let p = run.last, g.x0 - p.x1 > 0.8 * max(min(p.size, g.size), 1) { out.append(Fragment(glyphs: run)); run = [] }
            run.append(g)
        }
        if !run.isEmpty { out.append(Fragment(glyphs: run)) }
        return out
    }

    /// Whether `rows[index]` is a section row inside a table (`按产业分`, `其中：`): one fragment, no
    /// figure, in the label column (left of the data's second cells), with a tabular row after it.
    static func isSectionRow(_ rows: [[Fragment]], _ index: Int, of data: [[Fragment]]) -> Bool {
        let row = rows[index]
        guard row.count == 1, !row[0].isQuantity, index + 1 < rows.count, isTabular(rows[index + 1]) else { return false }
        let cells = data.filter { $0.count >= 2 }.map { $0[1].x0 }
        guard let second = cells.min() else { return false }
        return row[0].x1 < second
    }

    /// `row` with the wrapped line `next` joined to its cells: each piece of `next` goes to the
    /// one fragment of `row` it lies under (their x ranges overlap); nil when a piece lies under
    /// none or several, or `next` holds a figure.
    static func joined(_ row: [Fragment], wrapped next: [Fragment]) -> [Fragment]? {
        guard !next.contains(where: \.isQuantity) else { return nil }
        var out = row
        for piece in next {
            let under = row.indices.filter { row[$0].x0 < piece.x1 && piece.x0 < row[$0].x1 }
            guard under.count == 1 else { return nil }
            out[under[0]] = Fragment(glyphs: out[under[0]].glyphs + piece.glyphs)
        }
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
