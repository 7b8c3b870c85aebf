extension Normalizer {
    /// Shortest repeated unit collapsed inside a line (shorter whole-line repeats: see below).
    static let minRepeatUnit = 4
    /// Longest repeated unit looked for.
    static let maxRepeatUnit = 64
    static let ringSize = 128  // > maxRepeatUnit, power of two
    /// Longest line the pair rules look at.
    static let maxPairLine = 4096

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
    ///   Pair rules apply to lines of at most `maxPairLine` scalars.
    ///
    /// Each line is scanned once: before copying a scalar, the previous occurrences of the
    /// same scalar in the line (a per-scalar chain, at most 4 steps back) propose unit lengths,
    /// and the input ahead is compared with the output behind. Most lines cannot change at
    /// all (see `mayChange`): they skip the chain and stay where they are.
    ///
    /// A line is rewritten within its own range (it only shrinks), so nothing else moves: a
    /// line that lost scalars leaves stale ones between its new end and its line break, and
    /// is measured again (its `LineInfo` is all that `joinLines` reads of it).
    ///
    /// `screened: false` takes every line through the search, as tests do to check that
    /// `mayChange` never passes over a line that would change.
    static func undouble(_ buf: inout ScalarBuffer, original: UnsafeBufferPointer<UInt8>, screened: Bool = true) {
        var last = [Int32](repeating: -1, count: 0x10000)  // last position of each BMP scalar
        // Per position p (mod 128): the previous position of the same scalar. Only positions
        // within maxRepeatUnit of the end are followed, so a small ring suffices.
        var prevSame = [Int32](repeating: -1, count: ringSize)
        var recent = [Int32](repeating: Int32.min, count: 1 << tripleHashBits)
        var lines = buf.lines
        buf.lines = []  // one owner while it is updated in place
        last.withUnsafeMutableBufferPointer { last in
            prevSame.withUnsafeMutableBufferPointer { prevSame in
                recent.withUnsafeMutableBufferPointer { recent in
                    lines.withUnsafeMutableBufferPointer { lines in
                        buf.s.withUnsafeMutableBufferPointer { s in
                            s.withMemoryRebound(to: UInt32.self) { s in
                                buf.o.withUnsafeMutableBufferPointer { o in
                                    undoubleLines(s, o, lines, original: original, last, prevSame,
                                                  screened ? recent.baseAddress! : nil)
                                }
                            }
                        }
                    }
                }
            }
        }
        buf.lines = lines
    }

    /// The loop of `undouble`; `recent` is the table of `mayChange`, or nil to search every line.
    private static func undoubleLines(_ s: UnsafeMutableBufferPointer<UInt32>, _ o: UnsafeMutableBufferPointer<Int32>,
                                      _ lines: UnsafeMutableBufferPointer<LineInfo>, original: UnsafeBufferPointer<UInt8>,
                                      _ last: UnsafeMutableBufferPointer<Int32>, _ prevSame: UnsafeMutableBufferPointer<Int32>,
                                      _ recent: UnsafeMutablePointer<Int32>?) {
        let n = s.count
        let a = UnsafeBufferPointer(s)  // the input ahead of w, the output behind it: one buffer
        let os = s.baseAddress!, oo = o.baseAddress!
        var lineStart = 0
        for li in 0..<lines.count {
            let lineEnd = lines[li].breakPos >= 0 ? lines[li].breakPos : n
            defer { lineStart = lineEnd + 1 }
            if let recent, !mayChange(a, from: lineStart, to: lineEnd, recent) { continue }
            var w = lineStart
            var fired = false
            var adjacentEqual = 0  // prefilter for collapsePairs
            var j = lineStart
            while j < lineEnd {
                let v = a[j]
                if v < 0x10000 && CharClass.isIdeograph(v) {
                    var p = Int(last[Int(v)])
                    var steps = 0
                    var matched = false
                    while p >= lineStart && p < w && os[p] == v && steps < 4 {
                        let d = w - p
                        if d > maxRepeatUnit { break }
                        if d >= minRepeatUnit && j + d <= lineEnd
                            && sameRun(os + p, a, j, d) && isRepeatUnit(os + p, d) {
                            j += d
                            while j + d <= lineEnd && sameRun(os + p, a, j, d) { j += d }
                            matched = true
                            break
                        }
                        p = Int(prevSame[p & (ringSize - 1)])
                        steps += 1
                    }
                    if matched { fired = true; continue }
                    prevSame[w & (ringSize - 1)] = last[Int(v)]
                    last[Int(v)] = Int32(w)
                } else {
                    prevSame[w & (ringSize - 1)] = -1
                }
                if w > lineStart && os[w - 1] == v { adjacentEqual += 1 }
                os[w] = v; oo[w] = oo[j]; w += 1
                j += 1
            }
            let before = w
            // Line-level rules only make sense for lines of a page, not for megabyte-long "lines".
            let mayHavePairs = (adjacentEqual >= 3 || (fired && adjacentEqual > 0)) && before - lineStart <= maxPairLine
            // The chains keep what a collapse leaves behind: positions of this line, which
            // are below the start of every line after it, so they are never followed again.
            var out = Writer(s: os, o: oo, capacity: lineEnd, count: w)
            if (mayHavePairs && collapsePairs(&out, from: lineStart, afterRunRepeat: fired))
                || (before - lineStart >= 4 && mayRepeatWholly(os, from: lineStart)
                    && collapseWholeLine(&out, from: lineStart)) {
                w = out.count
            }
            if w != lineEnd {
                let breakPos = lines[li].breakPos
                lines[li] = measureLine(os, oo, from: lineStart, to: w, original: original)
                lines[li].breakPos = breakPos
            }
        }
    }

    /// Bits of the table of recent 3-grams that `mayChange` keeps (4096 entries: in L1).
    static let tripleHashBits = 12

    /// Whether `undouble` may change the line `a[from..<to]`: false only when no rule can fire.
    ///
    /// - The whole-line rule needs the test of `mayRepeatWholly`.
    /// - The pair rules need 3 scalars equal to the one before them, when no run repeat fired.
    /// - A run repeat of a unit of d ≥ 4 at j means the d scalars at j equal the d at j − d,
    ///   inside the line (before the first repeat in a line its output is its input). Then
    ///   the 3-gram at r equals the one at r − d for the d − 2 ≥ 2 positions r from j on:
    ///   one of them is even. So it is enough to look for equal 3-grams at most
    ///   `maxRepeatUnit` apart, the later one at an even position. `recent` maps a hash of
    ///   each 3-gram to the last position it started at; a hit in the window says "maybe"
    ///   (hashes collide), and since a later position with the same hash overwrites an
    ///   earlier one, a true pair always hits. Positions are absolute, so entries of earlier
    ///   lines fall out of the window without clearing.
    ///
    /// Three scalars of 21 bits are one 63-bit `triple`, which moves one scalar along per
    /// position; every position is entered, every other one looked up.
    @inline(never)  // its own registers: inlined into undoubleLines, its loop spilled
    static func mayChange(_ a: UnsafeBufferPointer<UInt32>, from: Int, to: Int,
                          _ recent: UnsafeMutablePointer<Int32>) -> Bool {
        guard to &- from >= 4 else { return false }  // no rule fires on fewer than 4 scalars
        let p = a.baseAddress!
        let first = p[from]
        if first == 0x20 || p[from &+ 2] == first || p[from &+ 3] == first { return true }  // mayRepeatWholly
        var adjacentEqual = 0
        // From an even position: a line that starts at an odd one starts a step early, at the
        // break before it (a 3-gram with a "\n" equals none inside a line, and what the step
        // enters is older than the line: never seen again from it).
        var j = from & ~1
        var triple = UInt64(p[j]) << 21 | UInt64(p[j &+ 1])  // before j + 2 comes in
        /// Takes in the 3-gram at j (and the pair of scalars there); its slot in `recent`.
        @inline(__always) func slot(_ j: Int) -> Int {
            triple = (triple << 21 | UInt64(p[j &+ 2])) & ((1 << 63) - 1)
            if p[j &+ 1] == p[j] { adjacentEqual &+= 1 }
            return Int(truncatingIfNeeded: (triple &* 0x9E37_79B9_7F4A_7C15) >> (64 - UInt64(tripleHashBits)))
        }
        let lastTriple = to &- 3
        while j < lastTriple {  // j is even
            let h = slot(j)
            if Int(recent[h]) >= max(from, j &- maxRepeatUnit) { return true }
            recent[h] = Int32(truncatingIfNeeded: j)
            recent[slot(j &+ 1)] = Int32(truncatingIfNeeded: j &+ 1)
            j &+= 2
        }
        if j == lastTriple {
            let h = slot(j)
            if Int(recent[h]) >= max(from, j &- maxRepeatUnit) { return true }
            recent[h] = Int32(truncatingIfNeeded: j)
        }
        if p[to &- 1] == p[to &- 2] { adjacentEqual &+= 1 }  // the last pair
        return adjacentEqual >= 3
    }

    @inline(__always)
    static func sameRun(_ x: UnsafeMutablePointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>, _ j: Int, _ d: Int) -> Bool {
        var k = 0
        while k < d {
            if x[k] != y[j + k] { return false }
            k += 1
        }
        return true
    }

    /// A unit worth collapsing: at least 2 ideographs, not all of them numeral characters
    /// (`九千九百九千九百` is a malformed number, not a doubled word), no ASCII digit, no line break.
    static func isRepeatUnit(_ x: UnsafeMutablePointer<UInt32>, _ d: Int) -> Bool {
        var ideographs = 0, words = 0
        for k in 0..<d {
            let v = x[k]
            if CharClass.isDigit(v) || v == 0x0A { return false }
            if CharClass.isIdeograph(v) {
                ideographs += 1
                if !NumeralCharacter.isChineseNumeral(v) && !NumeralCharacter.isPoint(v) { words += 1 }
            }
        }
        return ideographs >= 2 && words >= 1
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
    static func collapsePairs(_ out: inout Writer, from start: Int, afterRunRepeat: Bool) -> Bool {
        let end = out.count
        guard end - start >= 4 else { return false }
        // Greedy pairing, counted first without allocating (most lines have no pairs).
        var pairs = 0, nonSpace = 0
        var k = start
        while k < end {
            let v = out.s[k]
            if v == 0x20 { k += 1; continue }
            nonSpace += 1
            if k + 1 < end && out.s[k + 1] == v && pairable(v) {
                pairs += 1; nonSpace += 1; k += 2
            } else {
                k += 1
            }
        }
        guard pairs > 0 else { return false }
        let wholeLine = pairs >= 3 && pairs * 2 * 10 >= nonSpace * 7
        guard wholeLine || afterRunRepeat else { return false }
        // isPair[i]: out[start + i] is the first of a pair.
        var isPair = [Bool](repeating: false, count: end - start)
        k = start
        while k < end {
            let v = out.s[k]
            if v != 0x20 && k + 1 < end && out.s[k + 1] == v && pairable(v) {
                isPair[k - start] = true; k += 2
            } else {
                k += 1
            }
        }
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
                    if isDoubledPunct(out.s[start + i]) { drop[i + 1] = true }
                    i += 2
                } else if out.s[start + i] == 0x20 {
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
        out.count = w
        return w != end
    }

    /// Whether a line of at least 4 scalars at `from` can be copies of a 2–3 scalar unit: its
    /// first scalar recurs 2 or 3 further on (or it starts with a space, trimmed first).
    @inline(__always) static func mayRepeatWholly(_ s: UnsafeMutablePointer<UInt32>, from: Int) -> Bool {
        s[from] == 0x20 || s[from + 2] == s[from] || s[from + 3] == s[from]
    }

    /// A line that is entirely k ≥ 2 copies of a 2–3 ideograph unit keeps one copy.
    static func collapseWholeLine(_ out: inout Writer, from start: Int) -> Bool {
        var lo = start, hi = out.count
        while lo < hi && out.s[lo] == 0x20 { lo += 1 }
        while hi > lo && out.s[hi - 1] == 0x20 { hi -= 1 }
        let len = hi - lo
        guard len >= 4 else { return false }
        for unit in 2...3 where len % unit == 0 {
            var ok = true
            for k in lo..<(lo + unit) where !CharClass.isIdeograph(out.s[k]) { ok = false; break }
            if !ok { continue }
            var k = lo + unit
            while k < hi && out.s[k] == out.s[k - unit] { k += 1 }
            if k == hi {
                out.count = lo + unit
                return true
            }
        }
        return false
    }
}
