extension Normalizer {
    /// Shortest repeated unit collapsed inside a line (shorter whole-line repeats: see below).
    static let minRepeatUnit = 4
    /// Longest repeated unit looked for.
    static let maxRepeatUnit = 64

    /// Pass 2: collapses text printed twice or more by fake-bold PDF rendering, line by line.
    ///
    /// Rules, chosen to fire only on clearly doubled lines:
    /// - Run repeat: a unit of 4–64 scalars with at least 2 ideographs and no ASCII digit,
    ///   immediately repeated k ≥ 2 times, keeps one copy
    ///   (`美丽中国美丽中国美丽中国美丽中国` → `美丽中国`).
    /// - Whole-line repeat: a line that is entirely k ≥ 2 copies of a 2–3 ideograph unit keeps one.
    /// - Pair doubling: in a line where ≥ 3 pairs of equal characters cover ≥ 70% of the
    ///   non-space characters, every pair keeps one (`张张 红红 摄摄` → `张 红 摄`). On a line
    ///   where a run repeat fired, runs of ≥ 3 consecutive pairs and doubled punctuation
    ///   (`。。`, `““`) collapse too. ASCII digits, `……` and `——` are never collapsed.
    ///
    /// Each line is scanned once: before copying a scalar, the previous occurrences of the
    /// same scalar in the line (a per-scalar chain, at most 4 steps back) propose unit lengths,
    /// and the input ahead is compared with the output behind.
    static func undouble(_ input: ScalarBuffer) -> ScalarBuffer {
        var out = ScalarBuffer(capacity: input.count)
        var last = [Int32](repeating: -1, count: 0x10000)  // last output position of each BMP scalar
        var prevSame = [Int32]()                             // per output position: previous same scalar
        prevSame.reserveCapacity(input.count)
        let a = input.s, ao = input.o
        let n = a.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && a[lineEnd] != "\n" { lineEnd += 1 }
            let outLineStart = out.count
            var fired = false
            var j = lineStart
            while j < lineEnd {
                let v = a[j].value
                if v < 0x10000 && CharClass.isIdeograph(v) {
                    var p = Int(last[Int(v)])
                    var steps = 0
                    var matched = false
                    while p >= outLineStart && p < out.count && out.s[p].value == v && steps < 4 {
                        let d = out.count - p
                        if d > maxRepeatUnit { break }
                        if d >= minRepeatUnit && j + d <= lineEnd
                            && sameRun(out.s, p, a, j, d) && isRepeatUnit(out.s, p, d) {
                            j += d
                            while j + d <= lineEnd && sameRun(out.s, p, a, j, d) { j += d }
                            matched = true
                            break
                        }
                        p = Int(prevSame[p])
                        steps += 1
                    }
                    if matched { fired = true; continue }
                    prevSame.append(last[Int(v)])
                    last[Int(v)] = Int32(out.count)
                } else {
                    prevSame.append(-1)
                }
                out.append(a[j], ao[j])
                j += 1
            }
            if collapsePairs(&out, from: outLineStart, afterRunRepeat: fired)
                || collapseWholeLine(&out, from: outLineStart) {
                // Positions were reused: forget the table entries of this line's scalars.
                prevSame.removeLast(prevSame.count - out.count)
                for k in outLineStart..<out.count where out.s[k].value < 0x10000 { last[Int(out.s[k].value)] = -1 }
                for k in outLineStart..<out.count { prevSame[k] = -1 }
            }
            if lineEnd < n {
                out.append("\n", ao[lineEnd])
                prevSame.append(-1)
            }
            lineStart = lineEnd + 1
        }
        return out
    }

    @inline(__always)
    static func sameRun(_ x: [Unicode.Scalar], _ i: Int, _ y: [Unicode.Scalar], _ j: Int, _ d: Int) -> Bool {
        var k = 0
        while k < d {
            if x[i + k] != y[j + k] { return false }
            k += 1
        }
        return true
    }

    /// A unit worth collapsing: at least 2 ideographs, no ASCII digit, no line break.
    static func isRepeatUnit(_ x: [Unicode.Scalar], _ i: Int, _ d: Int) -> Bool {
        var ideographs = 0
        for k in i..<(i + d) {
            let v = x[k].value
            if CharClass.isDigit(v) || v == 0x0A { return false }
            if CharClass.isIdeograph(v) { ideographs += 1 }
        }
        return ideographs >= 2
    }

    /// Never collapsed as pairs: digits, spaces, `…` and `—` (their doubles are ordinary text).
    @inline(__always) static func pairable(_ v: UInt32) -> Bool {
        !(CharClass.isDigit(v) || v == 0x20 || v == 0x2026 || v == 0x2014 || v == 0x2E3A || v == 0x2D || v == 0x2E)
    }

    /// Doubled punctuation collapsed on a line where a run repeat fired.
    @inline(__always) static func isDoubledPunct(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0x3001, 0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x201C, 0x201D, 0x2018, 0x2019,
             0x300A, 0x300B, 0x28, 0x29, 0x3010, 0x3011: return true
        default: return false
        }
    }

    /// Collapses character pairs in `out[from...]` (see `undouble`). Returns whether it changed anything.
    static func collapsePairs(_ out: inout ScalarBuffer, from start: Int, afterRunRepeat: Bool) -> Bool {
        let end = out.count
        guard end - start >= 4 else { return false }
        // Greedy pairing; pairStart[k] marks the first of a pair.
        var isPair = [Bool](repeating: false, count: end - start)
        var pairs = 0, nonSpace = 0
        var k = start
        while k < end {
            let v = out.s[k].value
            if v == 0x20 { k += 1; continue }
            nonSpace += 1
            if k + 1 < end && out.s[k + 1].value == v && pairable(v) {
                isPair[k - start] = true
                pairs += 1
                nonSpace += 1
                k += 2
            } else {
                k += 1
            }
        }
        guard pairs > 0 else { return false }
        let wholeLine = pairs >= 3 && pairs * 2 * 10 >= nonSpace * 7
        guard wholeLine || afterRunRepeat else { return false }
        var drop = [Bool](repeating: false, count: end - start)
        if wholeLine {
            for i in 0..<isPair.count where isPair[i] { drop[i + 1] = true }
        } else {
            // Runs of ≥ 3 consecutive pairs (spaces between allowed), and doubled punctuation.
            var runStart = -1, runPairs = 0, i = 0
            func closeRun(_ upTo: Int) {
                if runPairs >= 3 {
                    for q in runStart..<upTo where isPair[q] { drop[q + 1] = true }
                }
                runStart = -1; runPairs = 0
            }
            while i < isPair.count {
                if isPair[i] {
                    if runStart < 0 { runStart = i }
                    runPairs += 1
                    if isDoubledPunct(out.s[start + i].value) { drop[i + 1] = true }
                    i += 2
                } else if out.s[start + i].value == 0x20 {
                    i += 1
                } else {
                    closeRun(i)
                    i += 1
                }
            }
            closeRun(isPair.count)
        }
        var w = start
        for r in start..<end where !drop[r - start] {
            out.s[w] = out.s[r]; out.o[w] = out.o[r]; w += 1
        }
        if w == end { return false }
        out.s.removeLast(end - w); out.o.removeLast(end - w)
        return true
    }

    /// A line that is entirely k ≥ 2 copies of a 2–3 ideograph unit keeps one copy.
    static func collapseWholeLine(_ out: inout ScalarBuffer, from start: Int) -> Bool {
        var lo = start, hi = out.count
        while lo < hi && out.s[lo] == " " { lo += 1 }
        while hi > lo && out.s[hi - 1] == " " { hi -= 1 }
        let len = hi - lo
        for unit in 2...3 where len >= 2 * unit && len % unit == 0 {
            var ok = true
            for k in lo..<(lo + unit) where !CharClass.isIdeograph(out.s[k].value) { ok = false; break }
            if !ok { continue }
            var k = lo + unit
            while k < hi && out.s[k] == out.s[k - unit] { k += 1 }
            if k == hi {
                out.s.removeLast(out.count - (lo + unit)); out.o.removeLast(out.o.count - (lo + unit))
                return true
            }
        }
        return false
    }
}
