import Foundation
import Testing
@testable import BriefingAnalysis

/// Words, dates, codes and identifiers that must not become numbers.
@Suite struct NumbersExclusionTests {
    @Test(arguments: [
        "二氧化碳", "一氧化碳", "二氧化硫", "一是加强管理，二是完善制度，三是强化考核", "“十四五”期间", "“十三五”末", "十四五规划",
        "第一", "第二季度", "第3名", "一般", "一体化", "一线", "一批", "一起", "统一", "唯一", "万一", "一些", "一直", "一流",
        "一次能源", "一次性", "二次污染", "一对一帮扶", "千万不要", "百年", "十八大以来", "党的二十大", "一带一路",
        "2024年", "2024 年", "2025年6月5日", "6月5日", "2023年版", "1-3月", "2021—2025年", "十二月", "二〇二四年",
        "GB 25465-2010", "GB/T 1234.5-2008", "ISO 14001", "HJ 2.2-2018", "0871-12345678", "13912345678",
        "v1.2.3", "2024.6.5", "A级", "5G网络", "3D打印", "PM2.5", "CO2", "“4223”工程", "“1+3+1”体系", "8:30",
        "https://example.com/a?q=30%25", "1号机组", "2024/6/5", "中铝集团2024协同推进",
    ])
    func noNumbers(text: String) {
        let tokens = QuantityScanner.scan(text)
        #expect(tokens.isEmpty, "\(text) → \(tokens.map(\.text))")
    }

    @Test func numbersNextToExclusions() {
        #expect(QuantityScanner.scan("2024年产量8.2万吨").map(\.text) == ["8.2万吨"])
        #expect(QuantityScanner.scan("1-3月发电10亿千瓦时").map(\.text) == ["10亿千瓦时"])
        #expect(QuantityScanner.scan("二氧化硫排放下降12%").map(\.text) == ["12%"])
        #expect(QuantityScanner.scan("按GB 25465-2010排放3吨").map(\.text) == ["3吨"])
        #expect(QuantityScanner.scan("PM2.5浓度35微克/立方米").map(\.text) == ["35微克/立方米"])
        #expect(QuantityScanner.scan("一是完成三项任务").map(\.text) == ["三项"])
        #expect(QuantityScanner.scan("近3年").map(\.text) == ["近3年"])
        #expect(QuantityScanner.scan("产量2024吨").map(\.text) == ["2024吨"])
        #expect(QuantityScanner.scan("产量达2024，").map(\.text) == ["2024"])
    }

    @Test func singleChineseNumeralsNeedAUnitOrTheirOwnLine() {
        #expect(QuantityScanner.scan("这是五那是四").isEmpty)
        #expect(QuantityScanner.scan("五台").map(\.value) == [5])
        #expect(QuantityScanner.scan("表\n二\n").map(\.value) == [2])
    }
}
