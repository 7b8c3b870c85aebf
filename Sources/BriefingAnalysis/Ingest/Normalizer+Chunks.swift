extension Normalizer {
    /// A part of a file normalized on its own (see `TextChunks`), exactly as the same lines are
    /// in the whole file's `Document`.
    struct Chunk {
        /// The part: `original` is the window's bytes from `emitStart` to `cut`, its lines counted
        /// from 1 (the caller sets `firstLine`).
        var document: Document
        /// Where the next part starts, in bytes of the window: the start of a line.
        var cut: Int
        /// Where the next window may start, in bytes of the window: enough lines before `cut`
        /// for the rules that look at the lines before a line.
        var nextContext: Int
    }

    enum ChunkOutcome {
        case chunk(Chunk)
        /// No line at or after the target starts a paragraph that the rules decide within the
        /// window: a longer window is needed.
        case needsMore
        /// The window is not valid UTF-8.
        case invalid
    }

    /// Solid lines (see `isSolid`) a window must hold on each side of a cut. The join rules look
    /// at most 4 text lines before and after a line (its column's width) and at the next
    /// non-blank line and the one after it; a solid line is always a text line and ends any run
    /// of one-character lines, so with this many on each side every rule reads the same lines as
    /// in the whole file.
    static let cutMargin = 6

    /// Normalizes the lines of `window` (valid UTF-8 starting at the start of a line and ending
    /// after a "\\n", or at the end of the file when `atEnd`) from byte `emitStart` (the start of
    /// a line, where the previous chunk was cut, or 0) up to a cut at or after byte `target`:
    /// the first line there that
    /// - is solid, follows a solid line (blank lines between) and starts after an original line
    ///   break ("\\n", "\\r"), so lines are counted as in the file;
    /// - is not joined to that line by `LineJoiner.continues`: a paragraph starts there;
    /// - has `cutMargin` solid lines after it in the window (a window starts `cutMargin` solid
    ///   lines before the line it emits first, or at the file's start: see `nextContext`).
    ///
    /// The lines before `emitStart` and after the cut are read by the join rules, not emitted.
    /// With `atEnd` and no such line, the chunk goes to the end of the window. A paragraph
    /// longer than the target is one chunk: the cut is after it. Concatenated with a "\\n"
    /// between them, the chunks' texts are the whole file's text, and their offsets its offsets
    /// (less the chunk's start).
    static func normalizeChunk(window p: UnsafeBufferPointer<UInt8>, emitStart: Int, target: Int, atEnd: Bool,
                               traditional: Bool?, file: String, whole: [UInt8]? = nil,
                               paragraphStarts: Set<Int32> = []) -> ChunkOutcome {
        var starts: [Int] = []
        guard var buf = fold(p, lineStarts: &starts) else { return .invalid }
        simplify(&buf, traditional: traditional)
        undouble(&buf, original: p)
        var lines = buf.lines
        buf.lines = []
        blankPageFooters(&lines, buf.s)
        let kinds = lineKinds(lines)
        let m = lines.count
        let offsets = buf.o, lineList = lines  // constants for the helpers (no exclusivity checks)

        /// The byte where line k starts, and whether an original line break ends the line before.
        func lineStart(_ k: Int) -> (byte: Int, afterBreak: Bool) {
            guard k > 0 else { return (0, true) }
            let off = Int(offsets[lineList[k - 1].breakPos])
            let b = p[off]
            return (off + (b == 0x0A || b == 0x0D ? 1 : utf8Length(leadByte: b)), b == 0x0A || b == 0x0D)
        }
        func isSolid(_ k: Int) -> Bool { lineList[k].end - lineList[k].start > 1 }

        // The first emitted line.
        var first = 0
        while first < m, lineStart(first).byte < emitStart { first += 1 }
        precondition(first < m && lineStart(first).byte == emitStart, "a chunk starts at the start of a line")
        // The candidates: the solid lines from the last one before the target on (line starts
        // ascend: a binary search finds the first line at the target).
        var lo = first + 1, hi = m
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineStart(mid).byte < target { lo = mid + 1 } else { hi = mid }
        }
        var from = lo - 1
        while from > first, !isSolid(from) { from -= 1 }
        var solid: [Int] = []
        if lo < m { for k in from..<m where isSolid(k) { solid.append(k) } }

        // The cut: the first line that qualifies, at or after the target.
        var cut: Int?
        var cutByte = p.count
        buf.s.withUnsafeBufferPointer { s in
            s.withMemoryRebound(to: UInt32.self) { s in
                buf.o.withUnsafeBufferPointer { o in
                    lines.withUnsafeBufferPointer { lineBuffer in
                        kinds.withUnsafeBufferPointer { kindBuffer in
                            let joiner = LineJoiner(s: s, o: o, lines: lineBuffer, kinds: kindBuffer, paragraphStarts: paragraphStarts)
                            var n = 1
                            while n + cutMargin < solid.count {
                                let c = solid[n], i = solid[n - 1]
                                defer { n += 1 }
                                let start = lineStart(c)
                                guard start.byte >= target, start.afterBreak else { continue }
                                // The line before it that is not blank must be solid (i).
                                var prev = c - 1
                                while prev > i, lines[prev].blank { prev -= 1 }
                                guard prev == i, !joiner.continues(i, c) else { continue }
                                cut = c
                                cutByte = start.byte
                                return
                            }
                        }
                    }
                }
            }
        }
        if cut == nil && !atEnd { return .needsMore }
        let end = cut ?? m
        // The window's line starts in the chunk, from the chunk's first byte.
        let chunkStarts = starts.filter { $0 >= emitStart && $0 < cutByte }.map { $0 - emitStart }
        // Where the next window starts: the line of the `cutMargin`-th solid line before the cut
        // (the window's start when there are fewer: then it is the file's start).
        var nextContext = 0
        if let c = cut {
            var seen = 0
            var k = c - 1
            while k >= 0 {
                if isSolid(k) { seen += 1; if seen == cutMargin { break } }
                k -= 1
            }
            nextContext = k > 0 ? lineStart(k).byte : 0
        }
        lines.withUnsafeBufferPointer { lines in
            kinds.withUnsafeBufferPointer { kinds in
                buf.rewrite { s, o, out in
                    LineJoiner(s: s, o: o, lines: lines, kinds: kinds, paragraphStarts: paragraphStarts).join(into: &out, emitted: first..<end)
                }
            }
        }
        if emitStart > 0 {
            let shift = Int32(emitStart)
            buf.o.withUnsafeMutableBufferPointer { o in
                for k in o.indices { o[k] &-= shift }
            }
        }
        buf.o.append(Int32(cutByte - emitStart))
        // `whole`: the window's bytes as an array, kept as the original when it is all emitted.
        let original = emitStart == 0 && cutByte == p.count ? whole ?? Array(p) : Array(p[emitStart..<cutByte])
        let document = Document(file: file, original: original, text: buf.s, originalOffset: buf.o,
                                lineStarts: chunkStarts.isEmpty ? [0] : chunkStarts)
        return .chunk(Chunk(document: document, cut: cutByte, nextContext: nextContext))
    }
}
