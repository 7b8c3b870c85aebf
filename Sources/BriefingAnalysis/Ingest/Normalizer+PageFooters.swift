extension Normalizer {
    /// Blanks the lines that are page furniture, so that a sentence broken by a page end joins
    /// across them: page footers and headers printed on a line of their own (`— 3 —`, `- 12 -`,
    /// `第 4 页`, `第4页 共18页`, `4 / 18`). Their text stays in the buffer (nothing moves); a
    /// blank line is not emitted by `joinLines`.
    static func blankPageFooters(_ lines: inout [LineInfo], _ s: [Unicode.Scalar]) {
        for k in lines.indices where !lines[k].blank && lines[k].end - lines[k].start <= 16 {
            if isPageFooter(s[lines[k].start..<lines[k].end]) {
                lines[k].end = lines[k].start
                lines[k].width = 0
                lines[k].spaces = 0
            }
        }
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c { case "—", "-", "–", "─", "－", "―", "‒": return true; default: return false }
    }

    /// `— 3 —`, `-3-`, `第 3 页`, `第3页 共18页`, `3/18`, `3 / 18` (spaces anywhere).
    static func isPageFooter(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let t = line.filter { $0 != " " && $0 != "\u{3000}" }
        guard !t.isEmpty else { return false }
        var i = t.startIndex
        func digits() -> Int {
            var n = 0
            while i < t.endIndex, t[i].isDigit { i += 1; n += 1 }
            return n
        }
        if isDash(t[i]) {
            while i < t.endIndex, isDash(t[i]) { i += 1 }
            guard (1...4).contains(digits()) else { return false }
            var dashes = 0
            while i < t.endIndex, isDash(t[i]) { i += 1; dashes += 1 }
            return dashes > 0 && i == t.endIndex
        }
        if t[i] == "第" {
            i += 1
            guard (1...4).contains(digits()), i < t.endIndex, t[i] == "页" else { return false }
            i += 1
            if i == t.endIndex { return true }
            guard t[i] == "共" else { return false }
            i += 1
            guard (1...4).contains(digits()), i < t.endIndex, t[i] == "页" else { return false }
            return i + 1 == t.endIndex
        }
        guard (1...4).contains(digits()), i < t.endIndex, t[i] == "/" else { return false }
        i += 1
        return (1...4).contains(digits()) && i == t.endIndex
    }
}
