/// A decoded, normalized text with a map from every normalized scalar back to the original.
///
/// `text` is what the extractor reads: full-width forms folded to ASCII, lines broken by PDF
/// extraction joined, doubled fake-bold runs collapsed. Paragraphs are separated by "\n".
/// `originalOffset[i]` is the offset in `original` of `text[i]` (one extra entry at the end
/// for the end offset), so any range of `text` maps back to the original characters and line.
public struct Document: Sendable {
    /// The file path as the user gave it ("-" for standard input).
    public let file: String
    /// The decoded original text as Unicode scalars.
    public let original: [Unicode.Scalar]
    /// The normalized text.
    public let text: [Unicode.Scalar]
    /// For each scalar of `text`, its offset in `original`; `count == text.count + 1`.
    public let originalOffset: [Int]
    /// Offsets in `original` where each line starts (line 1 starts at 0).
    public let lineStarts: [Int]

    public init(file: String, original: [Unicode.Scalar], text: [Unicode.Scalar],
                originalOffset: [Int], lineStarts: [Int]) {
        precondition(originalOffset.count == text.count + 1)
        self.file = file; self.original = original; self.text = text
        self.originalOffset = originalOffset; self.lineStarts = lineStarts
    }

    /// The 1-based line of the original that holds original offset `offset`.
    public func line(ofOriginal offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The 1-based original line of normalized position `index`.
    public func line(ofText index: Int) -> Int {
        line(ofOriginal: originalOffset[min(max(index, 0), text.count)])
    }

    /// The original characters behind normalized range `range`, line breaks (and the
    /// spaces PDF extraction put around them) removed.
    public func originalQuote(_ range: Range<Int>) -> String {
        let lo = originalOffset[range.lowerBound]
        let hi = range.isEmpty ? lo : originalOffset[range.upperBound - 1] + 1
        guard hi > lo else { return "" }
        // Encodes straight to UTF-8; spaces and tabs are one byte, so dropping the ones before
        // a break is dropping trailing bytes.
        return original.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: utf8Count(UnsafeBufferPointer(rebasing: src[lo..<hi]))) { out in
                var w = 0
                var afterBreak = false
                for k in lo..<hi {
                    let v = src[k].value
                    if v == 0x0A || v == 0x0D {
                        while w > 0, out[w - 1] == 0x20 || out[w - 1] == 0x09 { w -= 1 }
                        afterBreak = true
                    } else if afterBreak && (v == 0x20 || v == 0x09) {
                        continue
                    } else {
                        afterBreak = false
                        w = utf8Encode(v, into: out, at: w)
                    }
                }
                return w
            }
        }
    }
}
