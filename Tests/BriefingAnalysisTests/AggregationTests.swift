import BriefingAnalysis
import Foundation
import Testing

@Suite struct AggregationTests {
    static func digest(_ texts: [(String, String)]) -> Digest {
        let figures = texts.flatMap { name, text in
            FigureExtractor().extract(from: Normalizer.normalize(text, file: name)).figures
        }
        return Aggregator.digest(figures, sources: texts.map(\.0))
    }

    @Test func sameFigureStatedTwiceIsMergedWithBothSources() throws {
        let d = Self.digest([("a.txt", "2024年某公司氨氮排放量同比下降10.85%\n\n2024年，某公司氨氮排放量同比下降10.85%，成效明显。")])
        #expect(d.changes.count == 1)
        let f = try #require(d.changes.first)
        #expect(f.sources.map(\.line) == [1, 3])
        #expect(f.sourceLabel == "a.txt:1, a.txt:3")
        #expect(d.conflicts.isEmpty)
    }

    @Test func differentValuesForTheSameFigureAreAConflict() throws {
        let d = Self.digest([
            ("a.txt", "2024年，某公司氨氮排放量同比下降10.85%。"),
            ("b.txt", "2024年，某公司氨氮排放量同比下降12%。"),
        ])
        #expect(d.changes.count == 2)
        let c = try #require(d.conflicts.first)
        #expect(c.metric == "氨氮排放量" && c.subject == "某公司" && c.year == 2024)
        #expect(c.figures.map(\.figure.value) == [Decimal("10.85"), 12])
    }

    @Test func rankingPutsLargestImprovementsFirstAndListsEveryWorsening() {
        let d = Self.digest([("a.txt", "2024年，某公司氨氮排放量同比下降10%，烟尘排放量同比下降30%，能耗同比上升2%，营业收入同比下降5%，二氧化硫排放量同比下降20%。")])
        #expect(d.improvements.map(\.figure.metric) == ["烟尘排放量", "二氧化硫排放量", "氨氮排放量"])
        #expect(d.worsenings.map(\.figure.metric) == ["营业收入", "能耗"])
    }

    @Test func valuesInSeveralYearsMakeATrend() throws {
        let d = Self.digest([
            ("2022.txt", "2022年，某公司电解铝产量为48万吨。"),
            ("2023.txt", "2023年，某公司电解铝产量为50万吨。"),
            ("2024.txt", "2024年，某公司电解铝产量为0.52亿吨。"),
        ])
        let t = try #require(d.trends.first)
        #expect(t.metric == "电解铝产量" && t.subject == "某公司" && t.baseUnit == "吨")
        #expect(t.points.map(\.year) == [2022, 2023, 2024])
        #expect(t.points.map(\.value) == [480_000, 500_000, 52_000_000])
    }

    @Test func previousLevelIsDerivedFromALevelAndItsChange() throws {
        let d = Self.digest([("a.txt", "2024年，某公司电解铝产量为52万吨，同比增加3.5万吨。光伏发电量为2200万千瓦时，同比增长10%。")])
        let aluminium = try #require(d.derived.first { $0.figure.metric == "电解铝产量" })
        #expect(aluminium.derived && aluminium.figure.year == 2023)
        #expect(aluminium.figure.value == Decimal("48.5") && aluminium.figure.unit == "万吨")
        #expect(aluminium.sources.count == 2)
        let solar = try #require(d.derived.first { $0.figure.metric == "光伏发电量" })
        #expect(solar.figure.value == 2000 && solar.figure.year == 2023)
        // One stated year and one derived are no trend.
        #expect(d.trends.isEmpty)
    }

    @Test func derivedYearsFillInATrendOfStatedOnes() throws {
        let d = Self.digest([
            ("2022.txt", "2022年，某公司电解铝产量为46万吨。"),
            ("2024.txt", "2024年，某公司电解铝产量为52万吨，同比增加3.5万吨。"),
        ])
        let trend = try #require(d.trends.first { $0.metric == "电解铝产量" })
        #expect(trend.points.map(\.year) == [2022, 2023, 2024])
        #expect(trend.points.map(\.derived) == [false, true, false])
    }

    @Test func relativeSubjectsAreJoinedOnlyWithinTheirFile() {
        // Two cities' bulletins both say 全市; two companies' reports both name the sector 光伏.
        let d = Self.digest([
            ("city-a.txt", "2023年，全市全社会用电量532.6亿千瓦时。2024年，全市光伏发电量35.2亿千瓦时。"),
            ("city-b.txt", "2023年，全市全社会用电量456.7亿千瓦时。"),
            ("report.txt", "2024年，光伏发电量186亿千瓦时，同比增长10%。2023年，光伏发电量170亿千瓦时。"),
        ])
        #expect(d.conflicts.isEmpty, "\(d.conflicts.map(\.metric))")
        // The report's own two years are a trend; the city's 2024 value joins nothing.
        #expect(d.trends.count == 1)
        #expect(d.trends.first?.points.map(\.label) == ["170亿千瓦时", "186亿千瓦时"])
        #expect(d.trends.first?.points.allSatisfy { $0.sources.allSatisfy { $0.file == "report.txt" } } == true)
        // Within one file, the same relative subject still conflicts.
        let one = Self.digest([("city-a.txt", "2023年，全市全社会用电量532.6亿千瓦时。\n\n2023年，全市全社会用电量530亿千瓦时。")])
        #expect(one.conflicts.count == 1)
    }

    @Test func noDerivationWithoutWhatItNeeds() {
        let d = Self.digest([("a.txt", "2024年，某公司电解铝产量为52万吨。烟尘排放量同比下降约5%。")])
        #expect(d.derived.isEmpty)
    }
}
