import Foundation
import Testing
@testable import BriefingAnalysis

/// Offsets, order, and a sentence from a real report.
@Suite struct NumbersScannerTests {
    @Test func offsetsAreScalarOffsets() {
        let text = "氮氧化物排放量同比下降4.76%，较上年提高2.69个百分点。"
        let t = QuantityScanner.scan(text)
        #expect(t.count == 2)
        #expect(t[0].start == 11 && t[0].end == 16 && t[0].text == "4.76%")
        #expect(t[1].start == 22 && t[1].end == 30 && t[1].text == "2.69个百分点")
    }

    @Test func stringAndScalarEntryPointsAgree() {
        let text = "年产15万吨锌锭及副产 24 万吨工业硫酸"
        #expect(QuantityScanner.scan(text) == QuantityScanner.scan(Array(text.unicodeScalars)))
    }

    @Test func reportSentence() {
        let text = "2024年，中铝集团新能源新增装机526兆瓦，年增加新能源发电约10.52亿千瓦时，开展演练1100次以上，排查超1700次。"
        let t = QuantityScanner.scan(text)
        #expect(t.map(\.text) == ["526兆瓦", "约10.52亿千瓦时", "1100次以上", "超1700次"])
        #expect(t.map(\.qualifier) == [nil, .approx, .atLeast, .moreThan])
        #expect(t.map(\.baseValue) == [526000, 1_052_000_000, 1100, 1700])
        for (a, b) in zip(t, t.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func spacesFromPDFExtraction() {
        NumbersTest.check("副产 24 万吨", token: "24 万吨", value: "24", unit: "万吨", kind: .quantity, base: "240000", baseUnit: "吨")
        NumbersTest.check("一百 五 十 二", token: "一百 五 十 二", value: "152", kind: .number)
    }

    @Test func emptyAndTrivialInputs() {
        #expect(QuantityScanner.scan("").isEmpty)
        #expect(QuantityScanner.scan("没有数字的句子。").isEmpty)
        #expect(QuantityScanner.scan("-").isEmpty)
        #expect(QuantityScanner.scan("%").isEmpty)
    }
}
