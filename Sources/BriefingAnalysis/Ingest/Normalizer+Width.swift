extension Normalizer {
    /// Pass 1: folds full-width ASCII forms (U+FF01–FF5E) to ASCII and U+3000 to a space,
    /// turns CRLF, CR, VT, FF, NEL, U+2028/2029 into "\n", tabs, NBSP and other spaces into " ",
    /// and drops zero-width characters, BOMs, soft hyphens and other control characters.
    /// Chinese punctuation without an ASCII form (。、“”《》【】) is kept.
    ///
    /// Decodes the UTF-8 as it goes, strictly (the well-formed sequences of Unicode Table 3-7,
    /// as `String(validating:)` accepts them): nil when `p` is not valid UTF-8. Also measures
    /// the folded lines for `joinLines` (see `measureLine`), and from their breaks tells where
    /// the original's lines start (see `lineStarts`).
    static func fold(_ p: UnsafeBufferPointer<UInt8>, lineStarts: inout [Int]) -> ScalarBuffer? {
        let (leads, lineFeeds) = leadAndLineFeedCount(p)
        var lines: [LineInfo] = []
        lines.reserveCapacity(lineFeeds + 1)  // other breaks (CR alone, U+2028…) are rare: those grow it
        var valid = true
        var buffer = ScalarBuffer.build(capacity: leads) { out in
            valid = fold(p, into: &out, lines: &lines)
        }
        guard valid else { return nil }
        lineStarts = originalLineStarts(lines, buffer.o, p)
        buffer.lines = lines
        return buffer
    }

    /// Where the original's lines start: after each break of `lines` that was a "\n" or a "\r"
    /// in the original (a "\r\n" is folded to its "\n"; VT, FF, NEL and U+2028/2029 break
    /// folded lines only), unless it ends the original; line 1 at 0.
    private static func originalLineStarts(_ lines: [LineInfo], _ o: [Int32], _ p: UnsafeBufferPointer<UInt8>) -> [Int] {
        [Int](unsafeUninitializedCapacity: lines.count + 1) { starts, count in
            starts[0] = 0
            count = 1
            o.withUnsafeBufferPointer { o in
                for line in lines where line.breakPos >= 0 {
                    let b = Int(o[line.breakPos])
                    if (p[b] == 0x0A || p[b] == 0x0D) && b + 1 < p.count { starts[count] = b + 1; count += 1 }
                }
            }
        }
    }

    /// The bytes of `p` that start a character (not 10xxxxxx), at most one scalar each, so
    /// the buffer is sized exactly; and the line feeds, to size the lists of lines.
    ///
    /// Eight bytes at a time, counted in the bytes' own lanes: a lane gains 1 per byte that
    /// qualifies (at most 255 before the lanes are added up), which takes fewer instructions
    /// than a population count without the POPCNT instruction.
    static func leadAndLineFeedCount(_ p: UnsafeBufferPointer<UInt8>) -> (leads: Int, lineFeeds: Int) {
        guard let base = p.baseAddress else { return (0, 0) }
        let n = p.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = ones &* 0x7F
        /// The sum of the eight byte lanes of `x`.
        func laneSum(_ x: UInt64) -> Int {
            let pairs = (x & 0x00FF_00FF_00FF_00FF) &+ ((x >> 8) & 0x00FF_00FF_00FF_00FF)
            return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        /// 1 in the lanes of the continuation bytes of x, and in those of its line feeds.
        @inline(__always) func lanes(_ x: UInt64) -> (continuations: UInt64, lineFeeds: UInt64) {
            // Bit 7 set and bit 6 clear: a continuation byte.
            let c = (x & ~(x << 1)) >> 7 & ones
            // A zero byte of x ^ "\n"…: its low seven bits plus 0x7F do not carry into bit 7.
            let t = x ^ (ones &* 0x0A)
            return (c, ~(((t & low7) &+ low7) | t) >> 7 & ones)
        }
        var continuations = 0, lineFeeds = 0
        let raw = UnsafeRawPointer(base)
        // Two words a step, up to 127 steps (254 per lane) before the lanes are added up.
        let pairs = n / 16
        var done = 0
        while done < pairs {
            let steps = min(pairs &- done, 127)
            var c: UInt64 = 0, f: UInt64 = 0
            var at = raw + done &* 16
            for _ in 0..<steps {
                let a = lanes(at.loadUnaligned(as: UInt64.self)), b = lanes(at.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                c &+= a.continuations &+ b.continuations
                f &+= a.lineFeeds &+ b.lineFeeds
                at += 16
            }
            continuations &+= laneSum(c)
            lineFeeds &+= laneSum(f)
            done &+= steps
        }
        var i = pairs &* 16
        while i < n {
            if p[i] & 0xC0 == 0x80 { continuations &+= 1 }
            if p[i] == 0x0A { lineFeeds &+= 1 }
            i &+= 1
        }
        return (n - continuations, lineFeeds)
    }

    /// The fast path of `fold`: from `start` on, the characters that are kept as they are or
    /// folded one to one, none a space or a break: U+3001–U+9FFF (CJK punctuation, kana,
    /// ideographs), U+2010–2FFF but for U+2028–202F, U+205F and U+2060 (dashes, quotes,
    /// symbols) and the full-width forms U+FF01–FF5E (to ASCII), 2 wide; printable ASCII but
    /// the space, 1 wide. One 4-byte load reads a character (the bytes after it are
    /// ignored), so it stops before `wordEnd`. Returns where it stopped and the width read.
    @inline(never)  // its own registers: inlined, the loop spilled its pointers
    private static func foldRun(_ raw: UnsafeRawPointer, from start: Int, to wordEnd: Int,
                                _ os: UnsafeMutablePointer<UInt32>, _ oo: UnsafeMutablePointer<Int32>,
                                at w0: Int) -> (i: Int, w: Int, width: Int) {
        var i = start, w = w0, ascii = 0
        while i < wordEnd {
            let x = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
            if (x & 0xC0_C0FF) &- 0x80_80E3 < 7 {  // lead byte E3–E9, two continuation bytes
                let v = (x & 0x0F) << 12 | (x & 0x3F00) >> 2 | (x >> 16) & 0x3F
                if v == 0x3000 { break }
                os[w] = v; oo[w] = Int32(truncatingIfNeeded: i)
                w &+= 1; i &+= 3
            } else if (x & 0xFF) &- 0x21 < 0x5E {
                os[w] = x & 0xFF; oo[w] = Int32(truncatingIfNeeded: i)
                w &+= 1; i &+= 1; ascii &+= 1
            } else if x & 0xC0_C0FF == 0x80_80EF || x & 0xC0_C0FF == 0x80_80E2 {  // U+F000–FFFF, U+2000–2FFF
                let v = (x & 0x0F) << 12 | (x & 0x3F00) >> 2 | (x >> 16) & 0x3F
                if v &- 0xFF01 < 0x5E {
                    os[w] = v &- 0xFEE0
                } else if v &- 0x2010 < 0x18 || v &- 0x2030 < 0x2F || v &- 0x2061 < 0xF9F {
                    os[w] = v  // punctuation and symbols, but the spaces, breaks and invisibles of U+20xx
                } else {
                    break
                }
                oo[w] = Int32(truncatingIfNeeded: i)
                w &+= 1; i &+= 3
            } else {
                break
            }
        }
        return (i, w, 2 &* (w &- w0) &- ascii)
    }

    /// The loop of `fold`; false when `p` is not valid UTF-8.
    private static func fold(_ p: UnsafeBufferPointer<UInt8>, into out: inout Writer, lines: inout [LineInfo]) -> Bool {
        let n = p.count
        // Lines measured are gathered in a small buffer and appended to `lines` a chunk at a
        // time (appending one by one called into the array's uniqueness and capacity checks).
        let chunkSize = 256
        let chunk = UnsafeMutablePointer<LineInfo>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        var pending = 0
        func flushLines() {
            lines.append(contentsOf: UnsafeBufferPointer(start: chunk, count: pending))
            pending = 0
        }
        let drop: UInt32 = 0xFFFF_FFFF
        let os = out.s, oo = out.o  // locals: `out` would be reloaded after every store through them
        var w = 0
        var i = 0
        var valid = true
        // The current line: where it starts, its width and its spaces so far.
        var lineBegin = 0, width = 0, spaces = 0
        let raw = UnsafeRawPointer(p.baseAddress)
        let wordEnd = n &- 3  // where a 4-byte word still fits
        while i < n {
            let run = foldRun(raw.unsafelyUnwrapped, from: i, to: wordEnd, os, oo, at: w)
            i = run.i; w = run.w; width &+= run.width
            if i >= n { break }
            let b0 = p[i]
            var v: UInt32
            var len = 1
            if b0 < 0x80 {
                v = UInt32(b0)
            } else if b0 &- 0xE0 < 0x10 {  // three bytes: CJK, the common case
                guard i &+ 2 < n else { valid = false; break }
                let b1 = p[i &+ 1], b2 = p[i &+ 2]
                let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                guard b1 >= lo && b1 <= hi && b2 & 0xC0 == 0x80 else { valid = false; break }
                v = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                len = 3
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { valid = false; break }
                v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                len = 2
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < n else { valid = false; break }
                let b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3]
                let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lo && b1 <= hi && b2 & 0xC0 == 0x80 && b3 & 0xC0 == 0x80 else { valid = false; break }
                v = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                len = 4
            } else {
                valid = false  // 80–C1, F5–FF: never a lead byte
                break
            }
            var e = v  // what to emit, or `drop`
            if v > 0x3000 && v < 0xFEFF {
                // fast path: CJK ideographs and punctuation
            } else if v < 0x80 {
                if v >= 0x20 && v != 0x7F {
                    // printable ASCII
                } else if v == 0x0A {
                    // a line break, as it is
                } else if v == 0x0B || v == 0x0C {
                    e = 0x0A
                } else if v == 0x0D {
                    if i + 1 >= n || p[i + 1] != 0x0A {
                        e = 0x0A
                    } else {
                        e = drop  // the "\n" of "\r\n" follows
                    }
                } else if v == 0x09 {
                    e = 0x20
                } else {
                    e = drop  // other controls
                }
            } else if v >= 0xFF01 && v <= 0xFF5E {
                e = v - 0xFEE0
            } else {
                switch v {
                case 0x3000, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F: e = 0x20
                case 0x85, 0x2028, 0x2029: e = 0x0A
                case 0x80...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: e = drop
                default: break
                }
            }
            if e != drop {
                os[w] = e; oo[w] = Int32(truncatingIfNeeded: i)
                if e == 0x0A {
                    (chunk + pending).initialize(to: trimmedLine(os, oo, from: lineBegin, to: w, width: width, spaces: spaces,
                                                                 breakPos: w, original: p))
                    pending &+= 1
                    if pending == chunkSize { flushLines() }
                    lineBegin = w &+ 1; width = 0; spaces = 0
                } else {
                    // Printed wide when the original is (folded full-width forms are ASCII now).
                    width &+= v >= 0x1100 ? 2 : 1
                    if e == 0x20 { spaces &+= 1 }
                }
                w &+= 1
            }
            i &+= len
        }
        flushLines()
        lines.append(trimmedLine(os, oo, from: lineBegin, to: w, width: width, spaces: spaces, breakPos: -1, original: p))
        out.count = w
        return valid
    }
}
