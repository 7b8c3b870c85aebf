import Foundation
import Testing
@testable import BriefingAnalysis

/// `ChineseNumber.parse`: simplified, traditional and financial numerals, scale words, decimals.
@Suite struct NumbersChineseTests {
    @Test(arguments: [
        ("三千零五", "3005"), ("两百", "200"), ("一百五十二", "152"), ("二十", "20"), ("十五", "15"), ("十", "10"),
        ("一万三", "13000"), ("四百五", "450"), ("一千零一", "1001"), ("一百零一万一千", "1011000"),
        ("五亿零六", "500000006"), ("四亿五千六百四十二万零一十五", "456420015"), ("四万万", "400000000"),
        ("四十五亿四千零四万", "4540040000"), ("二十一万亿", "21000000000000"),
        ("壹佰伍拾", "150"), ("肆佰陸拾", "460"), ("兩千四百五", "2450"), ("拾萬零五十六", "100056"),
        ("壹贰叁", "123"), ("二〇二四", "2024"), ("〇", "0"),
        ("三点五", "3.5"), ("零点五", "0.5"), ("十五點七", "15.7"), ("两千万点五五四四", "20000000.5544"),
        ("负三十二", "-32"), ("負六点六", "-6.6"),
        ("1.2万", "12000"), ("8.2万", "82000"), ("4.78万亿", "4780000000000"), ("3万4000", "34000"),
        ("1千零20", "1020"), ("25万6千", "256000"), ("10万万", "1000000000"),
        ("百分之五", "5"), ("千分之三", "0.3"), ("三成", "30"), ("百分之五十五点五七九", "55.579"),
    ])
    func parses(text: String, value: String) {
        #expect(ChineseNumber.parse(text) == NumbersTest.d(value), "\(text)")
    }

    @Test func fractionIsRoundedToSixteenPlaces() {
        #expect(ChineseNumber.parse("三分之一") == NumbersTest.d("0.3333333333333333"))
        #expect(ChineseNumber.parse("二分之一") == NumbersTest.d("0.5"))
        #expect(ChineseNumber.parse("三百五十又3分之1") == NumbersTest.d("350.3333333333333333"))
    }

    @Test(arguments: ["十四五", "一是", "二氧化碳", "第一", "万一", "5吨", "约5", "abc", "", "  ", "万", "二三十"])
    func rejects(text: String) {
        #expect(ChineseNumber.parse(text) == nil, "\(text)")
    }

    @Test func scannerReadsChineseNumeralsWithUnits() {
        NumbersTest.check("三千五百万吨", token: "三千五百万吨", value: "3500", unit: "万吨", kind: .quantity, base: "35000000", baseUnit: "吨")
        NumbersTest.check("四个党支部", token: "四个", value: "4", unit: "个", kind: .quantity)
        NumbersTest.check("两台机组", token: "两台", value: "2", unit: "台", kind: .quantity)
        NumbersTest.check("叁拾伍名", token: "叁拾伍名", value: "35", unit: "名", kind: .quantity)
        NumbersTest.check("五点八", token: "五点八", value: "5.8", kind: .number)
        NumbersTest.check("共计三千五百", token: "三千五百", value: "3500", kind: .number)
    }
}
