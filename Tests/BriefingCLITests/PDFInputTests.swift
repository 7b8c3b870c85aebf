import BriefingRender
import Foundation
import Testing

/// PDF input through the built binary: `briefing all X.pdf`, folders mixing .pdf and .txt,
/// page provenance in the exports and sources, and bad PDFs among good inputs.
@Suite struct PDFInputTests {
    /// A two-page report drawn with our own renderer: body text on page 1, a table on page 2.
    static func report(in dir: URL, name: String = "report.pdf", scanPage: Bool = false) throws -> URL {
        var p1 = SketchPDF.Page()
        p1.text("某某集团2023年环境信息简报", x: 56, y: 40, size: 20, bold: true)
        p1.text("2023年，某某集团二氧化硫排放量1250吨，同比下降12.5%。氮氧化物排放量同比下降4.8%。", x: 56, y: 90, size: 10.5, width: 480)
        p1.text("— 1 —", x: 280, y: 800, size: 9)
        var p2 = SketchPDF.Page()
        p2.text("表1：2023年主要产品产量", x: 150, y: 60, size: 10.5)
        p2.text("单位：万吨", x: 56, y: 80, size: 9)
        for (k, row) in [("产品名称", "产量", "比上年增长（%）"), ("电解铝", "302.5", "3.2"), ("氧化铝", "611.8", "-1.4")].enumerated() {
            let y = 100 + Double(k) * 18
            p2.text(row.0, x: 56, y: y, size: 10.5); p2.text(row.1, x: 260, y: y, size: 10.5); p2.text(row.2, x: 400, y: y, size: 10.5)
        }
        var pages = [p1, p2]
        if scanPage {
            var scan = SketchPDF.Page()
            scan.image(x: 40, y: 40, width: 500, height: 700)
            pages.insert(scan, at: 1)
        }
        let url = dir.appendingPathComponent(name)
        try SketchPDF(pages: pages).write(to: url.path)
        return url
    }

