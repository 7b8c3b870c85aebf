/// Terminal column width of text: East Asian wide and fullwidth characters count two.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    public static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 || (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// `text` padded with spaces to `width` columns (left-aligned unless `right`).
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - of(text))
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    /// `text` cut to at most `width` columns, with "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for s in text.unicodeScalars {
            let w = self.width(of: s)
            if used + w > width - 1 { break }
            out.append(s); used += w
        }
        return String(out) + "…"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// A plain text table with columns aligned by display width.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    public init(headers: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.headers = headers; self.rows = rows; self.rightAligned = rightAligned
    }

    public func render() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { DisplayWidth.pad($1, to: widths[$0], right: rightAligned.contains($0)) }
                .joined(separator: "  ").trimmingTrailingSpaces
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
