import Foundation
import Testing

/// Inputs larger than a newspaper through the built binary: the same figure stated thousands
/// of times, or in 150 files, still gives a complete briefing; above the threshold the
/// briefing lists what it shows and says where the complete list is.
@Suite struct BigInputTests {
    static func folder() throws -> URL {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The PDF's text (pdftotext), or nil when poppler-utils is missing.
    static func pdfText(_ url: URL) -> String? {
        CLI.tool("pdftotext", ["-layout", url.path, "-"])?.output
    }

    static func pages(_ stderr: String) -> Int? {
        guard let r = stderr.range(of: #"\((\d+) pages\)"#, options: .regularExpression) else { return nil }
        return Int(stderr[r].dropFirst().prefix { $0.isNumber })
    }

    static func expectValidPDF(_ url: URL) {
        if let check = CLI.tool("qpdf", ["--check", url.path]) { #expect(check.status == 0, "\(check.output)") }
    }

    @Test func oneFigureRepeatedTenThousandTimesGivesACompleteBriefing() throws {
        let dir = try Self.folder()
        let line = "2024年，公司二氧化硫排放量同比下降5.2%，氮氧化物排放量同比下降3.1%。\n"
        let input = dir.appendingPathComponent("repeat.txt")
        try String(repeating: line, count: 10_000).write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["all", input.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = out.appendingPathComponent("briefing.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        Self.expectValidPDF(pdf)
        #expect((Self.pages(r.stderr) ?? 99) <= 8, "\(r.stderr)")
        // Every statement is in the CSV: 20,000 figures and the header.
        let csv = try String(contentsOf: out.appendingPathComponent("figures.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 20_001)
        // The briefing names the first places, counts all 10,000 and points to the full list.
        if let text = Self.pdfText(pdf) {
            let flat = text.filter { !$0.isWhitespace }
            #expect(flat.contains("等10000处"), "\(flat.prefix(2000))")
            #expect(flat.contains("全部见figures.csv"))
            #expect(flat.contains("二氧化硫排放量"))
        }
        #expect(r.stdout.contains("等10000处"))
    }

    @Test func oneReleaseIn150FilesGivesACompleteBriefing() throws {
        let dir = try Self.folder()
        let inputs = dir.appendingPathComponent("releases")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for i in 0..<150 {
            try "某某集团2024年环境信息公告\n\n2024年，某某集团二氧化硫排放量同比下降5.2%，综合能耗同比下降2.3%。\n"
                .write(to: inputs.appendingPathComponent(String(format: "release_%03d.txt", i)), atomically: true, encoding: .utf8)
        }
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["all", inputs.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = out.appendingPathComponent("briefing.pdf")
        Self.expectValidPDF(pdf)
        // 150 reports: the series sections list them in a table of their own.
        #expect((Self.pages(r.stderr) ?? 99) <= 12, "\(r.stderr)")
        if let text = Self.pdfText(pdf) {
            let flat = text.filter { !$0.isWhitespace }
            #expect(flat.contains("等150处"), "\(flat.prefix(2000))")
            #expect(flat.contains("；…共150份文件"))
        }
        let json = try Data(contentsOf: out.appendingPathComponent("figures.json"))
        let records = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(records.count == 300)
    }

    /// 2,100 different figures: above the threshold of 2,000.
    static func manyFigures(_ n: Int) -> String {
        var lines = ["某某集团2024年环境与生产数据汇编", ""]
        let metrics = ["二氧化硫排放量", "综合能耗", "用电量", "原煤产量", "水资源消耗量"]
        for i in 0..<n {
            lines.append("2024年，第\(i + 1)分公司\(metrics[i % metrics.count])同比\(i % 3 == 0 ? "增长" : "下降")\(Double(i % 97) / 10 + 0.1)%。")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    @Test func aboveTheThresholdTheAppendixListsWhatTheBriefingShowsAndSaysWhereTheRestIs() throws {
        let dir = try Self.folder()
        let input = dir.appendingPathComponent("many.txt")
        try Self.manyFigures(2_100).write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["all", input.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("figures.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2_101)
        let pages = try #require(Self.pages(r.stderr))
        #expect(pages <= 20, "\(r.stderr)")
        if let text = Self.pdfText(out.appendingPathComponent("briefing.pdf")) {
            let flat = text.filter { !$0.isWhitespace }
            #expect(flat.contains("本次共提取2100项数据"))
            #expect(flat.contains("figures.csv与figures.json"))
            #expect(flat.contains("--full-appendix"))
            #expect(flat.contains("简报所列数据"))
            #expect(!flat.contains("全部数据（2100项）"))
        }
        // The summary: the top of each category and a count of the rest.
        #expect(r.stdout.contains("…另有"))
        #expect(r.stdout.components(separatedBy: "\n").count < 100)

        let full = try CLI.run(["all", input.path, "--out", dir.appendingPathComponent("full").path, "--full-appendix"])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(try #require(Self.pages(full.stderr)) > pages * 5, "\(full.stderr)")
        if let text = Self.pdfText(dir.appendingPathComponent("full/briefing.pdf")) {
            #expect(text.filter { !$0.isWhitespace }.contains("全部数据（2100项）"))
        }
        #expect(!full.stdout.contains("…另有"))
        #expect(full.stdout.components(separatedBy: "\n").count > 2_100)
    }

    /// 750 companies, each with an output in two years (a trend) and a rate: above the threshold
    /// the trend and rate charts are capped, the last saying how many are left out.
    @Test func aboveTheThresholdTrendAndRateChartsAreCapped() throws {
        let dir = try Self.folder()
        let marks = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土东西南北")
        let names = marks.flatMap { a in marks.filter { $0 != a }.map { String([a, $0]) } }.prefix(750)
        let text = names.enumerated().map { i, name in
            "2023年\(name)钢铁公司粗钢产量\(100 + i % 50).5万吨。\n2024年\(name)钢铁公司粗钢产量\(120 + i % 40).5万吨，固废综合利用率为\(60 + i % 30).5%。"
        }.joined(separator: "\n")
        let input = dir.appendingPathComponent("trends.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["all", input.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let charts = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)
        #expect(charts.filter { $0.hasPrefix("trend-") }.count == 12, "\(charts.sorted())")
        #expect(charts.filter { $0.hasPrefix("rates-progress") }.count == 3, "\(charts.sorted())")
        #expect(try #require(Self.pages(r.stderr)) <= 30, "\(r.stderr)")
        if let text = Self.pdfText(out.appendingPathComponent("briefing.pdf")) {
            let flat = text.filter { !$0.isWhitespace }
            #expect(flat.contains("另有738项指标的历年变化未绘出"), "trends left out")
            #expect(flat.contains("另有720项未列入本图，见figures.csv"), "rates left out")
        }
    }

    @Test func filesReadOnTwoThreadsGiveTheSameOutputAsOneAndAsEachOther() throws {
        let dir = try Self.folder()
        let inputs = [CLI.root.appendingPathComponent("Tests/Fixtures").path, CLI.sample.path]
        var runs: [(stdout: String, stderr: String, files: [String: Data])] = []
        for (i, jobs) in ["1", "2", "2"].enumerated() {
            let out = dir.appendingPathComponent("out\(i)")
            let r = try CLI.run(["all"] + inputs + ["--out", out.path], environment: ["BRIEFING_JOBS": jobs])
            #expect(r.status == 0, "\(r.stderr)")
            var files: [String: Data] = [:]
            let names = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
            for name in names where !name.hasSuffix("charts") { files[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
            runs.append((r.stdout, r.stderr.replacingOccurrences(of: out.path, with: "OUT").replacingOccurrences(of: "out\(i)", with: "OUT"), files))
        }
        #expect(runs[0].files.count >= 8)
        for run in runs.dropFirst() {
            #expect(run.stdout == runs[0].stdout)
            #expect(run.stderr == runs[0].stderr)
            #expect(run.files.keys.sorted() == runs[0].files.keys.sorted())
            for (name, data) in run.files { #expect(data == runs[0].files[name], "\(name) differs") }
        }
    }
}
