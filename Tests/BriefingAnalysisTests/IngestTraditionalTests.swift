import Testing
@testable import BriefingAnalysis

/// Pass 1b: a text in traditional characters is read as simplified; quotes keep the original.
@Suite struct IngestTraditionalTests {
    @Test func traditionalTextIsReadAsSimplified() {
        let d = Normalizer.normalize("本公司溫室氣體排放量為125萬噸，較上年減少4.2%。", file: "t")
        #expect(IngestTestSupport.string(d.text) == "本公司温室气体排放量为125万吨,较上年减少4.2%。")
        #expect(d.originalQuote(0..<d.text.count) == "本公司溫室氣體排放量為125萬噸，較上年減少4.2%。")
    }

    @Test func aFewTraditionalCharactersInSimplifiedTextStay() {
        // A quoted name in traditional characters inside a long simplified text.
        let text = "《華夏時報》报道，" + String(repeating: "公司全年二氧化硫排放量同比下降百分之五，综合利用率持续提高。", count: 20)
        #expect(IngestTestSupport.string(Normalizer.normalize(text, file: "t").text).hasPrefix("《華夏時報》"))
    }

    @Test func everyPairMapsOneTraditionalToOneSimplifiedCharacter() {
        let scalars = Array(Normalizer.traditionalPairs.unicodeScalars.filter { $0.value >= 0x4E00 && $0.value < 0xA000 })
        #expect(scalars.count % 2 == 0 && scalars.count > 600)
        let traditional = stride(from: 0, to: scalars.count, by: 2).map { scalars[$0] }
        let simplified = Set(stride(from: 1, to: scalars.count, by: 2).map { scalars[$0] })
        #expect(Set(traditional).count == traditional.count, "each traditional character once")
        #expect(Set(traditional).isDisjoint(with: simplified), "no traditional form is also a simplified target")
    }
}
