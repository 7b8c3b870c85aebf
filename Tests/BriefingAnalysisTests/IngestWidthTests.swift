import Testing
@testable import BriefingAnalysis

/// Pass 1: full-width forms, line endings, invisible characters.
@Suite struct IngestWidthTests {
    let norm = IngestTestSupport.norm

    @Test func fullWidthDigitsAndPunctuationBecomeASCII() {
        #expect(norm("同比下降４．７６％，达到（１２３）：；") == "同比下降4.76%,达到(123):;")
        #expect(norm("ＡＢＣ　ｘｙｚ") == "ABC xyz")
    }

    @Test func chinesePunctuationWithoutASCIIFormIsKept() {
        #expect(norm("“绿色”《标准》【中铝】，、。") == "“绿色”《标准》【中铝】,、。")
    }

    @Test func asciiPunctuationIsLeftAlone() {
        #expect(norm("下降4.76%, 增长(3%)") == "下降4.76%,增长(3%)")  // space next to CJK goes
        #expect(norm("rate 4.76%, up") == "rate 4.76%, up")
    }

    @Test func lineEndingsCRLFAndCR() {
        #expect(norm("第一段。\r\n第二段。\r\n") == "第一段。\n第二段。")
        #expect(norm("第一段。\r第二段。\r") == "第一段。\n第二段。")
        #expect(norm("第一段。\r\n\r\n第二段。") == "第一段。\n第二段。")
    }

    @Test func invisibleCharactersAreDropped() {
        #expect(norm("\u{FEFF}排放\u{200B}量下降\u{00AD}5%") == "排放量下降5%")
    }

    @Test func tabsAndNoBreakSpaces() {
        #expect(norm("GB\t25465") == "GB 25465")
        #expect(norm("GB\u{00A0}25465 and\u{3000}more") == "GB 25465 and more")
        #expect(norm("排放\t8.2\u{00A0}万吨") == "排放8.2万吨")
    }
}
