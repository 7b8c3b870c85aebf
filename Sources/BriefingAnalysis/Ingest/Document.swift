/// A decoded, normalized text with a map from every normalized scalar back to the original.
///
/// `text` is what the extractor reads: full-width forms folded to ASCII, lines broken by PDF
/// extraction joined, doubled fake-bold runs collapsed. Paragraphs are separated by "\n".
/// `original` is the input as UTF-8 (the file's own bytes when it was UTF-8; transcoded from
/// UTF-16 or GB18030 otherwise). `originalOffset[i]` is the byte offset in `original` where
/// the character behind `text[i]` starts (one extra entry at the end: `original.count`), so
/// any range of `text` maps back to the original characters and line.
public struct Document: Sendable {
    /// The file path as the user gave it ("-" for standard input).
    public let file: String
    /// The original text as UTF-8 bytes (a UTF-8 byte order mark, if any, included).
    public let original: [UInt8]
    /// The normalized text.
    public let text: [Unicode.Scalar]
    /// For each scalar of `text`, the byte offset in `original` of the character it came
    /// from; `count == text.count + 1`. (32 bits: inputs are at most 1 GiB, see `Ingest`.)
    public let originalOffset: [Int32]
    /// Byte offsets in `original` where each line starts (line `firstLine` starts at 0).
    public let lineStarts: [Int]
    /// The number of the line `original` starts with: 1 for a whole file; for a chunk of a
    /// file read in parts (`TextChunks`), the line of the file the chunk starts at, so lines
    /// count in the file.
    public var firstLine = 1
    /// For a text rebuilt from a PDF: the page and box of every character of `original` the
    /// PDF drew (nil for text input).
    public var pages: PageProvenance?
    /// For a text rebuilt from a PDF: what could not be read while the rest was (a page
    /// without a text layer), phrased as input errors.
    public var problems: [IngestError] = []

    public init(file: String, original: [UInt8], text: [Unicode.Scalar],
                originalOffset: [Int32], lineStarts: [Int]) {
        precondition(originalOffset.count == text.count + 1)
        self.file = file; self.original = original; self.text = text
        self.originalOffset = originalOffset; self.lineStarts = lineStarts
    }

    /// The 1-based line of the original that holds byte offset `offset` (counted from
    /// `firstLine`).
    public func line(ofOriginal offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + firstLine
    }

    /// The 1-based original line of normalized position `index`.
    public func line(ofText index: Int) -> Int {
        line(ofOriginal: Int(originalOffset[min(max(index, 0), text.count)]))
    }

    /// The bytes of `original` behind normalized range `range`: from the first scalar's
    /// character to the end of the last one's.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        let lo = Int(originalOffset[range.lowerBound])
        guard !range.isEmpty else { return lo..<lo }
        let last = Int(originalOffset[range.upperBound - 1])
        return lo..<(last + utf8Length(leadByte: original[last]))
    }

    /// The original characters behind normalized range `range`, line breaks (and the
    /// spaces PDF extraction put around them) removed.
    public func originalQuote(_ range: Range<Int>) -> String { originalQuote(bytes: originalRange(range)) }

    /// `originalQuote` of the original bytes `bytes` (as `originalRange` gives them).
    public func originalQuote(bytes: Range<Int>) -> String {
        guard !bytes.isEmpty else { return "" }
        // Spaces and tabs are one byte, so dropping the ones before a break is dropping
        // trailing bytes; every other byte is copied as it is (valid UTF-8 in, valid out).
        return original.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var w = 0
                var k = bytes.lowerBound
                var afterBreak = false
                while k < bytes.upperBound {
                    let b = src[k]
                    if b == 0x0A || b == 0x0D {
                        while w > 0, out[w - 1] == 0x20 || out[w - 1] == 0x09 { w -= 1 }
                        afterBreak = true
                        k += 1
                    } else if afterBreak && (b == 0x20 || b == 0x09) {
                        k += 1
                    } else {
                        // The run up to the next break is copied as it is.
                        afterBreak = false
                        let end = nextLineBreak(src, from: k, to: bytes.upperBound)
                        (out.baseAddress! + w).update(from: src.baseAddress! + k, count: end - k)
                        w += end - k
                        k = end
                    }
                }
                return w
            }
        }
    }

    /// Scalar (not byte) offsets in `original` for byte offsets given in ascending order, as
    /// `briefing quantities` reports them; one pass over the original.
    public func originalScalarOffsets(ofAscendingBytes offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var byte = 0, scalars = 0
        original.withUnsafeBufferPointer { src in
            for target in offsets {
                precondition(target >= byte, "offsets must ascend")
                while byte < min(target, src.count) {
                    if src[byte] & 0xC0 != 0x80 { scalars += 1 }
                    byte += 1
                }
                result.append(scalars)
            }
        }
        return result
    }
}

/// Bytes of the UTF-8 sequence that starts with `b` (1 for a stray continuation byte).
@inline(__always) func utf8Length(leadByte b: UInt8) -> Int {
    b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
}

/// The first index in `from..<to` of a "\n" or "\r" byte, or `to`; eight bytes at a time
/// (a quote holds a few breaks in a few hundred bytes).
@inline(__always) func nextLineBreak(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var k = from
    let raw = UnsafeRawPointer(p.baseAddress!)
    while k + 8 <= to {
        let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
        // A byte below 0x0E has its high bit set in x - 0x0E.. and clear in x (Mycroft's test).
        if (x &- 0x0E0E_0E0E_0E0E_0E0E) & ~x & 0x8080_8080_8080_8080 != 0 { break }
        k += 8
    }
    while k < to, p[k] != 0x0A && p[k] != 0x0D { k += 1 }
    return k
}
