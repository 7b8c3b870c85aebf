import Foundation
import Testing
@testable import BriefingAnalysis

/// Qualifiers are kept, with their words inside the token's text and offsets.
@Suite struct NumbersQualifierTests {
    @Test(arguments: [
        ("约10.52亿千瓦时", "约10.52亿千瓦时", Qualifier.approx), ("大约5吨", "大约5吨", .approx),
        ("3万吨左右", "3万吨左右", .approx), ("近3年", "近3年", .approx), ("将近20家", "将近20家", .approx),
        ("19%以上", "19%以上", .atLeast), ("不少于10人", "不少于10人", .atLeast), ("至少3家", "至少3家", .atLeast),
        ("超1700次", "超1700次", .moreThan), ("超过5%", "超过5%", .moreThan), ("逾百亿元", "逾百亿元", .moreThan),
        ("600余万元", "600余万元", .moreThan), ("20余名", "20余名", .moreThan), ("10余项", "10余项", .moreThan),
        ("1700余次", "1700余次", .moreThan), ("20多家", "20多家", .moreThan), ("二十几万", "二十几万", .moreThan),
        ("5万余吨", "5万余吨", .moreThan),
        ("5吨以内", "5吨以内", .atMost), ("5%以下", "5%以下", .atMost), ("不超过5吨", "不超过5吨", .atMost),
        ("不到3成", "不到3成", .lessThan), ("不足100人", "不足100人", .lessThan),
    ])
    func qualifier(text: String, token: String, qualifier: Qualifier) {
        guard let q = NumbersTest.one("其中" + text + "。") else { return }
        #expect(q.text == token)
        #expect(q.qualifier == qualifier)
        #expect(q.start == 2 && q.end == 2 + token.unicodeScalars.count)
    }

    @Test func infixQualifierKeepsScaleInUnit() {
        NumbersTest.check("600余万元", token: "600余万元", value: "600", unit: "万元", kind: .money, qualifier: .moreThan, base: "6000000", baseUnit: "元")
        NumbersTest.check("一千五百零几万", token: "一千五百零几万", value: "1500", unit: "万", kind: .number, qualifier: .moreThan, base: "15000000", baseUnit: "")
    }

    @Test func poWan() {
        NumbersTest.check("产量破万吨", token: "破万吨", value: "1", unit: "万吨", kind: .quantity, qualifier: .moreThan, base: "10000", baseUnit: "吨")
        NumbersTest.check("破100万吨", token: "破100万吨", value: "100", unit: "万吨", kind: .quantity, qualifier: .moreThan, base: "1000000", baseUnit: "吨")
    }
}
