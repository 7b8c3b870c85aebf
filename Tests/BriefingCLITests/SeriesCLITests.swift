import Foundation
import Testing

/// Several reports through the binary: the order they are named in, or their folder, never
/// changes the briefing.
struct SeriesCLITests {
    static let folder = CLI.fixture("Series")
    static let files = ["a", "b", "c"].map { CLI.fixture("Series/qinghe-\($0).txt").path }

    @Test func filesInAnyOrderAndTheirFolderGiveOneBriefing() throws {
        var pdfs: [Data] = []
        var summaries: [String] = []
        for inputs in [Self.files, Self.files.reversed(), [Self.files[1], Self.files[0], Self.files[2]], [Self.folder.path]] {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("series-cli-\(UUID().uuidString)")
            let result = try CLI.run(["all"] + inputs + ["--out", out.path, "--date", "2026-12-04"])
            #expect(result.status == 0, "\(result.stderr)")
            pdfs.append(try Data(contentsOf: out.appendingPathComponent("briefing.pdf")))
            summaries.append(try String(contentsOf: out.appendingPathComponent("summary.txt"), encoding: .utf8))
            let json = try String(contentsOf: out.appendingPathComponent("figures.json"), encoding: .utf8)
            // Figures in the order of the reports' years: 2021 (b), 2022 (c), 2023 (a).
            let b = try #require(json.range(of: "qinghe-b.txt")), c = try #require(json.range(of: "qinghe-c.txt"))
            let a = try #require(json.range(of: "qinghe-a.txt"))
            #expect(b.lowerBound < c.lowerBound && c.lowerBound < a.lowerBound)
            try? FileManager.default.removeItem(at: out)
        }
        #expect(Set(pdfs).count == 1)
        #expect(Set(summaries).count == 1)
    }

    @Test func theBriefingShowsSeriesAndFlags() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("series-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["all", Self.folder.path, "--out", out.path])
        #expect(result.status == 0)
        let charts = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)
        #expect(charts.contains { $0.hasPrefix("series-") && $0.hasSuffix(".png") })
        guard let text = CLI.tool("pdftotext", ["-layout", out.appendingPathComponent("briefing.pdf").path, "-"])?.output else { return }
        #expect(text.contains("跨报告趋势"))
        #expect(text.contains("与上期相比：青禾市"))
        #expect(text.contains("✗ 不一致"))
        #expect(text.contains("+3.2%"))
    }
}

/// A PDF and a text of one city's bulletin together (the dev corpus, skipped when absent):
/// ordered by their own years, the PDF's figures cited by page, joined into series.
struct SeriesPDFAndTextTests {
    static let corpus = CLI.root.appendingPathComponent("../shared/dev-corpus")
    static let pdf = corpus.appendingPathComponent("pdf/chengdu-2021-tjgb.pdf").path
    static let text = corpus.appendingPathComponent("texts/chengdu-2022-tjgb.txt").path
    static let present = FileManager.default.fileExists(atPath: pdf) && FileManager.default.fileExists(atPath: text)

    @Test(.enabled(if: present)) func aPDFAndATextMeetInSeries() throws {
        // The 2022 text named first: the 2021 PDF still comes first.
        let result = try CLI.run(["summary", Self.text, Self.pdf, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((root["sources"] as? [String])?.map { ($0 as NSString).lastPathComponent } == ["chengdu-2021-tjgb.pdf", "chengdu-2022-tjgb.txt"])
        let series = try #require(root["series"] as? [[String: Any]])
        #expect(series.count >= 100)
        let gdp = try #require(series.first { $0["metric"] as? String == "地区生产总值" && $0["kind"] as? String == "level" })
        let points = try #require(gdp["points"] as? [[String: Any]])
        #expect(points.map { $0["label"] as? String } == ["19917亿元", "20817.5亿元"])
        let first = try #require((points[0]["sources"] as? [[String: Any]])?.first)
        #expect(first["page"] as? Int == 1)
        let checks = try #require(root["checks"] as? [[String: Any]])
        #expect(checks.contains { $0["check"] as? String == "partsSum" && $0["outcome"] as? String == "agrees" })
    }
}