    static func folder() throws -> URL {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-pdf-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func extractGivesPagesAndBoxes() throws {
        let dir = try Self.folder()
        _ = try Self.report(in: dir)
        let r = try CLI.run(["extract", "report.pdf", "--format", "json", "--kind", "all"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let so2 = try #require(json.first { ($0["metric"] as? String)?.contains("二氧化硫") == true && $0["kind"] as? String == "change" })
        #expect(so2["page"] as? Int == 1 && (so2["box"] as? [Double])?.count == 4 && so2["file"] as? String == "report.pdf")
        let table = try #require(json.first { $0["value"] as? Double == 302.5 })
        #expect(table["page"] as? Int == 2 && table["unit"] as? String == "万吨")
        let csv = try CLI.run(["extract", "report.pdf", "--format", "csv"], in: dir)
        #expect(csv.stdout.hasPrefix("kind,subject,metric,direction,value,unit,base_value,base_unit,qualifier,basis,year,period,category,improved,quote,file,line,page,box\r\n"))
    }

    @Test func allOnAFolderMixingPDFAndTextCitesPages() throws {
        let dir = try Self.folder()
        _ = try Self.report(in: dir.appendingPathComponent("in").creatingFolder())
        try FileManager.default.copyItem(at: CLI.fixture("company_news.txt"), to: dir.appendingPathComponent("in/company_news.txt"))
        let r = try CLI.run(["all", "in", "--out", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        if let text = CLI.tool("pdftotext", [pdf.path, "-"]) {
            #expect(text.output.contains("report.pdf p.1") || text.output.contains("report p.1"), "the briefing cites pages")
            #expect(text.output.contains("company_news"), "and text input by line")
        }
        let summary = try String(contentsOf: dir.appendingPathComponent("out/summary.txt"), encoding: .utf8)
        #expect(summary.contains("report.pdf p."))
    }

    @Test func theAppendixShowsSourceCropsOfPDFInputAndNotOfText() throws {
        let dir = try Self.folder()
        _ = try Self.report(in: dir)
        try FileManager.default.copyItem(at: CLI.fixture("company_news.txt"), to: dir.appendingPathComponent("company_news.txt"))
        let r = try CLI.run(["all", "report.pdf", "--out", "out", "--date", "2024-01-01"], in: dir)
        #expect(r.status == 0 && !r.stderr.contains("warning"), "\(r.stderr)")
        let pdf = dir.appendingPathComponent("out/briefing.pdf")
        expectValidPDF(pdf)
        guard let text = CLI.tool("pdftotext", [pdf.path, "-"])?.output else { return }
        #expect(text.contains("附录二 原文对照") && text.contains("附录三 方法与局限"))
        // Page 1's prose and page 2's table, each a crop with its legend; the source page's own
        // text is drawn inside the crop (Poppler renders it as text).
        #expect(text.contains("原文 p.1") && text.contains("原文 p.2"))
        #expect(text.contains("① 某某集团 二氧化硫排放量 1250吨") || text.contains("二氧化硫排放量 1250吨"), "\(text.suffix(1500))")
        #expect(text.contains("电解铝产量 302.5万吨"))
        #expect(text.contains("产品名称"), "the table header row above the number is in its crop")

        let without = try CLI.run(["all", "report.pdf", "--out", "plain", "--date", "2024-01-01", "--no-source-crops"], in: dir)
        #expect(without.status == 0)
        let plain = CLI.tool("pdftotext", [dir.appendingPathComponent("plain/briefing.pdf").path, "-"])?.output ?? ""
        #expect(!plain.contains("原文对照") && plain.contains("附录二 方法与局限"))

        let textInput = try CLI.run(["all", "company_news.txt", "--out", "text", "--date", "2024-01-01"], in: dir)
        #expect(textInput.status == 0)
        let textBriefing = CLI.tool("pdftotext", [dir.appendingPathComponent("text/briefing.pdf").path, "-"])?.output ?? ""
        #expect(!textBriefing.contains("原文对照") && textBriefing.contains("附录二 方法与局限"))
    }

    /// A long PDF shows its progress only on a terminal: here standard error is a pipe, so it
    /// holds no progress line and no carriage return. (On a terminal: checked by hand with
    /// `script -qc`, see README.)
    @Test func noProgressLineWhenStandardErrorIsNotATerminal() throws {
        let dir = try Self.folder()
        let pages = (1...60).map { k -> SketchPDF.Page in
            var p = SketchPDF.Page()
            p.text("第\(k)期：某某集团二氧化硫排放量同比下降\(k).5%。", x: 56, y: 90, size: 10.5, width: 480)
            return p
        }
        try SketchPDF(pages: pages).write(to: dir.appendingPathComponent("long.pdf").path)
        let r = try CLI.run(["extract", "long.pdf", "--format", "csv"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr.debugDescription)")
        #expect(!r.stdout.contains("\r\u{1B}") && !r.stdout.contains("reading long.pdf"))
        #expect(r.stdout.contains(",60.5,%,"), "the last page's figure is read")
    }

    @Test func aScannedPageIsAnErrorAndTheOtherPagesAreRead() throws {
        let dir = try Self.folder()
        _ = try Self.report(in: dir, scanPage: true)
        let r = try CLI.run(["extract", "report.pdf", "--format", "json", "--kind", "all"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: report.pdf: page 2 has no text layer (a scan?); "), "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(json.contains { $0["page"] as? Int == 1 } && json.contains { $0["page"] as? Int == 3 })
    }

    @Test func badPDFsAmongGoodInputs() throws {
        let dir = try Self.folder()
        _ = try Self.report(in: dir)
        try Data("二氧化硫排放量下降12%。".utf8).write(to: dir.appendingPathComponent("fake.pdf"))
        try Data("%PDF-1.7\n%broken\n".utf8).write(to: dir.appendingPathComponent("damaged.pdf"))
        let r = try CLI.run(["all", "fake.pdf", "damaged.pdf", "report.pdf", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: fake.pdf: is named .pdf but is not a PDF"), "\(r.stderr)")
        #expect(r.stderr.contains("error: damaged.pdf: PDF"), "\(r.stderr)")
        expectValidPDF(dir.appendingPathComponent("out/briefing.pdf"))

        let none = try CLI.run(["all", "fake.pdf", "damaged.pdf", "--out", "out2"], in: dir)
        #expect(none.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out2").path), "nothing half-written")
    }
}

extension URL {
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
