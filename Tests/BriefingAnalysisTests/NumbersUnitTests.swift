import Foundation
import Testing
@testable import BriefingAnalysis

/// Units, scale words folded into the base value, compound units, units shared by a list.
@Suite struct NumbersUnitTests {
    @Test(arguments: [
        ("吨", "吨", "1"), ("万吨", "吨", "10000"), ("亿吨", "吨", "100000000"),
        ("千瓦时", "千瓦时", "1"), ("万千瓦时", "千瓦时", "10000"), ("亿千瓦时", "千瓦时", "100000000"), ("度", "千瓦时", "1"),
        ("千瓦", "千瓦", "1"), ("万千瓦", "千瓦", "10000"), ("兆瓦", "千瓦", "1000"), ("瓦", "瓦", "1"),
        ("元", "元", "1"), ("万元", "元", "10000"), ("亿元", "元", "100000000"),
        ("立方米", "立方米", "1"), ("万立方米", "立方米", "10000"),
        ("吨标煤", "吨标煤", "1"), ("万吨标煤", "吨标煤", "10000"), ("吨标准煤", "吨标煤", "1"),
        ("万棵", "棵", "10000"), ("公斤", "千克", "1"), ("%", "%", "1"), ("百分点", "百分点", "1"),
        ("万", "", "10000"), ("万亿", "", "1000000000000"), ("吨标煤/吨铝", "吨标煤/吨铝", "1"), ("万元/吨", "元/吨", "10000"),
    ])
    func baseOfUnit(unit: String, base: String, factor: String) {
        let b = UnitTable.base(of: unit)
        #expect(b.unit == base && b.factor == NumbersTest.d(factor), "\(unit) → \(b)")
    }

    @Test(arguments: [
        ("产量8.2万吨", "8.2万吨", "8.2", "万吨", "82000", "吨"),
        ("发电10.52亿千瓦时", "10.52亿千瓦时", "10.52", "亿千瓦时", "1052000000", "千瓦时"),
        ("装机300兆瓦", "300兆瓦", "300", "兆瓦", "300000", "千瓦"),
        ("装机4.5万千瓦", "4.5万千瓦", "4.5", "万千瓦", "45000", "千瓦"),
        ("5千瓦", "5千瓦", "5", "千瓦", "5", "千瓦"), ("用电100度", "100度", "100", "度", "100", "千瓦时"),
        ("用水5万立方米", "5万立方米", "5", "万立方米", "50000", "立方米"),
        ("节约标煤4000吨", "4000吨", "4000", "吨", "4000", "吨"),
        ("节能2.1万吨标煤", "2.1万吨标煤", "2.1", "万吨标煤", "21000", "吨标煤"),
        ("折合3吨标准煤", "3吨标准煤", "3", "吨标准煤", "3", "吨标煤"),
        ("运行3小时", "3小时", "3", "小时", "3", "小时"), ("开展演练1100次", "1100次", "1100", "次", "1100", "次"),
        ("完成37项", "37项", "37", "项", "37", "项"), ("6家企业", "6家", "6", "家", "6", "家"),
        ("4台机组", "4台", "4", "台", "4", "台"), ("440名党员", "440名", "440", "名", "440", "名"),
        ("50人", "50人", "50", "人", "50", "人"), ("植树460万棵", "460万棵", "460", "万棵", "4600000", "棵"),
        ("海拔5258米", "5258米", "5258", "米", "5258", "米"), ("12公里", "12公里", "12", "公里", "12", "千米"),
        ("1200平方米", "1200平方米", "1200", "平方米", "1200", "平方米"), ("30亩", "30亩", "30", "亩", "30", "亩"),
        ("5公顷", "5公顷", "5", "公顷", "5", "公顷"), ("20千克", "20千克", "20", "千克", "20", "千克"),
        ("15公斤", "15公斤", "15", "公斤", "15", "千克"), ("4个党支部", "4个", "4", "个", "4", "个"),
        ("12 个方面", "12 个", "12", "个", "12", "个"),
        ("能耗1.5吨标煤/吨铝", "1.5吨标煤/吨铝", "1.5", "吨标煤/吨铝", "1.5", "吨标煤/吨铝"),
        ("电耗13500千瓦时/吨", "13500千瓦时/吨", "13500", "千瓦时/吨", "13500", "千瓦时/吨"),
        ("排放0.3千克/吨", "0.3千克/吨", "0.3", "千克/吨", "0.3", "千克/吨"),
        // A substance inside a mass unit: with 当量 or a `/` after it.
        ("强度0.62吨二氧化碳/兆瓦时", "0.62吨二氧化碳/兆瓦时", "0.62", "吨二氧化碳/兆瓦时", "0.62", "吨二氧化碳/兆瓦时"),
        ("排放1250万吨二氧化碳当量", "1250万吨二氧化碳当量", "1250", "万吨二氧化碳当量", "12500000", "吨二氧化碳当量"),
        ("排放1.2吨CO2/吨", "1.2吨CO2/吨", "1.2", "吨CO2/吨", "1.2", "吨CO2/吨"),
        ("排放3.5万吨CO2e", "3.5万吨CO2e", "3.5", "万吨CO2e", "35000", "吨CO2e"),
        // A scale word in the denominator.
        ("能耗0.32吨标准煤/万元", "0.32吨标准煤/万元", "0.32", "吨标准煤/万元", "0.32", "吨标煤/万元"),
        // Without either, the substance is what the text says is emitted: 减排8.2万吨二氧化碳.
        ("减排8.2万吨二氧化碳", "8.2万吨", "8.2", "万吨", "82000", "吨"),
    ])
    func quantities(text: String, token: String, value: String, unit: String, base: String, baseUnit: String) {
        NumbersTest.check(text, token: token, value: value, unit: unit, kind: .quantity, base: base, baseUnit: baseUnit)
    }

