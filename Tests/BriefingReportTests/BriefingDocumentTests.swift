import BriefingAnalysis
@testable import BriefingReport
import BriefingRender
import Foundation
import Testing

@Suite struct BriefingDocumentTests {
    static let (digest, analysis) = ReportFixtures.digest([ReportFixtures.sample])
    static let options = ReportOptions(title: "测试简报", date: Date(timeIntervalSince1970: 1_750_000_000))

    @Test func writesAPaginatedTaggedPDFWithTheFigures() throws {
        let folder = ReportFixtures.temporaryFolder()
        let url = folder.appendingPathComponent("briefing.pdf")
        let result = try ReportWriter(options: Self.options).writePDF(Self.digest, to: url)
        #expect(result.pageCount >= 8)
        #expect(result.outline.map(\.title).contains("一、要点"))
        #expect(result.outline.contains { $0.title.hasPrefix("附录一") })
        let text = ReportFixtures.run("pdftotext", ["-layout", url.path, "-"])
        guard text.status == 0 else { return }  // poppler missing: the render tests cover PDFs
        for needle in ["测试简报", "氮氧化物排放量", "−4.76%", "−34.57%", "约+10.52", "第571行", "附录二"] {
            #expect(text.output.contains(needle), "PDF text lacks \(needle)")
        }
        let check = ReportFixtures.run("qpdf", ["--check", url.path])
        if check.status != -1 { #expect(check.status == 0) }
    }

    @Test func manyInputsTogetherStillFitEveryChartOnAPage() throws {
        let fixtures = ReportFixtures.root.appendingPathComponent("Tests/Fixtures").path
        let (digest, analysis) = ReportFixtures.digest([ReportFixtures.sample, fixtures])
        #expect(analysis.failures.isEmpty && analysis.sources.count >= 9)
        for chart in ChartPlan.charts(for: digest) { #expect(ChartPlan.fitsOnPage(chart.spec), "\(chart.name) is taller than a page") }
        let url = ReportFixtures.temporaryFolder().appendingPathComponent("all.pdf")
        #expect(try ReportWriter(options: Self.options).writePDF(digest, to: url).pageCount > 20)
    }

    @Test func keyPointsSayOnlyWhatFiguresSay() {
        let paragraphs = ExecutiveSummary.paragraphs(Self.digest)
        #expect(paragraphs.first?.contains("提取数据\(Self.digest.figures.count)项") == true)
        let all = paragraphs.joined()
        #expect(all.contains("铝加工2024年化学需氧量排放强度同比下降34.57%（第573行）"))
        #expect(all.contains("文中未发现恶化的指标"))
    }

    @Test func aTextWithoutFiguresGivesABriefingThatSaysSo() throws {
        let digest = ReportFixtures.digest(text: "本报讯 近日，公司召开安全生产会议，部署下一阶段工作。")
        #expect(digest.figures.isEmpty)
        let url = ReportFixtures.temporaryFolder().appendingPathComponent("empty.pdf")
        let result = try ReportWriter(options: Self.options).writePDF(digest, to: url)
        #expect(result.pageCount >= 1)
        let text = ReportFixtures.run("pdftotext", [url.path, "-"])
        if text.status == 0 { #expect(text.output.contains("未发现可提取的")) }
    }

    @Test func twoRunsAreByteIdentical() throws {
        let folder = ReportFixtures.temporaryFolder()
        let writer = ReportWriter(options: Self.options)
        let a = writer.writeAll(Self.digest, figures: Self.analysis.figures, summary: "s", to: folder.appendingPathComponent("a"))
        let b = writer.writeAll(Self.digest, figures: Self.analysis.figures, summary: "s", to: folder.appendingPathComponent("b"))
        #expect(a.failures.isEmpty && b.failures.isEmpty && a.warnings.isEmpty)
        #expect(a.files.count == b.files.count && a.files.count >= 10)
        for (x, y) in zip(a.files, b.files) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent) differs")
        }
    }

    @Test func chartsAsPNGAtTheScaleAndAsSVG() throws {
        let folder = ReportFixtures.temporaryFolder()
        var options = Self.options
        options.scale = 3
        let pngs = ReportWriter(options: options).writeCharts(Self.digest, to: folder).charts
        let overview = try #require(pngs.first { $0.lastPathComponent == "changes-overview.png" })
        let bytes = [UInt8](try Data(contentsOf: overview))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == Int((ReportWriter.chartWidth * 3).rounded()))
        options.chartFormat = .svg
        let svgs = ReportWriter(options: options).writeCharts(Self.digest, to: folder).charts
        #expect(svgs.count == pngs.count)
        #expect(try String(contentsOf: svgs[0], encoding: .utf8).contains("<svg"))
    }

    @Test func staleChartsOfAnEarlierRunAreRemoved() throws {
        let folder = ReportFixtures.temporaryFolder()
        try Data("old".utf8).write(to: folder.appendingPathComponent("trend-9.png"))
        try Data("mine".utf8).write(to: folder.appendingPathComponent("my-photo.png"))
        #expect(ReportWriter(options: Self.options).writeCharts(Self.digest, to: folder).failures.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("trend-9.png").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("my-photo.png").path))
    }
}
