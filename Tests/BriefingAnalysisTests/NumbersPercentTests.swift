import Foundation
import Testing
@testable import BriefingAnalysis

/// Percent, percentage points, 百分之/千分之, 成, 折, fractions.
@Suite struct NumbersPercentTests {
    @Test func percent() {
        NumbersTest.check("下降4.76%", token: "4.76%", value: "4.76", unit: "%", kind: .percent)
        NumbersTest.check("下降4.76％", token: "4.76％", value: "4.76", unit: "%", kind: .percent)
        NumbersTest.check("达到12.3 %", token: "12.3 %", value: "12.3", unit: "%", kind: .percent)
        NumbersTest.check("百分之五", token: "百分之五", value: "5", unit: "%", kind: .percent)
        NumbersTest.check("百分之2.4", token: "百分之2.4", value: "2.4", unit: "%", kind: .percent)
        NumbersTest.check("百分之一百二十点五", token: "百分之一百二十点五", value: "120.5", unit: "%", kind: .percent)
        NumbersTest.check("千分之三", token: "千分之三", value: "0.3", unit: "%", kind: .percent)
        NumbersTest.check("万分之四", token: "万分之四", value: "0.04", unit: "%", kind: .percent)
        NumbersTest.check("5‰", token: "5‰", value: "5", unit: "‰", kind: .percent, base: "0.5", baseUnit: "%")
    }

    @Test func percentagePointsAreNotPercent() {
        NumbersTest.check("提高2.69个百分点", token: "2.69个百分点", value: "2.69", unit: "百分点", kind: .percentagePoint)
        NumbersTest.check("提高2.69百分点", token: "2.69百分点", value: "2.69", unit: "百分点", kind: .percentagePoint)
        NumbersTest.check("提高五个百分点", token: "五个百分点", value: "5", unit: "百分点", kind: .percentagePoint)
        NumbersTest.check("提高2.4個百分點", token: "2.4個百分點", value: "2.4", unit: "百分点", kind: .percentagePoint)
    }

    @Test func cheng() {
        NumbersTest.check("三成", token: "三成", value: "30", unit: "%", kind: .percent)
        NumbersTest.check("约7.2成", token: "约7.2成", value: "72", unit: "%", kind: .percent, qualifier: .approx)
        NumbersTest.check("三成半", token: "三成半", value: "35", unit: "%", kind: .percent)
        NumbersTest.check("三成多", token: "三成多", value: "30", unit: "%", kind: .percent, qualifier: .moreThan)
        #expect(QuantityScanner.scan("一成不变").isEmpty)
        #expect(QuantityScanner.scan("三成为").isEmpty)
    }

    @Test func zhe() {
        NumbersTest.check("打九折", token: "九折", value: "90", unit: "%", kind: .percent)
        NumbersTest.check("75折", token: "75折", value: "75", unit: "%", kind: .percent)
        #expect(QuantityScanner.scan("5万吨折合标煤").map(\.text) == ["5万吨"])
    }

    @Test func fractions() {
        NumbersTest.check("三分之一的企业", token: "三分之一", value: "0.3333333333333333", kind: .fraction)
        NumbersTest.check("二分之一", token: "二分之一", value: "0.5", kind: .fraction)
        NumbersTest.check("一百分之二", token: "一百分之二", value: "0.02", kind: .fraction)
        NumbersTest.check("负一又二分之一", token: "负一又二分之一", value: "-1.5", kind: .fraction)
        NumbersTest.check("占1/4", token: "1/4", value: "0.25", kind: .fraction)
        // 分之 with a bare 百/千 is a percent, not a fraction
        #expect(QuantityScanner.scan("百分之三")[0].kind == .percent)
    }
}
