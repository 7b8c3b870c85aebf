import BriefingRender

/// The pages of PDF inputs, opened again when the briefing is drawn, for the appendix's source
/// crops. The report layer reads no PDF itself: the caller (the command line, with Poppler)
/// supplies the pages.
public protocol SourcePageProvider: Sendable {
    /// Page `number` (1-based) of the PDF `file` as the figures name it; throws an error whose
    /// description says why it cannot be had (the file is gone, is no longer a PDF, has fewer pages).
    func page(file: String, number: Int) throws -> SourcePage
}

/// A source page as the crops need it: its size, where its characters stand, and its drawing.
public struct SourcePage: Sendable {
    /// A character and its box in the page's points (origin top left, y down).
    public struct Character: Sendable {
        public var scalar: Unicode.Scalar
        public var box: Rect
        public init(scalar: Unicode.Scalar, box: Rect) { self.scalar = scalar; self.box = box }
    }

    public var width: Double
    public var height: Double
    public var characters: [Character]
    public var drawing: any ExternalPageDrawing

    public init(width: Double, height: Double, characters: [Character], drawing: any ExternalPageDrawing) {
        self.width = width; self.height = height; self.characters = characters; self.drawing = drawing
    }
}
