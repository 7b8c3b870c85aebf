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
