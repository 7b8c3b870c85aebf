/// Builds a `Document` from decoded text: the normalized `text` the extractor reads, and for
/// every normalized scalar its offset in the original.
///
/// Passes, each linear over arrays of scalars carrying their original (byte) offsets:
/// ```
/// UTF-8 ─► decode + fold (width, line endings, invisibles; lines measured) ─► simplify (traditional text)
///      ─► undouble (fake-bold runs, per line)
///          ─► join lines into paragraphs, tidying spaces as they are copied ─► Document
/// ```
/// Dropped characters (line breaks, removed spaces, collapsed duplicates) simply have no
/// normalized counterpart; paragraphs in `text` are separated by a single "\n".
public enum Normalizer {
    /// Builds the Document (normalized text + map back to original).
    public static func normalize(_ original: String, file: String) -> Document {
        normalize(utf8: Array(original.utf8), file: file)!  // a String is valid UTF-8
    }

    /// Builds the Document from the original's UTF-8 bytes; nil when they are not valid
    /// UTF-8 (the first pass decodes and validates as it folds).
    static func normalize(utf8 src: [UInt8], file: String, paragraphStarts: Set<Int32> = []) -> Document? {
        // The whole text is one chunk: the same passes as for a file read in parts.
        src.withUnsafeBufferPointer { p in
            switch normalizeChunk(window: p, emitStart: 0, target: .max, atEnd: true, traditional: nil, file: file, whole: src,
                                  paragraphStarts: paragraphStarts) {
            case let .chunk(chunk): return chunk.document
            case .invalid, .needsMore: return nil
            }
        }
    }

    /// Byte offsets where lines start: after "\n", after "\r" not followed by "\n"; line 1
    /// at 0. A line break at the very end does not start another line. (`fold` derives the
    /// same from the breaks of the lines it measures; this standalone version documents and
    /// tests the rule.)
    static func lineStarts(_ src: [UInt8]) -> [Int] {
        var starts = [0]
        let n = src.count
        src.withUnsafeBufferPointer { p in
            var i = 0
            while i < n {
                let v = p[i]
                if v == 0x0A || (v == 0x0D && (i + 1 == n || p[i + 1] != 0x0A)) { starts.append(i + 1) }
                i += 1
            }
        }
        if starts.count > 1 && starts.last == n { starts.removeLast() }  // a final line break starts no line
        return starts
    }
}

/// Scalars with their original offsets; the working value between passes (internal).
///
/// The first pass fills it; later passes rewrite it in place with `rewrite`, which is safe
/// because every pass writes position w only after reading everything at positions ≤ w.
/// `undouble` shortens lines within their own ranges instead: until `joinLines` has run, the
/// text is what `lines` describe, and a shortened line is followed by stale scalars.
struct ScalarBuffer {
    var s: [Unicode.Scalar]
    /// Byte offsets in the original.
    var o: [Int32]
    /// The lines of `s` (split at "\n", a last one after the last break), measured by `fold`
    /// and kept up to date by `undouble` for `joinLines`, which uses them up.
    var lines: [Normalizer.LineInfo] = []
    var count: Int { s.count }

    /// Fills a buffer of at most `capacity` scalars through a `Writer` (no per-append checks).
    static func build(capacity: Int, _ body: (inout Writer) -> Void) -> ScalarBuffer {
        let cap = max(capacity, 1)
        var o: [Int32] = []
        var written = 0
        let s = [Unicode.Scalar](unsafeUninitializedCapacity: cap) { sb, sc in
            sb.withMemoryRebound(to: UInt32.self) { s32 in
                o = [Int32](unsafeUninitializedCapacity: cap + 1) { ob, oc in
                    var w = Writer(s: s32.baseAddress!, o: ob.baseAddress!, capacity: cap)
                    body(&w)
                    written = w.count
                    oc = written
                }
            }
            sc = written
        }
        return ScalarBuffer(s: s, o: o)
    }

    /// Rewrites the buffer in place: `body` reads the current contents and appends the new
    /// ones, never writing past what it has read.
    mutating func rewrite(_ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<Int32>, inout Writer) -> Void) {
        let n = count
        guard n > 0 else { return }
        var newCount = 0
        s.withUnsafeMutableBufferPointer { sp in
            sp.withMemoryRebound(to: UInt32.self) { s32 in
                o.withUnsafeMutableBufferPointer { op in
                    var w = Writer(s: s32.baseAddress!, o: op.baseAddress!, capacity: n)
                    body(UnsafeBufferPointer(s32), UnsafeBufferPointer(op), &w)
                    newCount = w.count
                }
            }
        }
        s.removeLast(n - newCount)
        o.removeLast(n - newCount)
    }
}

/// Appends scalar values and offsets into preallocated storage (internal).
struct Writer {
    let s: UnsafeMutablePointer<UInt32>
    let o: UnsafeMutablePointer<Int32>
    let capacity: Int
    var count = 0

    @inline(__always) mutating func append(_ v: UInt32, _ off: Int32) {
        assert(count < capacity)
        s[count] = v
        o[count] = off
        count += 1
    }

    @inline(__always) var last: UInt32? { count > 0 ? s[count - 1] : nil }

    /// Appends `n` scalars and offsets starting at `from`; the source may overlap the destination.
    @inline(__always) mutating func append(copying n: Int, from: Int,
                                           _ src: UnsafeBufferPointer<UInt32>, _ off: UnsafeBufferPointer<Int32>) {
        assert(count + n <= capacity)
        guard n > 0 else { return }
        (s + count).update(from: src.baseAddress! + from, count: n)
        (o + count).update(from: off.baseAddress! + from, count: n)
        count += n
    }
}

/// Character classes used by the passes (internal).
enum CharClass {
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
    /// CJK ideographs (unified, extension A, compatibility).
    @inline(__always) static func isIdeograph(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3134F)
    }
    /// Printed full width (CJK, CJK punctuation, symbols): spaces next to these are layout noise.
    @inline(__always) static func isWide(_ v: UInt32) -> Bool { v >= 0x1100 }
    /// Ends a sentence when it ends a line.
    @inline(__always) static func isSentenceEnd(_ v: UInt32) -> Bool {
        v == 0x3002 || v == 0x21 || v == 0x3F || v == 0xFF61  // 。 ! ? ｡ (full-width !? are folded)
    }
    /// Closing quotes and brackets that may follow a sentence end.
    @inline(__always) static func isCloser(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x2019 || v == 0x300D || v == 0x300F || v == 0x29 || v == 0x300B || v == 0x3011
            || v == 0x22 || v == 0x27
    }
}

