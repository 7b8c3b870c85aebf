import Foundation

// Provenance: each figure's quote and line (and for PDF input its page and box), read from the original once the text is read.

extension ExtractionRun {
    /// `text[range]` as a String trimmed of `.whitespaces` (Unicode Zs and tab). Foundation's
    /// trimming cost tens of thousands of instructions a call, so it is left to the clauses that
    /// could start or end with such a scalar.
    static func trimmedWhitespace(_ range: Range<Int>, in text: Scalars) -> String {
        let clause = text.string(range)
        guard let first = range.first, let last = range.last,
              mayBeWhitespace(text[first]) || mayBeWhitespace(text[last]) else { return clause }
        return clause.trimmingCharacters(in: .whitespaces)
    }

    /// False for every scalar not in `CharacterSet.whitespaces` (tab and the Zs category).
    static func mayBeWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Where a figure's quote stands in the text: its clause without the spaces, marks and
    /// unmatched opening quote at its ends.
    func quoteRange(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, text[lo] == " " || text[lo] == "“" && !text[lo..<hi].contains("”") { lo += 1 }
        while hi > lo, Self.endsClause(text[hi - 1]) || Self.endsSentence(text[hi - 1]) || text[hi - 1] == " " { hi -= 1 }
        return lo..<hi
    }

    /// Gives every figure its quote and line, once the text is read. They come from the
    /// original and its offsets, which ingest touched last: by now most of their cache lines
    /// have left the cache, and read figure by figure each stalled on memory. Here the offsets
    /// of all figures are read first, in a loop whose reads do not wait for one another (the
    /// processor overlaps them), and the quotes and lines are made from what they gave.
    mutating func fillProvenance(from firstFigure: Int = 0) {
        let pending = pendingProvenance
        pendingProvenance = []
        precondition(pending.count == result.figures.count - firstFigure, "every figure waits for its provenance")
        var spans: [(bytes: Range<Int>, number: Int)] = []
        spans.reserveCapacity(pending.count)
        for p in pending {
            spans.append((document.originalRange(p.quote), Int(document.originalOffset[p.numberAt])))
        }
        var cached: (range: Range<Int>, text: String)?  // a list's figures share their clause's quote
        for (k, p) in pending.enumerated() {
            let figure = firstFigure + k  // every figure of this document is pending, in order
            if cached?.range != p.quote { cached = (p.quote, Self.trimmingSpaces(document.originalQuote(bytes: spans[k].bytes))) }
            result.figures[figure].quote = cached!.text
            result.figures[figure].line = lines.line(ofOriginal: spans[k].number)
            if let place = document.pagePlace(ofNumberAt: spans[k].number) {  // PDF input only
                result.figures[figure].page = place.page
                result.figures[figure].box = place.box
            }
        }
    }

    /// `quote` without the spaces at either end. A space is one UTF-8 byte: they are counted on
    /// the bytes (the views' `first` and `last` cost more than the count) and dropped when there
    /// are any.
    static func trimmingSpaces(_ quote: String) -> String {
        var quote = quote
        let (leading, trailing) = quote.withUTF8 { bytes -> (Int, Int) in
            var i = 0, j = bytes.count
            while i < j, bytes[i] == 0x20 { i += 1 }
            while j > i, bytes[j - 1] == 0x20 { j -= 1 }
            return (i, bytes.count - j)
        }
        if leading > 0 || trailing > 0 { quote = String(quote.utf8.dropFirst(leading).dropLast(trailing))! }
        return quote
    }
}
