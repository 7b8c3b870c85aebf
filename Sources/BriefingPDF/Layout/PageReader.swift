/// One page read into the assembly, in reading order:
/// glyphs ─► fragments ─► footers dropped ─► vertical titles joined ─► leaves (ReadingOrder)
/// ─► per leaf: vertical titles, then rows split into tables (TableSentences) and text (Paragraphs).
enum PageReader {
    /// Appends the page's text; false when the page has no text at all.
    static func read(_ page: PopplerPageRef, number: Int, into assembly: inout TextAssembly) -> Bool {
        let glyphs = page.glyphs()
        guard glyphs.contains(where: { !$0.isSpace && $0.scalar != "\n" }) else { return false }
        let height = page.size.height
        var fragments = Fragment.split(glyphs).filter { !PageFooters.isFooter($0, pageHeight: height) }
        guard !fragments.isEmpty else { return true }
        fragments = VerticalTitles.join(fragments)
        let body = bodySize(fragments)
        for leaf in ReadingOrder.leaves(fragments, bodySize: body) {
            for title in leaf where title.vertical {
                assembly.endParagraph()
                assembly.append(title.glyphs, page: number)
                assembly.endParagraph()
            }
            let rows = Rows.group(leaf.filter { !$0.vertical })
            for segment in TableReader.segment(rows) {
                switch segment {
                case let .text(rows): Paragraphs.append(rows, page: number, into: &assembly)
                case let .table(table): TableSentences.append(table, page: number, into: &assembly)
                }
            }
        }
        return true
    }

    /// The size most characters have (weighted by count): the body text's.
    static func bodySize(_ fragments: [Fragment]) -> Double {
        var counts: [Int: Int] = [:]
        for f in fragments { counts[Int((f.size * 2).rounded()), default: 0] += f.glyphs.count }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { Double($0.key) / 2 } ?? 10
    }
}
