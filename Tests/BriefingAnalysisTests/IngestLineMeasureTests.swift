import Foundation
import Testing
@testable import BriefingAnalysis

/// `fold` measures each line as it writes it and `undouble` re-measures the ones it shortens
/// (in place, leaving stale scalars after them); the result must equal measuring the lines
/// from scratch (`measureLine`), which is what `joinLines` relies on.
@Suite struct IngestLineMeasureTests {
    static func linesFromScratch(_ buf: ScalarBuffer, original: UnsafeBufferPointer<UInt8>) -> [Normalizer.LineInfo] {
        buf.s.withUnsafeBufferPointer { s in
            s.withMemoryRebound(to: UInt32.self) { s32 in
                buf.o.withUnsafeBufferPointer { o in
                    var lines: [Normalizer.LineInfo] = []
                    var start = 0
                    for k in 0...s32.count where k == s32.count || s32[k] == 0x0A {
                        var line = Normalizer.measureLine(s32.baseAddress!, o.baseAddress!, from: start, to: k, original: original)
                        line.breakPos = k < s32.count ? k : -1
                        lines.append(line)
                        start = k + 1
                    }
                    return lines
                }
            }
        }
    }

    /// Each line measured again over its own (trimmed) range, and its break checked: what
    /// is left of a line after `undouble` is only known from its `LineInfo`.
    static func remeasured(_ buf: ScalarBuffer, original: UnsafeBufferPointer<UInt8>) -> [Normalizer.LineInfo] {
        buf.s.withUnsafeBufferPointer { s in
            s.withMemoryRebound(to: UInt32.self) { s32 in
                buf.o.withUnsafeBufferPointer { o in
                    buf.lines.enumerated().map { k, line in
                        var again = Normalizer.measureLine(s32.baseAddress!, o.baseAddress!, from: line.start, to: line.end,
                                                           original: original)
                        again.breakPos = line.breakPos
                        let last = k == buf.lines.count - 1
                        #expect(last ? line.breakPos == -1 : line.breakPos >= line.end && s32[line.breakPos] == 0x0A)
                        return again
                    }
                }
            }
        }
    }

    static func check(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { original in
            var starts: [Int] = []
            guard var buf = Normalizer.fold(original, lineStarts: &starts) else { Issue.record("not UTF-8"); return }
            #expect(buf.lines == linesFromScratch(buf, original: original), "after fold: \(text.prefix(40).debugDescription)")
            Normalizer.undouble(&buf, original: original)
            #expect(buf.lines == remeasured(buf, original: original), "after undouble: \(text.prefix(40).debugDescription)")
        }
    }

    @Test(arguments: [
        "", "\n", "甲\n", "  甲乙  \n\u{3000}丙\u{3000}\n", "a\r\nb\rc\u{2028}d\u{0B}e",
        "美丽中国美丽中国美丽中国\n正文一行。\n张张 红红 摄摄\n美丽美丽\n",
        "ＡＢＣ１２３　全角\n\u{00A0}x\u{00A0}\n\t缩进\t\n", "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀\n。。““”” 重要重要重要新闻\n",
    ])
    func smallTexts(_ text: String) { Self.check(text) }

    @Test func sampleAndFixtures() throws {
        let texts = try IngestTestSupport.sampleAndFixtures()
        for (_, text) in texts { Self.check(text) }
        #expect(texts.count > 10)
    }
}
