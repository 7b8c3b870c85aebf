extension Normalizer {
    /// A line of the folded text: its trimmed range and what the join rules need to know.
    struct LineInfo: Equatable {
        var start = 0, end = 0           // trimmed range in the buffer
        var breakPos = -1                // position of the "\n" after it, or -1 at the end
        var width = 0                    // in half-ems: wide characters 2, others 1
        var spaces = 0                   // spaces inside the trimmed range
        var blank: Bool { start == end }
        var single: Bool { end - start == 1 }
    }

    /// Pass 3: joins lines broken by PDF extraction into paragraphs separated by one "\n".
    ///
    /// Widths count wide (CJK) characters as 2 and others as 1, measured on the original
    /// characters (see `measureLine`). A line is *full* when it is at least 3/4 of its column
    /// width, estimated as the upper-middle width of the 4 text lines before and the 4 after it.
    ///
    /// A line continues on the next non-blank line when
    /// - it ends inside a number (`4.`/`76%`, `8.2万`/`吨`, even across blank lines), or with a
    ///   comma, enumeration comma, semicolon or an opening quote or bracket;
    /// - it is full (across blank lines too, unless the next line is a standalone heading: short,
    ///   without 。!?, followed by a blank line or a block start);
    /// - with no blank line between: the next line is full and this one is at least 85% of its
    ///   width, or this line starts a block (本报讯 …, 问: …) and is at least 60% of it;
    ///   never between two lines that open with a short label and a colon (排放浓度：…).
    ///
    /// It breaks after a sentence end (。!? possibly followed by closing quotes, `。(李哲)`
    /// bylines, `张红 摄` photo credits), after a `【…】` head, before a line that starts a
    /// block (【, 问:, 答:, □, ▲, ◀, ——, 一、, (一), 1、, 本报讯, 编者按, 图为, 图①), and
    /// after any other short line (a heading or a paragraph's last line).
    /// Runs of ≥ 3 one-character lines (titles printed vertically) become one paragraph.
    /// The spaces inside lines are tidied as the lines are copied (see `copyTidyingSpaces`).
    ///
    /// Limits: a heading that is nearly as wide as its column and is followed directly by
    /// text is joined to it; a paragraph's last line that happens to be full and lacks final
    /// punctuation runs into the next paragraph.
    /// `paragraphStarts`: original byte offsets where a paragraph starts that no line before it
    /// may run into (the sentences a PDF ingest makes of a table's rows).
    static func joinLines(_ buf: inout ScalarBuffer, paragraphStarts: Set<Int32> = []) {
        var lines = buf.lines
        buf.lines = []
        blankPageFooters(&lines, buf.s)
        let kinds = lineKinds(lines)
        lines.withUnsafeBufferPointer { lines in
            kinds.withUnsafeBufferPointer { kinds in
                buf.rewrite { s, o, out in
                    LineJoiner(s: s, o: o, lines: lines, kinds: kinds, paragraphStarts: paragraphStarts).join(into: &out)
                }
            }
        }
    }

    /// What the join rules know of a line besides its `LineInfo`.
    struct LineKind: OptionSet {
        let rawValue: UInt8
        /// One of ≥ 3 one-character lines in a row (a title printed vertically).
        static let vertical = LineKind(rawValue: 1)
        /// At least 3/4 of its column width (see `lineKinds`).
        static let full = LineKind(rawValue: 2)
    }

    /// The join rules over the lines of one text, read in place (see `ScalarBuffer.rewrite`).
    struct LineJoiner {
        let s: UnsafeBufferPointer<UInt32>
        let o: UnsafeBufferPointer<Int32>
        let lines: UnsafeBufferPointer<LineInfo>
        let kinds: UnsafeBufferPointer<LineKind>
        var paragraphStarts: Set<Int32> = []

        /// Joins the lines `emitted` (all of them by default) into `out`. A chunk of a file read
        /// in parts emits a range of its window's lines, the lines around it there for the
        /// rules that look at neighbours (see `Normalizer.normalizeChunk`).
        func join(into out: inout Writer, emitted: Range<Int>? = nil) {
            let m = emitted?.upperBound ?? lines.count
            var chainEnd = -1  // see copyTidyingSpaces
            // Each line is decided before it is emitted: emitting may overwrite its old range.
            var i = emitted?.lowerBound ?? 0
            while i < m {
                let l = lines[i]
                if l.blank { i += 1; continue }
                if kinds[i].contains(.vertical) {
                    if let last = out.last, last != 0x0A { emitBreak(after: i - 1, &out) }
                    var k = i
                    while k < m && kinds[k].contains(.vertical) { out.append(s[lines[k].start], o[lines[k].start]); k += 1 }
                    emitBreak(after: k - 1, &out)
                    i = k
                    continue
                }
                let next = joinTarget(i)
                emitLine(i, joinsTo: next, &out, &chainEnd)
                guard let j = next ?? nextNonBlank(i) else { break }
                if next == nil { emitBreak(after: i, &out) }
                i = j
            }
            while out.last == 0x0A { out.count -= 1 }
        }

        func emitBreak(after i: Int, _ out: inout Writer) {
            guard let l = out.last, l != 0x0A else { return }
            let bp = lines[i].breakPos
            out.append(0x0A, bp >= 0 ? o[bp] : o[lines[i].end - 1])
        }

        /// Emits line `i` (not blank, not vertical), which joins line `next` if that is not nil.
        func emitLine(_ i: Int, joinsTo next: Int?, _ out: inout Writer, _ chainEnd: inout Int) {
            let l = lines[i]
            if let prev = out.last, prev != 0x0A, needsSpace(prev, s[l.start]) {
                out.append(0x20, o[l.start])
            }
            if l.spaces == 0 {
                out.append(copying: l.end - l.start, from: l.start, s, o)
            } else {
                copyTidyingSpaces(i, joinsTo: next, &out, &chainEnd)
            }
        }

        /// The line that line `i` (not blank, not vertical) continues on, if it does.
        func joinTarget(_ i: Int) -> Int? {
            guard let j = nextNonBlank(i), !kinds[j].contains(.vertical), continues(i, j) else { return nil }
            return j
        }

        func nextNonBlank(_ i: Int) -> Int? {
            var k = i + 1
            while k < lines.count && lines[k].blank { k += 1 }
            return k < lines.count ? k : nil
        }

        func isFull(_ i: Int) -> Bool { kinds[i].contains(.full) }

        /// Whether line `i` continues on line `j` (the next non-blank line, not vertical).
        func continues(_ i: Int, _ j: Int) -> Bool {
            if !paragraphStarts.isEmpty, paragraphStarts.contains(o[lines[j].start]) { return false }
            let a = lines[i], b = lines[j]
            let lastV = s[a.end - 1]
            let prevV = a.end - 2 >= a.start ? s[a.end - 2] : 0
            let firstV = s[b.start]
            // Most breaks of prose fall inside a word, between two ideographs. Unless the
            // second may open a block, no block starts there, and a line that ends in an
            // ideograph other than 摄 neither ends a sentence nor is a 【…】 head, nor ends
            // inside a number or with punctuation: of the rules up to the widths only the
            // quantity and the form rules are left.
            let insideWord = CharClass.isIdeograph(lastV) && lastV != 0x6444
                && CharClass.isIdeograph(firstV) && !mayOpenBlock(firstV)
            if !insideWord {
                if startsBlock(s, b) || isBlockHead(s, a) || endsSentence(s, a) { return false }
                // Inside a number: "4." + "76%", "下降 4" + ".76%".
                if CharClass.isDigit(lastV) || (lastV == 0x2E && CharClass.isDigit(prevV)) {
                    if CharClass.isDigit(firstV) || firstV == 0x25 || firstV == 0x2E || CharClass.isIdeograph(firstV) { return true }
                }
                // Clause punctuation or an opening quote/bracket at the end: the sentence goes on.
                switch lastV {
                case 0x2C, 0x3001, 0x3B, 0x201C, 0x2018, 0x300A, 0x28, 0x3010, 0x300C: return true
                default: break
                }
            }
            // Inside a quantity: "8.2万" + "吨".
            if (lastV == 0x4E07 || lastV == 0x4EBF || lastV == 0x5343 || lastV == 0x767E) && CharClass.isDigit(prevV)
                && CharClass.isIdeograph(firstV) { return true }
            // "排放浓度：…" after "主要污染物：…": a form printing one item a line (in prose a
            // line may start at "表示：" by chance; two such lines in a row are a form).
            if startsKeyValue(s, b) && startsKeyValue(s, a) { return false }
            if j > i + 1 { return isFull(i) && !isStandaloneHeading(j) && !endsTitle(a) }
            // Directly followed by a full line of (nearly) the same width: same block. A block's
            // first line (本报讯 …, 问: …) often starts after a wider block: compare with the next line.
            let nextIsFull = isFull(j)
            return isFull(i) || (nextIsFull && Double(a.width) >= 0.85 * Double(b.width))
                || (startsBlock(s, a) && nextIsFull && Double(a.width) >= 0.6 * Double(b.width))
        }

        /// A line that ends with the word of a document's title (…统计公报, …报告, …（摘要）):
        /// a title, never joined across the blank line after it.
        func endsTitle(_ l: LineInfo) -> Bool {
            var e = l.end
            // "…公报(摘要)": the word before the bracket.
            if e - 4 >= l.start, s[e - 1] == 0x29 || s[e - 1] == 0xFF09,
               let open = (l.start..<e).reversed().first(where: { s[$0] == 0x28 || s[$0] == 0xFF08 }) { e = open }
            guard e - 2 >= l.start else { return false }
            let last2 = (s[e - 2], s[e - 1])
            return Self.titleEnds.contains { $0.0 == last2.0 && $0.1 == last2.1 }
        }

        /// 公报 报告 通报 简报 年报 综述 汇编.
        static let titleEnds: [(UInt32, UInt32)] = ["公报", "报告", "通报", "简报", "年报", "综述", "汇编"].map {
            let u = Array($0.unicodeScalars); return (u[0].value, u[1].value)
        }

        /// A short line without 。!? followed by a blank line or a block start.
        func isStandaloneHeading(_ j: Int) -> Bool {
            if isFull(j) || hasSentenceEnd(lines[j]) { return false }
            guard let after = nextNonBlank(j) else { return true }
            return after > j + 1 || startsBlock(s, lines[after])
        }

        func hasSentenceEnd(_ l: LineInfo) -> Bool {
            for k in l.start..<l.end { let v = s[k]; if v == 0x3002 || v == 0x21 || v == 0x3F { return true } }
            return false
        }
    }

    /// Measures the line `s[from..<to]`: its range without leading and trailing spaces, its
    /// width on the original bytes and the spaces inside it. (`fold` measures every line as
    /// it writes it; this is for lines that `undouble` changed.)
    static func measureLine(_ s: UnsafePointer<UInt32>, _ o: UnsafePointer<Int32>, from: Int, to: Int,
                            original: UnsafeBufferPointer<UInt8>) -> LineInfo {
        var width = 0, spaces = 0
        for q in from..<to {
            // Folded full-width forms are ASCII now but were printed wide: ask the original.
            let v = s[q]
            width += v > 0x10FF || (v < 0x80 && isWideOriginal(o[q], original)) ? 2 : 1
            if v == 0x20 { spaces += 1 }
        }
        return trimmedLine(s, o, from: from, to: to, width: width, spaces: spaces, breakPos: -1, original: original)
    }

    /// Of the characters folded to ASCII, exactly the wide ones (U+1680 and up) take three or
    /// more UTF-8 bytes in the original.
    @inline(__always) static func isWideOriginal(_ offset: Int32, _ original: UnsafeBufferPointer<UInt8>) -> Bool {
        original[Int(offset)] >= 0xE0
    }

    /// The line `s[from..<to]` of `width` holding `spaces` spaces, with leading and trailing
    /// spaces trimmed off: the range a blank line has is the empty one at its end.
    @inline(__always)
    static func trimmedLine(_ s: UnsafePointer<UInt32>, _ o: UnsafePointer<Int32>, from: Int, to: Int,
                            width: Int, spaces: Int, breakPos: Int, original: UnsafeBufferPointer<UInt8>) -> LineInfo {
        var lo = from, hi = to, trimmed = width
        while lo < hi && s[lo] == 0x20 { trimmed -= isWideOriginal(o[lo], original) ? 2 : 1; lo += 1 }
        while hi > lo && s[hi - 1] == 0x20 { trimmed -= isWideOriginal(o[hi - 1], original) ? 2 : 1; hi -= 1 }
        return lo == hi ? LineInfo(start: to, end: to, breakPos: breakPos, width: 0, spaces: 0)
                        : LineInfo(start: lo, end: hi, breakPos: breakPos, width: trimmed, spaces: spaces - (lo - from) - (to - hi))
    }

    /// The kind of each line: vertical (runs of ≥ 3 one-character lines) and full: at least
    /// 3/4 of its column width, the upper-middle width (rank ⌊2·count/3⌋ of the `count` there
    /// are) of up to 4 non-blank, non-vertical lines before it and 4 after it.
    ///
    /// The window is not sorted: 4·width ≥ 3·typical exactly when more than ⌊2·count/3⌋ of
    /// the window's widths v have 3·v ≤ 4·width (that is, 3 times as many more than 2·count) —
    /// 8 comparisons. The widths are read, tripled, from an array padded with 4 sentinels on
    /// each side (Int.max, never counted): every window is 8 loads, without bounds to clip.
    static func lineKinds(_ lines: [LineInfo]) -> [LineKind] {
        let m = lines.count
        var tripled = [Int](repeating: .max, count: m + 8)
        let kinds = [LineKind](unsafeUninitializedCapacity: m) { kinds, initialized in
            kinds.initialize(repeating: [])
            initialized = m
            lines.withUnsafeBufferPointer { lines in
                tripled.withUnsafeMutableBufferPointer { w in
                    // The vertical runs, and the widths of the other text lines in order.
                    var textCount = 0
                    var i = 0
                    while i < m {
                        if lines[i].blank { i &+= 1; continue }
                        var k = i &+ 1
                        if lines[i].single {
                            while k < m && lines[k].single { k &+= 1 }
                            if k &- i >= 3 {
                                for q in i..<k { kinds[q] = .vertical }
                                i = k
                                continue
                            }
                        }
                        for q in i..<k { w[4 &+ textCount] = 3 &* lines[q].width; textCount &+= 1 }
                        i = k
                    }
                    var t = 0  // number of text lines before line i
                    for i in 0..<m {
                        let l = lines[i]
                        if l.blank { continue }  // never asked
                        let isText = kinds[i].isEmpty
                        // Up to 4 text lines before (padded positions t..<t+4) and 4 after.
                        let after = (isText ? t &+ 1 : t) &+ 4
                        let count = min(t, 4) &+ max(0, min(textCount &- (after &- 4), 4))
                        let limit = 4 &* l.width
                        @inline(__always) func fits(_ v: Int) -> Int { v <= limit ? 1 : 0 }
                        let fitting = fits(w[t]) &+ fits(w[t &+ 1]) &+ fits(w[t &+ 2]) &+ fits(w[t &+ 3])
                            &+ fits(w[after]) &+ fits(w[after &+ 1]) &+ fits(w[after &+ 2]) &+ fits(w[after &+ 3])
                        // With no text line around, the column is the line's own width: full.
                        if count == 0 || 3 &* fitting > 2 &* count { kinds[i].insert(.full) }
                        if isText { t &+= 1 }
                    }
                }
            }
        }
        return kinds
    }

    /// Ends a sentence: 。！？!? at the end, possibly followed by closing quotes or brackets, a
    /// byline in brackets after a sentence end (`样板。 (李 哲)`), or a photo credit (`张红 摄`).
    static func endsSentence(_ s: UnsafeBufferPointer<UInt32>, _ l: LineInfo) -> Bool {
        // A photo credit: "… 张红 摄".
        if s[l.end - 1] == 0x6444 && l.end - 2 >= l.start && s[l.end - 2] == 0x20 { return true }
        var k = l.end - 1
        while k > l.start && (CharClass.isCloser(s[k]) || s[k] == 0x20) {
            if s[k] == 0x29 {
                // A short bracketed byline after a sentence end.
                var q = k - 1
                while q >= l.start && k - q <= 14 && s[q] != 0x28 { q -= 1 }
                if q >= l.start && s[q] == 0x28 {
                    var r = q - 1
                    while r >= l.start && s[r] == 0x20 { r -= 1 }
                    if r < l.start || CharClass.isSentenceEnd(s[r]) { return true }
                }
            }
            k -= 1
        }
        return CharClass.isSentenceEnd(s[k]) || (s[k] == 0x2026 && k < l.end - 1)
    }

    /// A section head in brackets on its own line: `【中铝高端】`.
    static func isBlockHead(_ s: UnsafeBufferPointer<UInt32>, _ l: LineInfo) -> Bool {
        (s[l.start] == 0x3010 && s[l.end - 1] == 0x3011) || isMetadataLine(s, l)
    }

    /// Labels of a web page's metadata line (来源:…, 发布时间:…, 作者:…, 责任编辑:…), in folded
    /// scalars: such a line is a block of its own (it often ends with a time, 16:47, that would
    /// otherwise run into a paragraph opening with a number).
    static let metadataLabels: [[UInt32]] = ["来源", "时间", "发布时间", "发布日期", "发表时间", "更新时间", "作者", "责任编辑", "编辑", "原标题"]
        .map { $0.unicodeScalars.map(\.value) }

    static func isMetadataLine(_ s: UnsafeBufferPointer<UInt32>, _ l: LineInfo) -> Bool {
        guard l.end - l.start >= 3 else { return false }
        for label in metadataLabels where l.end - l.start > label.count && s[l.start + label.count] == 0x3A {
            if (0..<label.count).allSatisfy({ s[l.start + $0] == label[$0] }) { return true }
        }
        return false
    }

    /// Whether a line starts a new block: 【, □, ■, ●, ◆, ▲, ◀, ★, ——, 问:, 答:, 一、, (一), 1、,
    /// 本报讯, 编者按, 图为, 图①.
    static func startsBlock(_ s: UnsafeBufferPointer<UInt32>, _ l: LineInfo) -> Bool {
        let n = l.end - l.start
        let c0 = s[l.start]
        let c1: UInt32 = n > 1 ? s[l.start + 1] : 0
        let c2: UInt32 = n > 2 ? s[l.start + 2] : 0
        switch c0 {
        case 0x3010, 0x25A1, 0x25A0, 0x25CF, 0x25C6, 0x25C7, 0x25B2, 0x25C0, 0x25B6, 0x25BC, 0x2605, 0x2606,
             0x203B, 0x25CB, 0x2022:
            return true
        case 0x2014: return c1 == 0x2014
        case 0x95EE, 0x7B54: return c1 == 0x3A  // 问: 答:
        case 0x672C: return c1 == 0x62A5 && c2 == 0x8BAF  // 本报讯
        case 0x7F16: return c1 == 0x8005 && c2 == 0x6309  // 编者按
        case 0x56FE: return c1 == 0x4E3A || (c1 >= 0x2460 && c1 <= 0x2473)  // 图为, 图①
        case 0x28: return isChineseNumeral(c1) && (c2 == 0x29 || (n > 3 && s[l.start + 3] == 0x29))
        default: break
        }
        // 一、 十二、 1、 12、
        var k = l.start
        while k < l.end && k - l.start < 3 && (isChineseNumeral(s[k]) || CharClass.isDigit(s[k])) { k += 1 }
        return k > l.start && k < l.end && s[k] == 0x3001
    }

    /// Whether a line opens with a label of 2–8 Han characters and a colon ("排放浓度：",
    /// "主要污染物:"), as environmental disclosure forms print one item a line.
    static func startsKeyValue(_ s: UnsafeBufferPointer<UInt32>, _ l: LineInfo) -> Bool {
        // The colon first (most lines have none there), then the label before it.
        var k: Int
        if l.end - l.start >= 9 {
            // The common case of a line of 9 or more: 7 loads, no loop.
            let p = s.baseAddress! + l.start
            @inline(__always) func colon(_ q: Int) -> Bool { p[q] == 0x3A }  // ： is folded to ":"
            guard colon(2) || colon(3) || colon(4) || colon(5) || colon(6) || colon(7) || colon(8) else { return false }
            k = l.start + 2
            while s[k] != 0x3A { k += 1 }
        } else {
            k = l.start + 2
            while k < l.end && s[k] != 0x3A { k += 1 }
            guard k < l.end else { return false }
        }
        for q in l.start..<k where !CharClass.isIdeograph(s[q]) { return false }
        return true
    }

    /// The ideographs that `startsBlock` looks at first (问答 本报讯 编者按 图为 一、): a line
    /// that starts with another ideograph starts no block.
    @inline(__always) static func mayOpenBlock(_ v: UInt32) -> Bool {
        v == 0x95EE || v == 0x7B54 || v == 0x672C || v == 0x7F16 || v == 0x56FE || isChineseNumeral(v)
    }

    static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
        default: return false
        }
    }

    /// A space is inserted at a join only between ASCII words ("of" + "the").
    @inline(__always) static func needsSpace(_ prev: UInt32, _ next: UInt32) -> Bool {
        CharClass.isASCIILetter(next) && (CharClass.isASCIILetter(prev) || prev == 0x2C || prev == 0x3B || prev == 0x3A)
    }
}
