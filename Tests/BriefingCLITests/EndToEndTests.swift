import Foundation
import Testing

/// The built binary, run as a user runs it.
@Suite(.serialized) struct EndToEndTests {
    @Test func defaultRunOnTheSampleWritesEverything() throws {
        let dir = try CLI.workspace()
        let r = try CLI.run([], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let reports = dir.appendingPathComponent("Reports")
        let pdf = reports.appendingPathComponent("briefing.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        if let info = CLI.tool("pdfinfo", [pdf.path]) {
            let pages = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            let count = Int(pages?.split(separator: " ").last ?? "0") ?? 0
            #expect(count >= 8, "pages: \(count)")
            let tagged = info.output.split(separator: "\n").first { $0.hasPrefix("Tagged:") }
            #expect(tagged?.hasSuffix("yes") == true)
        }
        if let text = CLI.tool("pdftotext", ["-layout", pdf.path, "-"]) {
            for needle in ["氮氧化物排放量", "−4.76%", "−34.57%", "+29.26%", "约+10.52", "第571行", "要点", "附录一"] {
                #expect(text.output.contains(needle), "PDF lacks \(needle)")
            }
        }
        let charts = try FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent("charts").path)
        #expect(charts.filter { $0.hasSuffix(".png") }.count >= 8)
        #expect(charts.contains("changes-overview.png") && charts.contains("emissions-by-subject.png"))
        let summary = try String(contentsOf: reports.appendingPathComponent("summary.txt"), encoding: .utf8)
        #expect(summary.contains("氮氧化物排放量") && summary.contains("−4.76%"))
        #expect(!summary.contains("\u{1B}["), "no colour in files")
        #expect(r.stdout.contains("氮氧化物排放量"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: reports.appendingPathComponent("figures.json"))) as! [[String: Any]]
        #expect(json.count >= 35)
        let nox = try #require(json.first { $0["metric"] as? String == "氮氧化物排放量" })
        #expect(nox["value"] as? Double == 4.76 && nox["direction"] as? String == "down" && nox["line"] as? Int == 571)
        let csv = try String(contentsOf: reports.appendingPathComponent("figures.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("kind,subject,metric,direction,value,unit,base_value,base_unit,qualifier,basis,year,period,category,improved,quote,file,line,page,box\r\n"))
        #expect(r.stderr.contains("wrote"))
    }

    @Test func oneBadFileAmongGoodOnes() throws {
        let dir = try CLI.workspace()
        let inputs = dir.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.fixture("company_news.txt"), to: inputs.appendingPathComponent("a_company.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: inputs.appendingPathComponent("b_image.txt"))
        try FileManager.default.copyItem(at: CLI.fixture("bulletin_2023.txt"), to: inputs.appendingPathComponent("c_bulletin.txt"))
        let before = try Data(contentsOf: inputs.appendingPathComponent("b_image.txt"))
        let r = try CLI.run(["all", "inputs", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: inputs/b_image.txt:"), "stderr: \(r.stderr)")
        #expect(r.stderr.contains("binary"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("out/figures.json"))) as! [[String: Any]]
        let files = Set(json.compactMap { $0["file"] as? String })
        #expect(files == ["inputs/a_company.txt", "inputs/c_bulletin.txt"])
        #expect(try Data(contentsOf: inputs.appendingPathComponent("b_image.txt")) == before, "inputs are never modified")
    }

    @Test func missingInputIsAnErrorThatNamesIt() throws {
        let dir = try CLI.workspace()
        let r = try CLI.run(["extract", "nowhere.txt", "seeds"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: nowhere.txt: no such file"))
        #expect(r.stdout.contains("氮氧化物排放量"), "the other input is still read")
    }

    @Test func folderWithoutTexts() throws {
        let dir = try CLI.workspace()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let r = try CLI.run(["all", "empty", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: empty: folder has no .txt or .pdf files"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing written")
    }

    @Test func extractFromStandardInputAsJSONCSVAndTable() throws {
        let text = Data("2024年，某公司氮氧化物排放量同比下降4.76%，化学需氧量、氨氮排放量分别同比下降12.43%、10.85%。".utf8)
        let json = try CLI.run(["extract", "-", "--format", "json"], stdin: text)
        #expect(json.status == 0)
        let records = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(records.map { $0["metric"] as! String } == ["氮氧化物排放量", "化学需氧量排放量", "氨氮排放量"])
        #expect(records.allSatisfy { $0["file"] as? String == "-" && $0["year"] as? Int == 2024 })
        let csv = try CLI.run(["extract", "-", "--format", "csv", "--kind", "change"], stdin: text)
        #expect(csv.stdout.split(separator: "\r\n").count == 4)
        let table = try CLI.run(["extract", "-", "--format", "table"], stdin: text)
        #expect(table.stdout.contains("▼−12.43%"))
    }

    @Test func quantitiesOffsetsPointIntoTheInputAsGiven() throws {
        let r = try CLI.run(["quantities", "-"], stdin: Data("排放总量减排１９％以上，节约标煤4 000吨".utf8))
        #expect(r.status == 0)
        let tokens = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(tokens.count == 2)
        #expect(tokens[0]["text"] as? String == "１９％以上" && tokens[0]["start"] as? Int == 6 && tokens[0]["qualifier"] as? String == "at_least")
        #expect(tokens[1]["value"] as? Double == 4000 && tokens[1]["unit"] as? String == "吨")
    }

    @Test func helpExplainsWithExamples() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        for needle in ["all", "pdf", "charts", "summary", "extract", "quantities", "Examples:"] { #expect(r.stdout.contains(needle)) }
    }

    @Test func badOptionValuesAreRefused() throws {
        let r = try CLI.run(["all", "--date", "2025-13-45"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--date"))
    }

    @Test func outputFolderThatIsAFileIsAClearError() throws {
        let dir = try CLI.workspace()
        try Data("x".utf8).write(to: dir.appendingPathComponent("taken"))
        let r = try CLI.run(["pdf", "seeds", "-o", "taken/briefing.pdf"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error:") && r.stderr.contains("taken"))
    }
}
