/// A run of characters on one line of a page with no wide gap inside: a piece of a column's
/// line, a table cell, a footer, or (joined from one-character lines) a vertical title.
struct Fragment: Sendable {
    var glyphs: [PDFGlyph]
    var x0: Double, y0: Double, x1: Double, y1: Double
    /// The median font size of its characters.
    var size: Double
    /// Set for a title printed one character per line.
    var vertical = false

    init(glyphs: [PDFGlyph]) {
        self.glyphs = glyphs
        x0 = glyphs.map(\.x0).min() ?? 0; x1 = glyphs.map(\.x1).max() ?? 0
        y0 = glyphs.map(\.y0).min() ?? 0; y1 = glyphs.map(\.y1).max() ?? 0
        let sizes = glyphs.filter { !$0.isSpace }.map(\.size).sorted()
        size = sizes.isEmpty ? 10 : sizes[sizes.count / 2]
    }

    var text: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: glyphs.map(\.scalar))
        return String(s)
    }

    var centerY: Double { (y0 + y1) / 2 }
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }

    /// Whether it is a number alone (a table cell): digits with an optional sign, separators,
    /// decimal point and percent sign.
    var isNumeric: Bool {
        var digits = 0
        for (k, g) in glyphs.enumerated() where !g.isSpace {
            switch g.scalar {
            case "0"..."9": digits += 1
            case ".", ",", "%": continue
            case "-", "+", "−", "–": if k > 1 { return false }
            default: return false
            }
        }
        return digits > 0
    }

    /// Whether it is one figure as a table prints it (see ``QuantityCell``): `15.1`, `▼−8.2万吨`, `35%以上`.
    var isQuantity: Bool { QuantityCell(glyphs) != nil }

    /// Splits Poppler's lines (glyphs up to each "\n") into fragments wherever two characters
    /// are more than `gap` font sizes apart or the baseline jumps; spaces at either end dropped.
    static func split(_ glyphs: [PDFGlyph], gap: Double = 1.2) -> [Fragment] {
        var out: [Fragment] = []
        var run: [PDFGlyph] = []
        var last: PDFGlyph?
        func flush() {
            while let g = run.last, g.isSpace { run.removeLast() }
            while let g = run.first, g.isSpace { run.removeFirst() }
            if !run.isEmpty { out.append(Fragment(glyphs: run)) }
            run = []; last = nil
        }
        for g in glyphs {
            if g.scalar == "\n" || g.scalar == "\r" { flush(); continue }
            if g.isSpace { if !run.isEmpty { run.append(g) }; continue }
            if let p = last {
                let size = max(min(p.size, g.size), 1)
                let jump = abs(p.centerY - g.centerY) > 0.6 * size || g.x0 < p.x0 - 0.5 * size
                if jump || g.x0 - p.x1 > gap * size { flush() }
            }
            run.append(g); last = g
        }
        flush()
        return out
    }
}
