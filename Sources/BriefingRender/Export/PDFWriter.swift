import Foundation

/// Writes a ``DocumentSpec`` as a tagged A4 PDF with outline, linked table of contents,
/// running header and footer, and metadata.
///
/// Two passes: the document is laid out and paginated first (so every heading's page is known),
/// then drawn. Dates come from the metadata, else `SOURCE_DATE_EPOCH`: two runs give identical bytes.
///
/// ```swift
/// let result = try PDFWriter().write(doc, to: URL(fileURLWithPath: "Reports/briefing.pdf"))
/// print(result.pageCount, result.outline.count)
/// ```
public struct PDFWriter: Sendable {
    public var glyphPolicy: GlyphPolicy
    public var geometry: PageGeometry
    public init(glyphPolicy: GlyphPolicy = .placeholder, geometry: PageGeometry = .a4) {
        self.glyphPolicy = glyphPolicy; self.geometry = geometry
    }

    /// Lays out and paginates `doc` without drawing.
    public func paginate(_ doc: DocumentSpec) throws -> Pagination {
        try RenderLock.run { try DocumentLayout(doc, geometry: geometry, text: TextEngine(glyphPolicy: glyphPolicy)).summary }
    }

    /// Writes `doc` to `url` (folders created, atomic rename) and says what it contains.
    @discardableResult
    public func write(_ doc: DocumentSpec, to url: URL) throws -> PDFResult {
        let (pdf, result) = try RenderLock.run { () throws -> ([UInt8], PDFResult) in
            let text = try TextEngine(glyphPolicy: glyphPolicy)
            let layout = try DocumentLayout(doc, geometry: geometry, text: text)
            var painter = try PagePainter(doc: doc, layout: layout, text: text)
            do {
                let (bytes, outline) = try painter.drawAll()
                return (bytes, PDFResult(pageCount: layout.pages.count, outline: outline, missingCharacters: text.missingCharacters))
            } catch let error as CairoError {
                throw RenderError.cairo(error, path: url.path)
            }
        }
        // The whole PDF is in memory: one checked write, then the rename (nothing partial on disk).
        try AtomicFile.write(pdf, to: url)
        return result
    }
}