    @Test func money() {
        NumbersTest.check("投资150万元", token: "150万元", value: "150", unit: "万元", kind: .money, base: "1500000", baseUnit: "元")
        NumbersTest.check("营收3.2亿元", token: "3.2亿元", value: "3.2", unit: "亿元", kind: .money, base: "320000000", baseUnit: "元")
        NumbersTest.check("5元", token: "5元", value: "5", unit: "元", kind: .money)
    }

    @Test func bareScaleWord() {
        NumbersTest.check("约1.2万", token: "约1.2万", value: "1.2", unit: "万", kind: .number, qualifier: .approx, base: "12000", baseUnit: "")
        NumbersTest.check("共1.2万，", token: "1.2万", value: "1.2", unit: "万", kind: .number, base: "12000", baseUnit: "")
    }

    @Test func listSharesTheLastUnit() {
        let a = QuantityScanner.scan("分别为12.43、10.85%")
        #expect(a.map(\.unit) == ["%", "%"])
        #expect(a.map(\.kind) == [.percent, .percent])
        #expect(a[0].text == "12.43")
        let b = QuantityScanner.scan("1.2、3.4万吨")
        #expect(b.map(\.unit) == ["万吨", "万吨"])
        #expect(b.map(\.baseValue) == [12000, 34000])
        #expect(b.map(\.baseUnit) == ["吨", "吨"])
        let c = QuantityScanner.scan("12.43%和10.85%")
        #expect(c.map(\.value) == [NumbersTest.d("12.43"), NumbersTest.d("10.85")])
        #expect(c.map(\.unit) == ["%", "%"])
        let d = QuantityScanner.scan("1、2及3家")
        #expect(d.map(\.unit) == ["家", "家", "家"])
        let e = QuantityScanner.scan("5与6个百分点")
        #expect(e.map(\.kind) == [.percentagePoint, .percentagePoint])
        // not joined: a comma, or words between
        #expect(QuantityScanner.scan("12，10%")[0].unit == "")
        #expect(QuantityScanner.scan("12个 和 3")[1].unit == "")
    }
}
