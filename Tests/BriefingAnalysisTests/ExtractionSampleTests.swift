import BriefingAnalysis
import Foundation
import Testing

/// The sample issue of the metals group's newspaper: every stated change, right.
@Suite struct ExtractionSampleTests {
    struct Expected: CustomStringConvertible {
        let line: Int, subject: String?, metric: String, direction: Figure.Direction, value: String, unit: String, year: Int?
        var description: String { "\(line) \(metric) \(value)\(unit)" }
    }

    static let expectedChanges: [Expected] = [
        .init(line: 49, subject: "昆明铜业", metric: "铜加工材产量", direction: .up, value: "29.26", unit: "%", year: 2022),
        .init(line: 184, subject: "东轻中厚板厂", metric: "人员", direction: .down, value: "0.3333333333", unit: "", year: nil),
        .init(line: 184, subject: "东轻中厚板厂", metric: "生产效率", direction: .up, value: "5", unit: "%", year: nil),
        .init(line: 202, subject: "熔铸厂", metric: "生产效率", direction: .up, value: "40", unit: "%", year: nil),
        .init(line: 203, subject: "熔铸厂", metric: "产品成材率", direction: .up, value: "10", unit: "%", year: nil),
        .init(line: 203, subject: "熔铸厂", metric: "人力成本", direction: .down, value: "600", unit: "万元", year: nil),
        .init(line: 407, subject: "中铝股份连城分公司", metric: "二氧化碳排放量", direction: .down, value: "8.2", unit: "万吨", year: 2024),
        .init(line: 449, subject: "中铝股份连城分公司", metric: "故障率", direction: .down, value: "40", unit: "%", year: nil),
        .init(line: 465, subject: "中铝股份连城分公司", metric: "标煤", direction: .down, value: "4000", unit: "吨", year: nil),
        .init(line: 571, subject: "中铝集团", metric: "氮氧化物排放量", direction: .down, value: "4.76", unit: "%", year: 2024),
        .init(line: 572, subject: "中铝集团", metric: "化学需氧量排放量", direction: .down, value: "12.43", unit: "%", year: 2024),
        .init(line: 572, subject: "中铝集团", metric: "氨氮排放量", direction: .down, value: "10.85", unit: "%", year: 2024),
        .init(line: 573, subject: "铜冶炼", metric: "化学需氧量排放强度", direction: .down, value: "14.81", unit: "%", year: 2024),
        .init(line: 573, subject: "铝加工", metric: "化学需氧量排放强度", direction: .down, value: "34.57", unit: "%", year: 2024),
        .init(line: 574, subject: "铜冶炼", metric: "氨氮排放强度", direction: .down, value: "16.33", unit: "%", year: 2024),
        .init(line: 574, subject: "铝加工", metric: "氨氮排放强度", direction: .down, value: "24.19", unit: "%", year: 2024),
        .init(line: 575, subject: "中铝集团", metric: "一般工业固废综合利用率", direction: .up, value: "2.69", unit: "%", year: 2024),
        .init(line: 620, subject: "中铝集团", metric: "再生金属消纳量", direction: .up, value: "11.09", unit: "%", year: 2024),
        .init(line: 644, subject: "中铝集团", metric: "新能源装机", direction: .up, value: "526", unit: "兆瓦", year: 2024),
        .init(line: 645, subject: "中铝集团", metric: "新能源发电量", direction: .up, value: "10.52", unit: "亿千瓦时", year: 2024),
        .init(line: 701, subject: "中国铜业", metric: "二氧化硫等4种主要污染物排放总量", direction: .down, value: "19", unit: "%", year: nil),
        .init(line: 709, subject: "中铝高端", metric: "主要污染物排放强度", direction: .down, value: "5", unit: "%", year: nil),
        .init(line: 713, subject: "中铝高端", metric: "外购再生铝消纳量", direction: .up, value: "32.1", unit: "%", year: nil),
    ]

    static let analysis = CorpusAnalysis.run([Extract.samplePath])

    @Test func readsTheSampleWithoutFailures() {
        #expect(Self.analysis.failures.isEmpty)
        #expect(Self.analysis.sources == [Extract.samplePath])
    }

    @Test(arguments: expectedChanges)
    func findsEveryStatedChange(_ expected: Expected) throws {
        let changes = Self.analysis.figures.filter {
            $0.kind == .change && $0.line == expected.line && $0.metric == expected.metric && DecimalText.plain($0.value) == expected.value
        }
        let figure = try #require(changes.first, "missing \(expected)")
        #expect(figure.subject == expected.subject)
        #expect(figure.direction == expected.direction)
        #expect(DecimalText.plain(figure.value) == expected.value)
        #expect(figure.unit == expected.unit)
        #expect(figure.year == expected.year)
        #expect(figure.file == Extract.samplePath)
    }

    @Test func noChangeBeyondTheStatedOnes() {
        let changes = Self.analysis.figures.filter { $0.kind == .change }
        let unexpected = changes.filter { f in !Self.expectedChanges.contains { $0.line == f.line && $0.metric == f.metric } }
        #expect(unexpected.isEmpty, "unexpected: \(unexpected.map { "\($0.line) \($0.metric)" })")
        #expect(changes.count == Self.expectedChanges.count)
    }

    @Test func keepsQualifiersAndBases() throws {
        let f = Self.analysis.figures
        let sulphur = try #require(f.first { $0.line == 701 })
        #expect(sulphur.qualifier == .atLeast)
        #expect(sulphur.basis == .yoy)
        let power = try #require(f.first { $0.metric == "新能源发电量" })
        #expect(power.qualifier == .approx)
        #expect(power.baseValue == Decimal(1_052_000_000))
        #expect(power.baseUnit == "千瓦时")
        #expect(power.basis == nil)
        let co2 = try #require(f.first { $0.metric == "二氧化碳排放量" })
        #expect(co2.baseValue == Decimal(82_000))
        #expect(co2.baseUnit == "吨")
        #expect(co2.improved == true)
        #expect(co2.category == .emissions)
    }

    @Test func quotesTheClauseAsInTheOriginal() throws {
        let nox = try #require(Self.analysis.figures.first { $0.metric == "氮氧化物排放量" })
        #expect(nox.quote.contains("氮氧化物排放量同比下"))
        #expect(nox.quote.contains("降 4.76%"))
        #expect(!nox.quote.contains("\n"))
    }

    @Test func findsLevelsAndTargets() throws {
        let f = Self.analysis.figures
        let share = try #require(f.first { $0.metric == "清洁能源使用占比" })
        #expect(share.kind == .level && share.value == 70 && share.unit == "%" && share.category == .energy)
        let redMud = try #require(f.first { $0.metric == "赤泥综合利用率" })
        #expect(redMud.kind == .level && redMud.value == 20 && redMud.year == 2024)
        let nationalShare = try #require(f.first { $0.metric == "赤泥综合利用规模占全国比重" })
        #expect(nationalShare.qualifier == .atLeast && nationalShare.value == 40)
        let targets = f.filter { $0.kind == .target }
        #expect(targets.count == 4)
        #expect(targets.allSatisfy { $0.year == 2025 && $0.value == 100 && $0.category == .compliance })
        // 实现了“…覆盖率达100%”的目标: a goal reached is a level.
        let coverage = try #require(f.first { $0.metric == "主要生产企业绿色工厂覆盖率" })
        #expect(coverage.kind == .level)
    }

    @Test func figuresAreSortedByLine() {
        let lines = Self.analysis.figures.map(\.line)
        #expect(lines == lines.sorted())
    }
}
