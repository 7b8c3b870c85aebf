import Foundation
import Testing
@testable import BriefingAnalysis

/// `undouble` takes only the lines that `mayChange` lets through; searching every line must
/// give the same text, offsets and lines: the screen is a necessary condition, never a guess.
@Suite struct IngestDoublingScreenTests {
    /// The buffer after `undouble` and `joinLines`, with the screen or without it.
    static func normalized(_ bytes: [UInt8], screened: Bool) -> ([Unicode.Scalar], [Int32], [Normalizer.LineInfo]) {
        bytes.withUnsafeBufferPointer { original in
            var starts: [Int] = []
            var buf = Normalizer.fold(original, lineStarts: &starts)!
            Normalizer.simplify(&buf)
            Normalizer.undouble(&buf, original: original, screened: screened)
            let lines = buf.lines
            Normalizer.joinLines(&buf)
            return (buf.s, buf.o, lines)
        }
    }

    static func check(_ text: String, _ label: String) {
        let bytes = Array(text.utf8)
        let screened = normalized(bytes, screened: true), searched = normalized(bytes, screened: false)
        #expect(screened.0 == searched.0, "text: \(label)")
        #expect(screened.1 == searched.1, "offsets: \(label)")
        #expect(screened.2 == searched.2, "lines: \(label)")
    }

    @Test func sampleAndFixtures() throws {
        let texts = try IngestTestSupport.sampleAndFixtures()
        for (path, text) in texts { Self.check(text, path) }
        #expect(texts.count > 10)
    }

    /// Lines of ideographs, digits, spaces and punctuation in which units of 1–12 scalars are
    /// printed 2–4 times at every offset, characters doubled one by one, and whole lines
    /// repeated: every rule fires somewhere, next to lines it must leave alone.
    static func doubledText(seed: UInt64, lines: Int) -> String {
        var state = seed
        func next(_ n: Int) -> Int {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        let alphabet = Array("美丽中国党建引领先锋绿色发展排放总量同比下降吨万𠀀們噸，。、：“”（）  0123456789abc%.…—")
        var text = ""
        for _ in 0..<lines {
            var line: [Character] = []
            let length = 1 + next(40)
            while line.count < length {
                switch next(10) {
                case 0, 1:  // a unit of the line so far, printed again 1–3 times
                    guard !line.isEmpty else { continue }
                    let d = 1 + next(min(12, line.count))
                    let unit = line.suffix(d)
                    for _ in 0...next(3) { line += unit }
                case 2:  // a character doubled
                    let c = alphabet[next(alphabet.count)]
                    line += [c, c]
                default:
                    line.append(alphabet[next(alphabet.count)])
                }
            }
            text += String(line)
            if next(8) == 0 { text += String(line) }  // a whole line printed twice
            text += next(6) == 0 ? "\n\n" : "\n"
        }
        return text
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func generatedDoubledText(seed: UInt64) {
        let text = Self.doubledText(seed: seed, lines: 3000)
        Self.check(text, "seed \(seed)")
        // The rules did fire: the lines are a good deal shorter than folding alone makes them.
        let bytes = Array(text.utf8)
        func length(_ lines: [Normalizer.LineInfo]) -> Int { lines.reduce(0) { $0 + $1.end - $1.start } }
        let folded = bytes.withUnsafeBufferPointer { p in var starts: [Int] = []; return Normalizer.fold(p, lineStarts: &starts)!.lines }
        #expect(length(Self.normalized(bytes, screened: false).2) * 10 < length(folded) * 9)
    }
}
