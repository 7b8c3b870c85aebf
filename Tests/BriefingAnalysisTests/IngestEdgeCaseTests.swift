import Testing
@testable import BriefingAnalysis

/// Degenerate inputs: the normalizer never traps and keeps its invariants.
@Suite struct IngestEdgeCaseTests {
    static let inputs = [
        "", "\n", "\n\n\n", "   \n  \n", "\r", "\r\n", "甲", "甲\n", "\n甲", "。", "1", "1 234", " 4 027 ",
        "甲\n乙\n丙", "甲\n乙\n丙\n", "【】", "【", "——", "问:", "(", ")", "图为", "张张 红红 摄摄",
        "美丽中国美丽中国", "①①\n②②", "\u{FEFF}", "\u{200B}\u{200B}", "\t\t", "a\u{0}b", "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀",
    ]

    @Test(arguments: inputs)
    func invariantsHold(_ s: String) {
        let d = Normalizer.normalize(s, file: "e")
        #expect(d.originalOffset.count == d.text.count + 1)
        #expect(d.original == Array(s.utf8))
        for i in 0..<d.text.count {
            #expect(d.originalOffset[i] >= 0 && Int(d.originalOffset[i]) < d.original.count)
            #expect(d.original[Int(d.originalOffset[i])] & 0xC0 != 0x80)  // a character's first byte
            if i > 0 { #expect(d.originalOffset[i] > d.originalOffset[i - 1]) }
        }
        #expect(d.text.first != "\n" && d.text.last != "\n")
        #expect(d.text.first != " " && d.text.last != " ")
        #expect(d.lineStarts.first == 0)
        #expect(d.lineStarts == Normalizer.lineStarts(d.original))
        _ = d.originalQuote(0..<d.text.count)
        _ = d.line(ofText: d.text.count)
    }

    @Test func emptyText() {
        let d = Normalizer.normalize("", file: "e")
        #expect(d.text.isEmpty)
        #expect(d.originalOffset == [0])
        #expect(d.lineStarts == [0])
        #expect(d.line(ofText: 0) == 1)
    }

    @Test func verticalTitleAtEnd() {
        #expect(IngestTestSupport.norm("正文的一行到此结束。\n\n东\n轻\n新\n闻") == "正文的一行到此结束。\n东轻新闻")
    }
}
