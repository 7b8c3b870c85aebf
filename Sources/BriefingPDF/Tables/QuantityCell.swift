/// A table cell that holds one figure as printed: `15.1`, `-2.4`, `▼−8.2万吨`, `▲约+10.52亿千瓦时`,
/// `35%以上`, `1.632吨标煤/吨铝`, `+2.69个百分点`, `−1/3`. Its parts keep their glyphs (and so their place
/// on the page): a direction (▲/▼, +/−), 约, the number (with `%`), a unit, a qualifier.
///
/// Not a quantity: text, a date or period (`2024年`, `3月`), a place (`第407行`), a number
/// followed by more than a short unit (`12项措施落实到位`).
struct QuantityCell {
    enum Sign { case up, down }
    var sign: Sign?
    var approx = false
    var number: [PDFGlyph]
    var unit: [PDFGlyph]
    var qualifier: [PDFGlyph]

    static let qualifiers = ["以上", "以下", "以内", "左右", "多", "余"]
    /// Units that make a number a date, a period or a rank, not a figure.
    static let notFigures: Set<String> = ["年", "月", "日", "号", "期", "版", "页", "届", "次会议"]

    init?(_ glyphs: [PDFGlyph]) {
        var g = glyphs.filter { !$0.isSpace }[...]
        // Direction marks and 约, in any order before the number.
        while let c = g.first?.scalar {
            switch c {
            case "▲", "△", "↑", "+", "＋": sign = .up
            case "▼", "▽", "↓", "-", "−", "–", "－": sign = .down
            case "约": approx = true
            default: break
            }
            guard "▲△↑+＋▼▽↓-−–－约".unicodeScalars.contains(c) else { break }
            g = g.dropFirst()
        }
        let digits = g.prefix { "0123456789.,%".unicodeScalars.contains($0.scalar) }
        guard digits.contains(where: { ("0"..."9").contains($0.scalar) }), digits.first.map({ ("0"..."9").contains($0.scalar) }) == true
        else { return nil }
        number = Array(digits)
        var rest = Array(g.dropFirst(digits.count))
        // A fraction: 1/3.
        if rest.first?.scalar == "/", rest.count >= 2, ("0"..."9").contains(rest[1].scalar) {
            let denominator = rest.dropFirst().prefix { ("0"..."9").contains($0.scalar) }
            number += [rest[0]] + denominator
            rest.removeFirst(1 + denominator.count)
        }
        let text = String(String.UnicodeScalarView(rest.map(\.scalar)))
        qualifier = []
        if let q = Self.qualifiers.first(where: { text.hasSuffix($0) }) {
            qualifier = Array(rest.suffix(q.unicodeScalars.count))
            rest.removeLast(q.unicodeScalars.count)
        }
        unit = rest
        let unitText = String(String.UnicodeScalarView(rest.map(\.scalar)))
        guard unit.count <= 8, !Self.notFigures.contains(unitText), unit.allSatisfy(Self.isUnitCharacter) else { return nil }
        // A digit in a unit only after a Latin letter (mg/m3).
        if let firstDigit = unit.firstIndex(where: { ("0"..."9").contains($0.scalar) }),
           !unit[..<firstDigit].contains(where: { $0.scalar.isASCII && $0.scalar.properties.isAlphabetic }) {
            return nil
        }
    }

    var isPercent: Bool { number.last?.scalar == "%" || unitText == "%" || unitText.hasSuffix("百分点") }
    var unitText: String { String(String.UnicodeScalarView(unit.map(\.scalar))) }

    private static func isUnitCharacter(_ g: PDFGlyph) -> Bool {
        let s = g.scalar
        if s.properties.isIdeographic || s.properties.isAlphabetic { return true }
        return "/%‰³²·".unicodeScalars.contains(s) || ("0"..."9").contains(s)
    }
}
