import BriefingAnalysis

/// The text a PDF ingest rebuilds, as UTF-8, with a `PageProvenance.Glyph` for every byte
/// sequence that a character on a page gave; what the ingest adds itself (paragraph breaks,
/// the words of a table row's sentence) has none.
struct TextAssembly {
    private(set) var bytes: [UInt8] = []
    private(set) var glyphs: [PageProvenance.Glyph] = []
    /// Where paragraphs start that are their own: no text before runs into them (see
    /// ``startOwnParagraph()``).
    private(set) var ownParagraphs: Set<Int32> = []
    /// Whether any character of a page was appended.
    var hasText: Bool { !glyphs.isEmpty }

    /// Appends a character drawn on page `page` (1-based).
    mutating func append(_ g: PDFGlyph, page: Int) {
        guard g.scalar.value >= 0x20, g.scalar.value != 0x7F, g.scalar != "\u{FFFD}" else { return }
        glyphs.append(PageProvenance.Glyph(offset: Int32(bytes.count), page: Int32(page), x: Float(g.x0), y: Float(g.y0),
                                           width: Float(g.x1 - g.x0), height: Float(g.y1 - g.y0)))
        bytes.append(contentsOf: String(Character(g.scalar)).utf8)
    }

    mutating func append(_ glyphs: [PDFGlyph], page: Int) { for g in glyphs { append(g, page: page) } }

    /// Appends words of the ingest's own (no place on a page).
    mutating func append(literal: String) { bytes.append(contentsOf: literal.utf8) }

    /// Ends the paragraph: a blank line, unless the text is empty or already ends with one.
    mutating func endParagraph() {
        guard !bytes.isEmpty else { return }
        while bytes.last == 0x20 { bytes.removeLast() }
        if bytes.last != 0x0A { bytes.append(0x0A) }
        if bytes.count >= 2, bytes[bytes.count - 2] == 0x0A { return }
        bytes.append(0x0A)
    }

    /// Ends the paragraph and starts one that the text before never runs into, whatever it
    /// ends with (a table row's sentence after a caption without 。).
    mutating func startOwnParagraph() {
        endParagraph()
        ownParagraphs.insert(Int32(bytes.count))
    }

    /// The last scalar's byte, for joining decisions (nil when empty).
    var lastByte: UInt8? { bytes.last }
}
