/// Where the characters of a text read from a PDF stand on its pages.
///
/// A PDF ingest builds `Document.original` from the characters it reads, in reading order;
/// each character drawn on a page is one `Glyph` here, keyed by the byte offset in `original`
/// where its UTF-8 starts (ascending). Bytes the ingest added (spaces, line breaks) have no
/// glyph. Boxes are in PDF points, origin at the page's top left, y growing down.
///
/// ```
/// let place = provenance.place(ofOriginal: 120..<124)   // (page: 2, box: [72, 300.5, 24, 12])
/// ```
public struct PageProvenance: Sendable, Hashable {
    /// One drawn character: where it starts in `original`, its 1-based page, its box.
    public struct Glyph: Sendable, Hashable {
        public var offset: Int32
        public var page: Int32
        public var x: Float, y: Float, width: Float, height: Float

        public init(offset: Int32, page: Int32, x: Float, y: Float, width: Float, height: Float) {
            self.offset = offset; self.page = page; self.x = x; self.y = y; self.width = width; self.height = height
        }
    }

    /// The glyphs in ascending `offset`.
    public let glyphs: [Glyph]
    /// Width and height of each page in points (index 0 is page 1).
    public let pageSizes: [(width: Double, height: Double)]

    public init(glyphs: [Glyph], pageSizes: [(width: Double, height: Double)]) {
        self.glyphs = glyphs; self.pageSizes = pageSizes
    }

    /// The page of the first glyph in `bytes` and the union of the boxes of the glyphs in
    /// `bytes` on that page, as [x, y, width, height] in points; nil when no glyph is in it.
    public func place(ofOriginal bytes: Range<Int>) -> (page: Int, box: [Double])? {
        var lo = 0, hi = glyphs.count
        while lo < hi {  // first glyph at or after bytes.lowerBound
            let mid = (lo + hi) / 2
            if Int(glyphs[mid].offset) < bytes.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < glyphs.count, Int(glyphs[lo].offset) < bytes.upperBound else { return nil }
        let page = glyphs[lo].page
        var x0 = Float.infinity, y0 = Float.infinity, x1 = -Float.infinity, y1 = -Float.infinity
        var k = lo
        while k < glyphs.count, Int(glyphs[k].offset) < bytes.upperBound {
            let g = glyphs[k]
            if g.page == page {
                x0 = min(x0, g.x); y0 = min(y0, g.y); x1 = max(x1, g.x + g.width); y1 = max(y1, g.y + g.height)
            }
            k += 1
        }
        let round = { (v: Float) in (Double(v) * 10).rounded() / 10 }
        return (Int(page), [round(x0), round(y0), round(x1 - x0), round(y1 - y0)])
    }

    public static func == (a: PageProvenance, b: PageProvenance) -> Bool {
        a.glyphs == b.glyphs && a.pageSizes.elementsEqual(b.pageSizes) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(glyphs.count) }
}
