import Testing
@testable import BriefingAnalysis

/// Pass 4: spaces PDF extraction puts between characters.
@Suite struct IngestSpacesTests {
    let norm = IngestTestSupport.norm

    @Test func spacesNextToCJKAreRemoved() {
        #expect(norm("减少二氧化碳排放 8.2 万吨") == "减少二氧化碳排放8.2万吨")
        #expect(norm("2024 年") == "2024年")
        #expect(norm("（李 哲）") == "(李哲)")
        #expect(norm("A 级评价") == "A级评价")
        #expect(norm("“ 零事故 ”") == "“零事故”")
    }

    @Test func thousandsGroupingSpaceIsRemoved() {
        #expect(norm("产量 4 027万吨") == "产量4027万吨")
        #expect(norm("共 1 234 567 吨") == "共1234567吨")
        #expect(norm("4 027.5万吨") == "4027.5万吨")
    }

    @Test func spacesBetweenOtherNumbersStay() {
        #expect(norm("GB 25465") == "GB 25465")
        #expect(norm("2023 2024") == "2023 2024")
        #expect(norm("12.5 100") == "12.5 100")
        #expect(norm("1 2345") == "1 2345")
    }

    @Test func asciiWordsKeepOneSpace() {
        #expect(norm("MES   system  test") == "MES system test")
        #expect(norm("   前后空格   ") == "前后空格")
    }
}
