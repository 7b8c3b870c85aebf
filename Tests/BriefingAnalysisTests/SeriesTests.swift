import Foundation
import Testing
@testable import BriefingAnalysis

/// Several reports joined into series, checked against their own arithmetic.
///
/// `Tests/Fixtures/Series/qinghe-{a,b,c}.txt` are three years of an invented city's bulletin
/// (2023, 2021, 2022: the file names are not in the order of the years) with numbers planted
/// that agree and that do not; `monthly` writes twelve months of an invented steel group's
/// flash report, one of them with a 环比 change its levels do not give.
struct SeriesTests {
    static let city = ["a", "b", "c"].map { Extract.fixture("Series/qinghe-\($0).txt") }

    static func digest(_ paths: [String]) -> Digest {
        Aggregator.digest(CorpusAnalysis.run(paths))
    }

    static func series(_ d: Digest, _ metric: String, _ kind: Figure.Kind) -> Series? {
        d.series.first { $0.metric == metric && $0.kind == kind }
    }

    @Test func reportsAreOrderedByTheirOwnYearNotTheirFileName() {
        let d = Self.digest(Self.city)
        #expect(d.reports.map { $0.period?.year } == [2021, 2022, 2023])
        #expect(d.reports.map(\.name) == ["qinghe-b", "qinghe-c", "qinghe-a"])
        #expect(d.reports.allSatisfy { $0.entity == "青禾市" })
        #expect(d.sources == d.reports.map(\.file))
        // The same files in another order, and their folder, give the same digest.
        let reversed = Self.digest(Self.city.reversed())
        let folder = Self.digest([Extract.fixture("Series")])
        #expect(reversed.sources == d.sources)
        #expect(folder.reports.map(\.name) == d.reports.map(\.name))
        #expect(folder.series.map(\.label) == d.series.map(\.label))
        #expect(folder.checks == d.checks)
    }

    @Test func levelsOfThreeYearsMeetInOneSeries() throws {
        let d = Self.digest(Self.city)
        let gdp = try #require(Self.series(d, "地区生产总值", .level))
        #expect(gdp.who == "青禾市")
        #expect(gdp.points.map(\.period.year) == [2021, 2022, 2023])
        #expect(gdp.points.map(\.value) == [180_000_000_000, 190_000_000_000, 200_000_000_000])
        #expect(gdp.points.map { Aggregator.stem($0.figure.figure.file) } == ["qinghe-b", "qinghe-c", "qinghe-a"])
        #expect(gdp.betterDirection == .up)
        #expect(gdp.latestImproved == true)
        let pm = try #require(Self.series(d, "细颗粒物（PM2.5）平均浓度", .level))
        #expect(pm.points.map(\.label) == ["35微克/立方米", "32微克/立方米", "33微克/立方米"])
        #expect(pm.betterDirection == .down)
        #expect(pm.latestImproved == false)
    }

    @Test func synonymsJoinAndAreListed() throws {
        let d = Self.digest(Self.city)
        let so2 = try #require(Self.series(d, "二氧化硫排放量", .level))
        #expect(so2.spellings == ["二氧化硫排放量", "SO2排放量"])
        #expect(so2.points.map(\.period.year) == [2021, 2022, 2023])
        let industry = try #require(Self.series(d, "规模以上工业增加值", .change))
        #expect(industry.points.map(\.label) == ["+8.1%", "+6%", "+5.2%"])
        let joins = d.synonymJoins.map { "\($0.spelling)→\($0.metric)" }
        #expect(joins.contains("SO2排放量→二氧化硫排放量"))
        #expect(joins.contains("规上工业增加值→规模以上工业增加值"))
        // Nothing outside the table is joined: 燃煤锅炉数量 of 2021 stays alone.
        #expect(!d.series.contains { $0.metric.contains("锅炉") })
        #expect(MetricSynonyms.canonical("固定资产投资") == "固定资产投资")
        #expect(MetricSynonyms.canonical("细颗粒物(PM2.5)平均浓度") == "细颗粒物（PM2.5）平均浓度")
    }

    static func check(_ d: Digest, _ kind: ArithmeticCheck.Kind, _ subject: String) -> ArithmeticCheck? {
        d.checks.first { $0.kind == kind && $0.subject.hasPrefix(subject) }
    }

    @Test func impliedChangesAreCheckedAgainstThePreviousReport() throws {
        let d = Self.digest(Self.city)
        // 126 → 130亿千瓦时 is +3.2%, the 2023 bulletin says +8%: flagged, both sources named.
        let power = try #require(Self.check(d, .impliedChange, "全社会用电量 2023年"))
        #expect(power.outcome == .differs)
        #expect(power.stated == "+8%")
        #expect(power.computed == "+3.2%")
        #expect(Set(power.sources.map { Aggregator.stem($0.file) }) == ["qinghe-a", "qinghe-c"])
        #expect(power.basis.contains("qinghe-a:11") && power.basis.contains("qinghe-c:11"))
        // 120 → 126 is +5%, as the 2022 bulletin says.
        #expect(Self.check(d, .impliedChange, "全社会用电量 2022年")?.outcome == .agrees)
        // SO2 1.2 → 1.1万吨 written −8.3%: within rounding, across the two spellings.
        #expect(Self.check(d, .impliedChange, "二氧化硫排放量 2022年")?.outcome == .agrees)
        // GDP grows 4.5% 按可比价格 while its levels grow 5.6%: real against nominal, no error.
        let gdp = try #require(Self.check(d, .impliedChange, "地区生产总值 2022年"))
        #expect(gdp.outcome == .comparableBasis)
        #expect(gdp.computed == "+5.56%")
    }

