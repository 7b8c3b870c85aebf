import CCairo
import Foundation

/// A PDF of freely placed text runs and rectangles: pages drawn exactly where told, with no
/// flow. Tests use it to lay out newspaper-like pages (columns, a vertical title, a table) whose
/// text is known, and read them back.
///
/// ```
/// var page = SketchPDF.Page()
/// page.text("环保简讯", x: 72, y: 60, size: 18)
/// try SketchPDF(pages: [page]).write(to: "/tmp/news.pdf")
/// ```
public struct SketchPDF: Sendable {
    /// One page: its size in points and what is drawn on it, in order.
    public struct Page: Sendable {
        public var width: Double
        public var height: Double
        public var runs: [Run] = []
        public var rules: [Rect] = []
        /// Grey images (a stand-in for a scanned page: pixels, no text).
        public var images: [Rect] = []

        public init(width: Double = 595.28, height: Double = 841.89) { self.width = width; self.height = height }

        /// A run of text with its top left at (`x`, `y`), wrapped at `width` when given.
        public mutating func text(_ text: String, x: Double, y: Double, size: Double, width: Double? = nil, bold: Bool = false) {
            runs.append(Run(text: text, x: x, y: y, size: size, width: width, bold: bold))
        }

        /// A filled black rectangle (a table rule).
        public mutating func rule(x: Double, y: Double, width: Double, height: Double) {
            rules.append(Rect(x: x, y: y, width: width, height: height))
        }

        /// A grey 16×16-pixel image scaled into the rectangle.
        public mutating func image(x: Double, y: Double, width: Double, height: Double) {
            images.append(Rect(x: x, y: y, width: width, height: height))
        }
    }

    /// A run of text placed on a page.
    public struct Run: Sendable {
        public var text: String, x: Double, y: Double, size: Double, width: Double?, bold: Bool
    }

    public var pages: [Page]

    public init(pages: [Page]) { self.pages = pages }

    /// Writes the PDF to `path`; throws when a run has a character without a glyph or cairo
    /// fails. A run without `width` is one line, drawn with its top left at (`x`, `y`).
    public func write(to path: String) throws {
        let bytes = try RenderLock.run { () throws -> [UInt8] in
            let engine = try TextEngine()
            let first = pages.first ?? Page()
            let surface = try CairoSurface.pdf(width: first.width, height: first.height)
            let context = try CairoContext(surface: surface)
            for page in pages {
                try surface.pdfSetSize(width: page.width, height: page.height)
                for rule in page.rules { context.fillRect(rule, RGBA(r: 0, g: 0, b: 0, a: 1)) }
                for rect in page.images {
                    let image = try CairoSurface.image(width: 16, height: 16)
                    let painter = try CairoContext(surface: image)
                    painter.paint(RGBA(r: 0.6, g: 0.6, b: 0.6, a: 1))
                    context.save()
                    context.translate(rect.x, rect.y)
                    cairo_scale(context.pointer, rect.width / 16, rect.height / 16)
                    cairo_set_source_surface(context.pointer, image.pointer, 0, 0)
                    cairo_paint(context.pointer)
                    context.restore()
                }
                for run in page.runs {
                    let box = try engine.box(run.text, style: TextStyle(size: run.size, bold: run.bold, lineHeight: 1.5),
                                             width: run.width)
                    context.showLayout(box.layout, at: Point(x: run.x, y: run.y), RGBA(r: 0, g: 0, b: 0, a: 1))
                }
                try context.showPage()
            }
            return try surface.finishedBytes()
        }
        try AtomicFile.write(bytes, to: URL(fileURLWithPath: path))
    }
}
