import BriefingAnalysis
import BriefingRender
@testable import BriefingReport
import Foundation
import Testing

/// The pages a briefing of several reports adds, and the briefing of one report left as it was.
struct SeriesDocumentTests {
    static let city = ["a", "b", "c"].map { ReportFixtures.fixture("Series/qinghe-\($0).txt") }
    static let options = ReportOptions(date: Date(timeIntervalSince1970: 1_750_000_000))

    static func spec(_ digest: Digest) -> DocumentSpec {
        BriefingDocument.spec(digest, charts: ChartPlan.charts(for: digest), options: options)
    }

    static func headings(_ spec: DocumentSpec) -> [String] {
        spec.blocks.compactMap { if case let .heading(_, text) = $0 { text } else { nil } }
    }

    static func tables(_ spec: DocumentSpec) -> [TableSpec] {
        spec.blocks.compactMap { if case let .table(t) = $0 { t } else { nil } }
    }

    @Test func severalReportsGetSeriesPagesChecksAndJoins() throws {
        let digest = Aggregator.digest(CorpusAnalysis.run(Self.city))
        let spec = Self.spec(digest)
        let headings = Self.headings(spec)
        #expect(headings.contains { $0.hasSuffix("、跨报告趋势") })
        #expect(headings.contains { $0.hasSuffix("、与上期相比：青禾市") })
        #expect(headings.contains { $0.hasSuffix("、核算检查") })
        #expect(headings.contains("附录二  报告与指标的合并"))
        #expect(!headings.contains { $0.hasSuffix("历年趋势与推算") })
        let checks = try #require(Self.tables(spec).first { $0.caption?.hasPrefix("核算检查") == true })
        // Flagged rows first, with both numbers and both sources.
        let power = try #require(checks.rows.first { $0[1] == "青禾市 全社会用电量 2023年" })
        #expect(power[0] == "✗ 不一致" && power[2] == "+8%" && power[3] == "+3.2%")
        #expect(power[4].contains("qinghe-a:11") && power[4].contains("qinghe-c:11"))
        #expect(checks.rows.first?[0] == "✗ 不一致")
        let gdp = try #require(checks.rows.first { $0[1] == "青禾市 地区生产总值 2022年" })
        #expect(gdp[0] == "可比口径")
        // The joins are listed: SO2排放量 under 二氧化硫排放量, and the reports in their order.
        let joins = try #require(Self.tables(spec).first { $0.caption?.hasPrefix("按同义写法合并") == true })
        #expect(joins.rows.contains(["二氧化硫排放量", "SO2排放量", "qinghe-c"]))
        let reports = try #require(Self.tables(spec).first { $0.caption?.hasPrefix("报告及其排序") == true })
        #expect(reports.rows.map { $0[0] } == ["2021年", "2022年", "2023年"])
        // Every figure of the city's bulletins is about the city its title names.
        #expect(reports.rows.map { $0[3] } == ["青禾市", "青禾市", "青禾市"])
        #expect(reports.rows.map { $0[4] } == ["19/19项", "22/22项", "22/22项"])
        // Since the last report: 2023 against 2022.
        let since = try #require(Self.tables(spec).first { $0.caption?.hasPrefix("两期均有的指标") == true })
        #expect(since.rows.contains(["恶化", "细颗粒物（PM2.5）平均浓度", "32微克/立方米", "33微克/立方米", "+1微克/立方米（+3.1%）"]))
        let new = try #require(Self.tables(spec).first { $0.caption == "新出现与不再报告的指标" })
        #expect(new.rows.contains(["新出现", "能源", "1", "新能源汽车保有量"]))
    }