    @Test func partsSharesAndRatiosWithinOneReport() throws {
        let d = Self.digest(Self.city)
        let sums = d.checks.filter { $0.kind == .partsSum }
        #expect(sums.map(\.year) == [2021, 2022, 2023])
        #expect(sums.map(\.outcome) == [.agrees, .differs, .agrees])
        #expect(sums[1].computed == "1895亿元" && sums[1].stated == "1900亿元")
        #expect(sums[1].sources.allSatisfy { Aggregator.stem($0.file) == "qinghe-c" })
        let shares = d.checks.filter { $0.kind == .sharesSum }
        #expect(shares.map(\.year) == [2022, 2023])
        #expect(shares.map(\.outcome) == [.differs, .agrees])
        #expect(shares[0].computed == "96%")
        let tax = d.checks.filter { $0.kind == .shareOfAmounts }
        #expect(tax.map(\.year) == [2022, 2023])
        #expect(tax.map(\.outcome) == [.differs, .agrees])
        #expect(tax[0].stated == "80%" && tax[0].computed == "73.7%")
    }

    @Test func sinceTheLastReport() throws {
        let d = Self.digest(Self.city)
        let c = try #require(d.sinceLastReport.first)
        #expect(c.who == "青禾市")
        #expect(c.latest.name == "qinghe-a" && c.previous.name == "qinghe-c")
        #expect(c.improved.contains { $0.metric == "地区生产总值" })
        #expect(c.improved.contains { $0.metric == "二氧化硫排放量" })
        #expect(c.worsened.map(\.metric).contains("细颗粒物（PM2.5）平均浓度"))
        #expect(c.new.map(\.metric) == ["新能源汽车保有量"])
        #expect(c.dropped.isEmpty)
    }

    /// Twelve monthly reports of one group, named so that file order is not month order.
    static func monthly() throws -> [String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("series-monthly-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var output: [Decimal] = [80]
        for _ in 2...12 {
            var next = output.last! * Decimal(string: "1.02")!, rounded = Decimal()
            NSDecimalRound(&rounded, &next, 1, .plain)
            output.append(rounded)
        }
        let energy = [560, 558, 556, 554, 552, 550, 548, 546, 544, 542, 540, 545]
        var paths: [String] = []
        for m in 1...12 {
            var sentence = "\(m)月，华岳钢铁集团完成粗钢产量\(output[m - 1])万吨"
            // Planted: July says 环比增长5.0% where 88.3 → 90.1万吨 is 2.0%.
            if m > 1 { sentence += "，环比增长\(m == 7 ? "5.0" : "2.0")%" }
            // December names the group as 全公司: still the group's series.
            sentence += "；\(m == 12 ? "全公司" : "")吨钢综合能耗\(energy[m - 1])千克标准煤。"
            let path = dir.appendingPathComponent(String(format: "r%02d.txt", 13 - m)).path
            try "2024年\(m)月华岳钢铁集团生产经营快报\n\n\(sentence)\n".write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        return paths
    }

    @Test func twelveMonthsOfOneCompany() throws {
        let d = Self.digest(try Self.monthly())
        #expect(d.reports.map { $0.period?.month } == Array(1...12))
        let output = try #require(Self.series(d, "粗钢产量", .level))
        #expect(output.who == "华岳钢铁集团")
        #expect(output.points.count == 12)
        #expect(output.points.map(\.period) == (1...12).map { ReportPeriod(year: 2024, month: $0) })
        let changes = try #require(Self.series(d, "粗钢产量", .change))
        #expect(changes.basis == .priorPeriod)
        #expect(changes.points.count == 11)
        let energy = try #require(Self.series(d, "吨钢综合能耗", .level))
        #expect(energy.who == "华岳钢铁集团" && energy.points.count == 12)
        #expect(energy.latest.figure.figure.subject == "全公司")
        #expect(energy.betterDirection == .down)
        #expect(energy.latestImproved == false)
        let flagged = d.checks.filter { $0.outcome != .agrees }
        #expect(flagged.map(\.subject) == ["粗钢产量 2024年7月"])
        #expect(flagged.first?.stated == "+5%" && flagged.first?.computed == "+2.0%")
        #expect(d.checks.filter { $0.kind == .impliedChange && $0.outcome == .agrees }.count == 10)
        let c = try #require(d.sinceLastReport.first)
        #expect(c.latest.period == ReportPeriod(year: 2024, month: 12))
        #expect(c.previous.period == ReportPeriod(year: 2024, month: 11))
        #expect(c.worsened.map(\.metric) == ["吨钢综合能耗"])
        #expect(c.improved.map(\.metric) == ["粗钢产量"])
    }

    @Test func oneReportHasNoSeries() {
        let d = Self.digest([Self.city[0]])
        #expect(d.reports.isEmpty && d.series.isEmpty && d.checks.isEmpty && d.sinceLastReport.isEmpty)
    }

    @Test func reportPeriodsFromTitles() {
        #expect(ReportPeriod(title: "2024年3月华岳钢铁集团生产经营快报", year: 2024) == ReportPeriod(year: 2024, month: 3))
        #expect(ReportPeriod(title: "2024年1-3月生产经营快报", year: 2024) == ReportPeriod(year: 2024))
        #expect(ReportPeriod(title: "2021 年成都市国民经济和社会发展统计公报", year: 2021) == ReportPeriod(year: 2021))
        #expect(ReportPeriod(title: "2023年十二月快报", year: nil) == ReportPeriod(year: 2023, month: 12))
        #expect(ReportPeriod(title: "生产经营快报", year: nil) == nil)
    }
}
