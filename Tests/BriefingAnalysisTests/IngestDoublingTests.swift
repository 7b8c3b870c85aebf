import Testing
@testable import BriefingAnalysis

/// Pass 2: text printed twice or more by fake-bold PDF rendering.
@Suite struct IngestDoublingTests {
    let norm = IngestTestSupport.norm

    @Test func repeatedUnitCollapses() {
        #expect(norm("美丽中国美丽中国美丽中国美丽中国") == "美丽中国")
        #expect(norm("深刻学习领会习近平深刻学习领会习近平") == "深刻学习领会习近平")
        #expect(norm("美丽中国美丽中国美丽中国美丽中国 中铝先行中铝先行中铝先行中铝先行特 别") == "美丽中国中铝先行特别")
    }

    @Test func unitWhoseFirstCharacterRecurs() {
        #expect(norm("党建引领党员先锋党建引领党员先锋") == "党建引领党员先锋")
    }

    @Test func sampleCaptionLine() {
        let line = "图为山西物流员工工作场景图为山西物流员工工作场景。。 张张 红红 摄摄图为云铝文山厂区图为云铝文山厂区。。 夏夏 兴兴 摄摄"
        #expect(norm(line) == "图为山西物流员工工作场景。张红摄图为云铝文山厂区。夏兴摄")
    }

    @Test func doubledQuotesAroundRepeatedTitle() {
        #expect(norm(" ““以一为基谋新局以一为基谋新局 勇争第一创价值勇争第一创价值””")
                == "“以一为基谋新局勇争第一创价值”")
    }

    @Test func characterDoubledLine() {
        #expect(norm("张张 红红 摄摄") == "张红摄")
        #expect(norm("记记者者 王王小小明明") == "记者王小明")
    }

    @Test func wholeLineShortUnit() {
        #expect(norm("简讯简讯") == "简讯")
    }

    @Test func legitimateTextIsUntouched() {
        for s in ["谢谢大家的支持。", "他常常说，研究研究再定。", "完成率达100%。", "编号1111号机组", "成品率再创新高……",
                  "——记者", "年产量11万吨，增长22%。", "①①", "天天向上，人人有责。", "2024年2024年"] {
            #expect(norm(s) == s.replacingOccurrences(of: "，", with: ","))
        }
    }

    @Test func digitsAreNeverCollapsed() {
        #expect(norm("1122 3344 5566") == "1122 3344 5566")
        #expect(norm("编号 112233445566") == "编号112233445566")
    }
}
