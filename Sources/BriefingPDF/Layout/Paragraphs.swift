/// Rows of one leaf (a column, a band) joined into paragraphs. A row starts a new paragraph
/// when it is indented, when the row before ended short of the leaf's right edge (by 1.5 font
/// sizes after a sentence end, by 5 otherwise: ragged lines wrap before numbers), when the font
/// size changes, or after a gap (the distance between row middles beyond 1.35 times the leaf's usual one); the lines of a paragraph are joined without
/// a break (a space only between two Latin letters: a number cut by a line break is one number). A paragraph left open at the end
/// of a leaf of two rows or more (its last row full, no 。) runs on into the next leaf when that
/// one starts unindented; a leaf of one row (a headline) is a paragraph of its own.
enum Paragraphs {
    static func append(_ rows: [[Fragment]], page: Int, into assembly: inout TextAssembly) {
        guard !rows.isEmpty else { return }
        let left = rows.map { $0[0].x0 }.min()!, right = rows.map { $0.last!.x1 }.max()!
        // The usual distance between the middles of two rows (the median), for gaps.
        let pitches = zip(rows, rows.dropFirst()).map { middle($1) - middle($0) }.sorted()
        let pitch = pitches.isEmpty ? 0 : pitches[pitches.count / 2]
        var previous: [Fragment]?
        for (k, row) in rows.enumerated() {
            let size = row.map(\.size).max()!
            let x0 = row[0].x0
            if let p = previous {
                let pSize = p.map(\.size).max()!
                let indented = x0 > left + 1.2 * size
                let room = right - p.last!.x1
                let ended = p.last!.glyphs.last.map { "。！？：；”".unicodeScalars.contains($0.scalar) } ?? false
                let short = room > 5 * pSize || (room > 1.5 * pSize && ended)
                let resized = abs(size - pSize) > 0.15 * max(size, pSize)
                let gap = middle(row) - middle(p) > max(1.35 * pitch, pitch + 0.5 * size)
                if indented || short || resized || gap { assembly.endParagraph() } else { joinLine(&assembly, row) }
            } else if k == 0 {
                if x0 > left + 1.2 * size || rows.count == 1 { assembly.endParagraph() } else { joinLine(&assembly, row) }
            }
            for (i, f) in row.enumerated() {
                if i > 0 { assembly.append(literal: " ") }
                assembly.append(f.glyphs, page: page)
            }
            previous = row
        }
        // Open when the last row is full and has no sentence end: the next leaf may continue it.
        if rows.count >= 2, let last = rows.last, last.last!.x1 >= right - 2 * last[0].size,
           let end = last.last!.glyphs.last?.scalar, !"。！？：”".unicodeScalars.contains(end) {
            return
        }
        assembly.endParagraph()
    }

    /// A row's vertical middle: the median of its characters' middles (boxes differ by font).
    private static func middle(_ row: [Fragment]) -> Double {
        let m = row.flatMap(\.glyphs).filter { !$0.isSpace }.map(\.centerY).sorted()
        return m.isEmpty ? row[0].centerY : m[m.count / 2]
    }

    /// Between two lines of one paragraph: nothing, or a space between two Latin letters.
    private static func joinLine(_ assembly: inout TextAssembly, _ row: [Fragment]) {
        guard let last = assembly.lastByte, let first = row.first?.glyphs.first?.scalar else { return }
        let latin = { (v: UInt32) in (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if latin(UInt32(last)) && latin(first.value) { assembly.append(literal: " ") }
    }
}
