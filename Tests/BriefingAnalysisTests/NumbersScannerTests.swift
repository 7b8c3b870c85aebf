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

/// Random inputs built from the characters the scanner cares about: it never traps, and its
/// tokens are ordered, non-overlapping, inside the text, with `text` equal to the scanned span.
@Suite struct NumbersRobustnessTests {
    static let alphabet = Array("0123456789０１２.,，、 -+/%％‰一二两三十百千万亿兆零〇点分之又成折余多几约超以上下内左右个百分点吨万元千瓦时年月日第负半对打“”\nGBeEk^:".unicodeScalars)

    @Test func randomInputs() {
        var rng = SplitMix(seed: 42)
        for _ in 0..<3000 {
            let length = Int(rng.next() % 24)
            let scalars = (0..<length).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }
            let tokens = QuantityScanner.scan(scalars)
            var previousEnd = 0
            for q in tokens {
                #expect(q.start >= previousEnd && q.start < q.end && q.end <= scalars.count)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[q.start..<min(q.end, scalars.count)])
                #expect(String(view) == q.text)
                previousEnd = q.end
            }
        }
    }

    @Test func listWithScaleWordSharesTheFullUnit() {
        let t = QuantityScanner.scan("1.2万、3.4万吨")
        #expect(t.map(\.unit) == ["万吨", "万吨"])
        #expect(t.map(\.baseUnit) == ["吨", "吨"])
        #expect(t.map(\.baseValue) == [12000, 34000])
    }
}

/// A tiny deterministic generator for the robustness test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
