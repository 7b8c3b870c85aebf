import BriefingAnalysis
import Foundation
import Testing

/// One-character qualifiers that end a word with the character before them are that word.
@Suite struct NumbersWordBoundaryTests {
    @Test(arguments: [("同比节约12.5%", nil), ("制约5%", nil), ("最近3次", nil), ("约12.5%", Qualifier.approx),
                      ("近3次", .approx), ("超1700次", .moreThan), ("赶超20%", nil)])
    func qualifierOrWord(text: String, qualifier: Qualifier?) throws {
        let q = try #require(QuantityScanner.scan(text).last)
        #expect(q.qualifier == qualifier)
    }

    @Test func energyIntensityUnits() throws {
        let q = try #require(QuantityScanner.scan("氧化铝综合能耗为380千克标准煤/吨").first)
        #expect(q.value == 380 && q.unit == "千克标准煤/吨" && q.kind == .quantity)
    }
}
