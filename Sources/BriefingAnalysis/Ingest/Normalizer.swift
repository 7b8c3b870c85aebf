/// Builds a `Document` from decoded text: the normalized `text` the extractor reads, and for
/// every normalized scalar its offset in the original.
///
/// Passes, each linear over arrays of scalars carrying their original offsets:
/// ```
/// original ─► fold (width, line endings, invisibles) ─► undouble (fake-bold runs, per line)
///          ─► join lines into paragraphs ─► tidy spaces ─► Document
/// ```
/// Dropped characters (line breaks, removed spaces, collapsed duplicates) simply have no
/// normalized counterpart; paragraphs in `text` are separated by a single "\n".
public enum Normalizer {
    /// Builds the Document (normalized text + map back to original).
    public static func normalize(_ original: String, file: String) -> Document {
        let src = Array(original.unicodeScalars)
        var buf = fold(src)
        buf = undouble(buf)
        buf = joinLines(buf, original: src)
        buf = tidySpaces(buf)
        buf.o.append(src.count)
        return Document(file: file, original: src, text: buf.s, originalOffset: buf.o,
                        lineStarts: lineStarts(src))
    }

    /// Offsets where lines start: after "\n", after "\r" not followed by "\n"; line 1 at 0.
    /// A line break at the very end does not start another line.
    static func lineStarts(_ src: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        let n = src.count
        var i = 0
        while i < n {
            let v = src[i].value
            if v == 0x0A || (v == 0x0D && (i + 1 == n || src[i + 1].value != 0x0A)) { starts.append(i + 1) }
            i += 1
        }
        if starts.count > 1 && starts.last == n { starts.removeLast() }  // a final line break starts no line
        return starts
    }
}

/// Scalars with their original offsets; the working value between passes (internal).
struct ScalarBuffer {
    var s: [Unicode.Scalar] = []
    var o: [Int] = []

    init(capacity: Int) {
        s.reserveCapacity(capacity)
        o.reserveCapacity(capacity + 1)
    }

    @inline(__always) mutating func append(_ c: Unicode.Scalar, _ off: Int) {
        s.append(c)
        o.append(off)
    }

    var count: Int { s.count }
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
        v == 0x3002 || v == 0x21 || v == 0x3F || v == 0xFF01 || v == 0xFF1F || v == 0xFF0E
    }
    /// Closing quotes and brackets that may follow a sentence end.
    @inline(__always) static func isCloser(_ v: UInt32) -> Bool {
        v == 0x201D || v == 0x2019 || v == 0x300D || v == 0x300F || v == 0x29 || v == 0x300B || v == 0x3011
            || v == 0x22 || v == 0x27
    }
}
