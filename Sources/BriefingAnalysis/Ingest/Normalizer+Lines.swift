extension Normalizer {
    /// A line of the folded text: its trimmed range and what the join rules need to know.
    struct LineInfo: Equatable {
        var start = 0, end = 0           // trimmed range in the buffer
        var breakPos = -1                // position of the "\n" after it, or -1 at the end
        var width = 0                    // in half-ems: wide characters 2, others 1
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
    ///
    /// Limits: a heading that is nearly as wide as its column and is followed directly by
    /// text is joined to it; a paragraph's last line that happens to be full and lacks final
    /// punctuation runs into the next paragraph.
    static func joinLines(_ buf: inout ScalarBuffer) {
        let lines = buf.lines
        buf.lines = []
        buf.rewrite { s, o, out in joinLines(s, o, &out, lines: lines) }
    }

    private static func joinLines(_ s: UnsafeBufferPointer<UInt32>, _ o: UnsafeBufferPointer<Int32>, _ out: inout Writer,
                                  lines: [LineInfo]) {
        let m = lines.count

        // Vertical titles: runs of ≥ 3 consecutive single-character lines.
        var vertical = [Bool](repeating: false, count: m)
        var i = 0
        while i < m {
            if lines[i].single {
                var k = i
                while k < m && lines[k].single { k += 1 }
                if k - i >= 3 { for q in i..<k { vertical[q] = true } }
                i = k
            } else { i += 1 }
        }

        let typical = typicalWidths(lines, vertical: vertical)
        func nextNonBlank(_ i: Int) -> Int? {
            var k = i + 1
            while k < m && lines[k].blank { k += 1 }
            return k < m ? k : nil
        }
        func isFull(_ i: Int) -> Bool { 4 * lines[i].width >= 3 * typical[i] }
        func hasSentenceEnd(_ l: LineInfo) -> Bool {
            for k in l.start..<l.end { let v = s[k]; if v == 0x3002 || v == 0x21 || v == 0x3F { return true } }
            return false
        }
        func isStandaloneHeading(_ j: Int) -> Bool {
            if isFull(j) || hasSentenceEnd(lines[j]) { return false }
            guard let after = nextNonBlank(j) else { return true }
            return after > j + 1 || startsBlock(s, lines[after])
        }

        // In place: decide about line i before emitting it (emitting may overwrite its old range).
        func emitBreak(after i: Int) {
            guard let l = out.last, l != 0x0A else { return }
            let bp = lines[i].breakPos
            out.append(0x0A, bp >= 0 ? o[bp] : o[lines[i].end - 1])
        }
        func emitLine(_ l: LineInfo) {
            if let prev = out.last, prev != 0x0A, needsSpace(prev, s[l.start]) {
                out.append(0x20, o[l.start])
            }
            out.append(copying: l.end - l.start, from: l.start, s, o)
        }
        i = 0
        while i < m {
            let l = lines[i]
            if l.blank { i += 1; continue }
            if vertical[i] {
                if let last = out.last, last != 0x0A { emitBreak(after: i - 1) }
                var k = i
                while k < m && vertical[k] { out.append(s[lines[k].start], o[lines[k].start]); k += 1 }
                emitBreak(after: k - 1)
                i = k
                continue
            }
            let j = nextNonBlank(i)
            let joins = j.map { j in
                !vertical[j] && continues(i, j, lines, s, isFull: isFull(i), nextIsFull: isFull(j),
                                          headingNext: { isStandaloneHeading(j) })
            } ?? false
            emitLine(l)
            guard let j else { break }
            if !joins { emitBreak(after: i) }
            i = j
        }
        while out.last == 0x0A { out.count -= 1 }
    }

    /// Whether line `i` continues on line `j` (the next non-blank line).
    static func continues(_ i: Int, _ j: Int, _ lines: [LineInfo], _ s: UnsafeBufferPointer<UInt32>,
                          isFull: Bool, nextIsFull: Bool, headingNext: () -> Bool) -> Bool {
        let a = lines[i], b = lines[j]
        if startsBlock(s, b) || isBlockHead(s, a) || endsSentence(s, a) { return false }
        let lastV = s[a.end - 1]
        let prevV = a.end - 2 >= a.start ? s[a.end - 2] : 0
        let firstV = s[b.start]
        // Inside a number or a quantity: "4." + "76%", "8.2万" + "吨", "下降 4" + ".76%".
        if CharClass.isDigit(lastV) || (lastV == 0x2E && CharClass.isDigit(prevV)) {
            if CharClass.isDigit(firstV) || firstV == 0x25 || firstV == 0x2E || CharClass.isIdeograph(firstV) { return true }
        }
        if (lastV == 0x4E07 || lastV == 0x4EBF || lastV == 0x5343 || lastV == 0x767E) && CharClass.isDigit(prevV)
            && CharClass.isIdeograph(firstV) { return true }
        // Clause punctuation or an opening quote/bracket at the end: the sentence goes on.
        switch lastV {
        case 0x2C, 0x3001, 0x3B, 0x201C, 0x2018, 0x300A, 0x28, 0x3010, 0x300C: return true
        default: break
        }
        // "排放浓度：…" after "主要污染物：…": a form printing one item a line (in prose a
        // line may start at "表示：" by chance; two such lines in a row are a form).
        if startsKeyValue(s, b) && startsKeyValue(s, a) { return false }
        if j > i + 1 { return isFull && !headingNext() }
        // Directly followed by a full line of (nearly) the same width: same block. A block's
        // first line (本报讯 …, 问: …) often starts after a wider block: compare with the next line.
        return isFull || (nextIsFull && Double(a.width) >= 0.85 * Double(b.width))
            || (startsBlock(s, a) && nextIsFull && Double(a.width) >= 0.6 * Double(b.width))
    }

    /// Measures the line `s[from..<to]`: its range without leading and trailing spaces, and
    /// its width on the original bytes. (`fold` measures every line as it writes it; this is
    /// for lines that `undouble` changed.)
    static func measureLine(_ s: UnsafePointer<UInt32>, _ o: UnsafePointer<Int32>, from: Int, to: Int,
                            original: UnsafeBufferPointer<UInt8>) -> LineInfo {
        var width = 0
        for q in from..<to {
            // Folded full-width forms are ASCII now but were printed wide: ask the original.
            let v = s[q]
            width += v > 0x10FF || (v < 0x80 && isWideOriginal(o[q], original)) ? 2 : 1
        }
        return trimmedLine(s, o, from: from, to: to, width: width, breakPos: -1, original: original)
    }

    /// Of the characters folded to ASCII, exactly the wide ones (U+1680 and up) take three or
    /// more UTF-8 bytes in the original.
    @inline(__always) static func isWideOriginal(_ offset: Int32, _ original: UnsafeBufferPointer<UInt8>) -> Bool {
        original[Int(offset)] >= 0xE0
    }

    /// The line `s[from..<to]` of `width` with leading and trailing spaces trimmed off: the
    /// range a blank line has is the empty one at its end.
    @inline(__always)
    static func trimmedLine(_ s: UnsafePointer<UInt32>, _ o: UnsafePointer<Int32>, from: Int, to: Int,
                            width: Int, breakPos: Int, original: UnsafeBufferPointer<UInt8>) -> LineInfo {
        var lo = from, hi = to, trimmed = width
        while lo < hi && s[lo] == 0x20 { trimmed -= isWideOriginal(o[lo], original) ? 2 : 1; lo += 1 }
        while hi > lo && s[hi - 1] == 0x20 { trimmed -= isWideOriginal(o[hi - 1], original) ? 2 : 1; hi -= 1 }
        return lo == hi ? LineInfo(start: to, end: to, breakPos: breakPos, width: 0)
                        : LineInfo(start: lo, end: hi, breakPos: breakPos, width: trimmed)
    }

    /// The column width around each line: the upper-middle width of up to 4 non-blank,
    /// non-vertical lines before it and 4 after it.
    static func typicalWidths(_ lines: [LineInfo], vertical: [Bool]) -> [Int] {
        let m = lines.count
        var result = [Int](repeating: 0, count: m)
        // Widths of the lines that count as text lines, in order, between 4 sentinels on each
        // side (Int.max, sorted last): every window is then 8 loads, without bounds to clip.
        var padded = [Int](repeating: .max, count: 4)
        padded.reserveCapacity(m + 8)
        for i in 0..<m where !lines[i].blank && !vertical[i] { padded.append(lines[i].width) }
        let textCount = padded.count - 4
        padded += [.max, .max, .max, .max]
        padded.withUnsafeBufferPointer { w in
            var t = 0  // number of text lines before line i
            for i in 0..<m {
                let isText = !lines[i].blank && !vertical[i]
                defer { if isText { t += 1 } }
                if lines[i].blank { continue }  // never asked
                // Up to 4 text lines before (padded positions t..<t+4) and 4 after.
                let after = (isText ? t + 1 : t) + 4
                let count = min(t, 4) + max(0, min(textCount - (after - 4), 4))
                if count == 0 { result[i] = lines[i].width; continue }
                result[i] = sortedEight((w[t], w[t + 1], w[t + 2], w[t + 3], w[after], w[after + 1], w[after + 2], w[after + 3]),
                                        pick: (count * 2) / 3)
            }
        }
        return result
    }

    /// The element of rank `pick` among eight: Batcher's odd-even merge network, 19
    /// branch-free compare-exchanges (an insertion sort mispredicted its way through most
    /// of the time of this pass).
    @inline(__always) static func sortedEight(_ w: (Int, Int, Int, Int, Int, Int, Int, Int), pick: Int) -> Int {
        var (a0, a1, a2, a3, a4, a5, a6, a7) = w
        @inline(__always) func exchange(_ x: inout Int, _ y: inout Int) {
            let lo = min(x, y), hi = max(x, y)
            x = lo; y = hi
        }
        exchange(&a0, &a1); exchange(&a2, &a3); exchange(&a4, &a5); exchange(&a6, &a7)
        exchange(&a0, &a2); exchange(&a1, &a3); exchange(&a4, &a6); exchange(&a5, &a7)
        exchange(&a1, &a2); exchange(&a5, &a6)
        exchange(&a0, &a4); exchange(&a1, &a5); exchange(&a2, &a6); exchange(&a3, &a7)
        exchange(&a2, &a4); exchange(&a3, &a5)
        exchange(&a1, &a2); exchange(&a3, &a4); exchange(&a5, &a6)
        switch pick {
        case 0: return a0
        case 1: return a1
        case 2: return a2
        case 3: return a3
        case 4: return a4
        case 5: return a5
        case 6: return a6
        default: return a7
        }
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
        s[l.start] == 0x3010 && s[l.end - 1] == 0x3011
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
        var k = l.start
        while k < l.end && k - l.start < 8 && CharClass.isIdeograph(s[k]) { k += 1 }
        return k - l.start >= 2 && k < l.end && s[k] == 0x3A  // ： is folded to ":"
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