    @Test func theSummaryListsSeriesAndTheChecksThatDisagree() {
        let digest = Aggregator.digest(CorpusAnalysis.run(Self.city))
        let text = Summary.render(digest, format: .text, options: SummaryOptions(color: false))
        #expect(text.contains("跨报告系列（22 个）"))
        #expect(text.contains("青禾市 二氧化硫排放量：2021年 1.2万吨 → 2022年 1.1万吨 → 2023年 1万吨"))
        #expect(text.contains("核算检查（一致 13，不一致 4，可比口径 5）"))
        #expect(text.contains("✗ 青禾市 全社会用电量 2023年：原文 +8%，推算 +3.2%"))
        let json = Summary.render(digest, format: .json, options: SummaryOptions(color: false))
        #expect(json.contains("\"outcome\": \"differs\""))
        #expect(json.contains("\"series\": ["))
    }

    @Test func everySeriesHasAChart() {
        let digest = Aggregator.digest(CorpusAnalysis.run(Self.city))
        let charts = ChartPlan.charts(for: digest).filter { $0.placement == .series }
        #expect(!digest.series.isEmpty)
        for s in digest.series {
            let drawn = charts.contains { c in s.points.allSatisfy { p in c.figures.contains(p.figure) } }
            #expect(drawn, "no chart for \(s.label)")
        }
        #expect(charts.allSatisfy { $0.name.hasPrefix("series-") })
        // One subject: the chart titles name it, the rows do not repeat it.
        if case let .groupedBars(rows) = charts.first?.spec.mark {
            #expect(rows.allSatisfy { !$0.category.hasPrefix("青禾市") })
            #expect(charts.first?.spec.title.hasPrefix("青禾市 · ") == true)
        }
    }

    /// At the height the briefing gives them, with a year series and a twelve-month one.
    @Test func seriesChartsLayOutWithoutOverlapsOrClipping() throws {
        let renderer = ChartRenderer()
        let monthly = (1...12).map { m -> String in
            let path = ReportFixtures.temporaryFolder().appendingPathComponent("m\(m).txt").path
            try? "2024年\(m)月华岳钢铁集团生产经营快报\n\n\(m)月，华岳钢铁集团完成粗钢产量\(80 + m)万吨，环比增长1.2%。\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        for paths in [Self.city, monthly] {
            let charts = ChartPlan.charts(for: Aggregator.digest(CorpusAnalysis.run(paths))).filter { $0.placement == .series }
            #expect(!charts.isEmpty)
            for chart in charts {
                let layout = try renderer.layout(chart.spec, width: ReportWriter.chartWidth, height: chart.height)
                #expect(layout.overlappingLabels().isEmpty, "\(chart.name) has overlapping labels")
                #expect(layout.clippedLabels().isEmpty, "\(chart.name) has clipped labels")
            }
        }
    }

    @Test func theSeriesPagesRender() throws {
        let digest = Aggregator.digest(CorpusAnalysis.run(Self.city))
        let url = ReportFixtures.temporaryFolder().appendingPathComponent("series.pdf")
        let result = try ReportWriter(options: Self.options).writePDF(digest, to: url)
        #expect(result.outline.contains { $0.title.hasSuffix("、核算检查") })
        #expect(result.missingCharacters.isEmpty)
    }

    /// One report: the digest, the document and the charts are what they were before series.
    @Test func oneReportIsUnchanged() {
        for path in [ReportFixtures.sample, ReportFixtures.fixture("bulletin_2023.txt"), Self.city[0]] {
            let analysis = CorpusAnalysis.run([path])
            let withReports = Aggregator.digest(analysis)
            let without = Aggregator.digest(analysis.figures, sources: analysis.sources)
            #expect(withReports.reports.isEmpty && withReports.series.isEmpty)
            #expect(Self.spec(withReports) == Self.spec(without))
            for format in [SummaryFormat.text, .markdown, .json] {
                #expect(Summary.render(withReports, format: format, options: SummaryOptions(color: false))
                    == Summary.render(without, format: format, options: SummaryOptions(color: false)))
            }
            #expect(ChartPlan.charts(for: withReports).map(\.name) == ChartPlan.charts(for: without).map(\.name))
        }
    }
}
