import BriefingAnalysis
import CPoppler

/// A PDF input opened again after it was read, to draw its pages (the briefing's source crops)
/// and to check that a number still stands where it was read.
///
/// Opening reads the file anew (read-only, size-limited) and fails with the same errors as the
/// ingest: gone, not a PDF, encrypted, damaged.
///
/// ```
/// let pdf = try SourcePDF(path: "report.pdf")
/// if let page = pdf.page(3) { page.render(cairo: cr) }   // cr: a cairo_t *
/// ```
public final class SourcePDF: @unchecked Sendable {
    private let file: PopplerFile
    public let path: String

    public init(path: String) throws {
        let bytes = try Ingest.bytes(path: path)
        guard PDFIngest.isPDF(bytes) else {
            throw IngestError(path: path, reason: bytes.isEmpty ? "file is empty now" : "is no longer a PDF (no %PDF- header)")
        }
        file = try PopplerFile(bytes: bytes, path: path)
        self.path = path
    }

    public var pageCount: Int { file.pageCount }

    /// Page `number` (1-based); nil when the file has fewer pages or the page cannot be built.
    public func page(_ number: Int) -> SourcePDFPage? {
        guard number >= 1, number <= file.pageCount, let page = file.page(number - 1) else { return nil }
        return SourcePDFPage(page: page, number: number, owner: self)
    }
}

/// One page of a ``SourcePDF``: its size, its characters with their boxes, and its drawing.
public final class SourcePDFPage: @unchecked Sendable {
    /// A character on the page and its box in points (origin top left, y down).
    public struct Character: Sendable {
        public let scalar: Unicode.Scalar
        public let x0: Double, y0: Double, x1: Double, y1: Double
    }

    private let page: PopplerPageRef
    private let owner: SourcePDF  // the document outlives its pages
    public let number: Int
    public let width: Double, height: Double

    init(page: PopplerPageRef, number: Int, owner: SourcePDF) {
        self.page = page; self.number = number; self.owner = owner
        (width, height) = page.size
    }

    /// The characters (spaces and line ends left out), in Poppler's order.
    public var characters: [Character] {
        page.glyphs().filter { !$0.isSpace && $0.scalar != "\n" && $0.scalar != "\r" }
            .map { Character(scalar: $0.scalar, x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }
    }

    /// Draws the page with Poppler on `cairo` (a `cairo_t *`) in the page's own points, as
    /// vectors when the target is a vector surface.
    public func render(cairo: OpaquePointer) {
        poppler_page_render(page.pointer, cairo)
    }
}
