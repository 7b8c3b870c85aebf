/// One character Poppler read from a page: the scalar, its box in points (origin at the
/// page's top left, y down) and its font size.
struct PDFGlyph: Sendable {
    var scalar: Unicode.Scalar
    var x0: Double, y0: Double, x1: Double, y1: Double
    var size: Double

    var isSpace: Bool { scalar == " " || scalar == "\u{3000}" || scalar == "\t" || scalar == "\u{A0}" }
    var centerX: Double { (x0 + x1) / 2 }
    var centerY: Double { (y0 + y1) / 2 }
}
