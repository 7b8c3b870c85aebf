import Foundation
import Testing
@testable import BriefingAnalysis

/// Arabic numerals: integers, decimals, thousands separators, full-width digits, signs.
@Suite struct NumbersArabicTests {
    @Test(arguments: [
        ("完成4027件", "4027件", "4027"), ("完成4,027件", "4,027件", "4027"), ("完成4 027件", "4 027件", "4027"),
        ("共1,050,000件", "1,050,000件", "1050000"), ("达10.52件", "10.52件", "10.52"),
        ("４０２７件", "４０２７件", "4027"), ("８.２件", "８.２件", "8.2"), ("２．５件", "２．５件", "2.5"),
        ("１，２３４件", "１，２３４件", "1234"), ("1,234.5件", "1,234.5件", "1234.5"),
    ])
    func integersAndDecimals(text: String, token: String, value: String) {
        NumbersTest.check(text, token: token, value: value, unit: "件", kind: .quantity)
    }

    @Test func bareNumbersHaveKindNumber() {
        NumbersTest.check("指数为0.5", token: "0.5", value: "0.5", kind: .number)
        NumbersTest.check("共 12345 ", token: "12345", value: "12345", kind: .number)
    }

    @Test func separatorsNeedGroupsOfThree() {
        // `12,43` is two numbers; `1, 234` (comma and space) too.
        #expect(QuantityScanner.scan("12,43").map(\.value) == [12, 43])
        #expect(QuantityScanner.scan("1, 234").map(\.value) == [1, 234])
        #expect(QuantityScanner.scan("12345,678").map(\.value) == [12345, 678])
    }

    @Test func signs() {
        NumbersTest.check("同比-4.76%", token: "-4.76%", value: "-4.76", unit: "%", kind: .percent)
        NumbersTest.check("负3.9%", token: "负3.9%", value: "-3.9", unit: "%", kind: .percent)
        NumbersTest.check("+2.69个百分点", token: "+2.69个百分点", value: "2.69", unit: "百分点", kind: .percentagePoint)
        // a hyphen after a digit is a range, not a sign
        #expect(QuantityScanner.scan("5-20%").map(\.value) == [5, 20])
    }

    @Test func exponentsAndPowersWithinRange() {
        NumbersTest.check("面积3e5平方米", token: "3e5平方米", value: "300000", unit: "平方米", kind: .quantity)
        NumbersTest.check("价格10^2元", token: "10^2元", value: "100", unit: "元", kind: .money)
        NumbersTest.check("价格2^-3元", token: "2^-3元", value: "0.125", unit: "元", kind: .money)
    }

    /// A power or exponent beyond what `Decimal` holds is not read into the number: the scan
    /// trapped on `0.22^222` (an underflowing multiplication), and `1e999` or `9^999` gave NaN,
    /// which JSON cannot carry.
    @Test(arguments: ["价格 0.22^222 元", "价格 0.5^-999 元", "价格 9^999 元", "价格 0^-1 元", "价格 1e999 元", "价格 1e-999 元"])
    func powersBeyondDecimalAreNotRead(text: String) {
        let found = QuantityScanner.scan(text)
        #expect(found.allSatisfy { !$0.value.isNaN && !$0.baseValue.isNaN }, "\(found.map(\.value))")
        #expect(!found.contains { $0.text.contains("^") || $0.text.contains("e9") }, "\(found.map(\.text))")
    }

    @Test func exactDecimalArithmetic() {
        // 0.1 + 0.2 style errors would show here with Double.
        let q = QuantityScanner.scan("8.2万吨，10.52亿千瓦时，0.07万元")
        #expect(q.map(\.baseValue) == [82000, 1_052_000_000, 700])
    }

    @Test func scientificAndThousandsSuffix() {
        #expect(ChineseNumber.parse("2e5") == 200000)
        #expect(ChineseNumber.parse("-12e-1") == NumbersTest.d("-1.2"))
        #expect(ChineseNumber.parse("40k") == 40000)
        // `10kV` is a unit, not 10 thousand
        NumbersTest.check("10kV线路", token: "10kV", value: "10", unit: "kV", kind: .quantity)
    }
}
