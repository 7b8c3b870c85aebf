import Foundation
import Testing
@testable import BriefingRender

@Suite struct DocumentTests {
    let writer = PDFWriter()

    @Test func generatedPDFPassesQpdfAndEmbedsSubsetFontsWithToUnicode() throws {
        let url = Fixtures.tempDir().appendingPathComponent("doc.pdf")
        let result = try writer.write(Fixtures.document(), to: url)
        let check = try runTool("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.output)")
        let fonts = try runTool("pdffonts", [url.path])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let cols = row.split(separator: " ")
            // … emb sub uni objectID gen
            #expect(Array(cols.suffix(5).prefix(3)) == ["yes", "yes", "yes"], "\(row)")
            #expect(row.contains("NotoSansCJK"), "\(row)")
        }
        let info = try runTool("pdfinfo", [url.path]).output
        #expect(info.contains("Pages:           \(result.pageCount)"))
        #expect(info.contains("Title:           环境绩效简报（示例）"))
        #expect(info.contains("Author:          Briefing 测试"))
        #expect(info.contains("Subject:         排放与能耗变化"))
        #expect(info.contains("Keywords:        环境, 排放, 能耗"))
        #expect(info.contains("Creator:         Briefing"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("CreationDate:    Tue Nov 14 22:13:20 2023 UTC"))
    }

    @Test func paragraphsWithFileNamesAreNotJustified() {
        // Justified, the line before an unbreakable file name would have its characters spread.
        #expect(DocumentLayout.hasLongLatinRun("铝液综合交流电耗同比下降85千瓦时/吨（blind_aluminium_company.txt第4行）"))
        #expect(!DocumentLayout.hasLongLatinRun("氮氧化物排放量同比下降4.76%（第571行）；PM2.5平均浓度32微克/立方米"))
    }

    @Test func textComesBackFromThePDF() throws {
        let url = Fixtures.tempDir().appendingPathComponent("doc.pdf")
        try writer.write(Fixtures.document(), to: url)
        let text = try runTool("pdftotext", [url.path, "-"]).output
        let flat = text.filter { !$0.isWhitespace }
        for needle in ["总体情况", "二氧化硫排放量同比下降19%以上", "12760千瓦时", "约10.52", "亿千瓦时", "−19%以上", "−4.76%", "97%以上", "第1页/共", "来源：示例报告"] {
            #expect(flat.contains(needle), "missing \(needle)")
        }
    }

    @Test func outlineAndLinksAreAsBuilt() throws {
        let url = Fixtures.tempDir().appendingPathComponent("doc.pdf")
        let result = try writer.write(Fixtures.document(), to: url)
        #expect(result.outline.map(\.title) == ["一、总体情况", "（一）排放指标", "（二）水污染物", "二、资源利用", "三、分单位明细", "（一）说明"])
        let json = try runTool("qpdf", ["--json", "--json-key=outlines", url.path]).output
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let outlines = root["outlines"] as! [[String: Any]]
        #expect(outlines.map { $0["title"] as! String } == ["一、总体情况", "二、资源利用", "三、分单位明细"])
        #expect(outlines.map { $0["destpageposfrom1"] as! Int } == result.outline.filter { $0.level == 1 }.map(\.page))
        let kids = outlines[0]["kids"] as! [[String: Any]]
        #expect(kids.map { $0["title"] as! String } == ["（一）排放指标", "（二）水污染物"])
        // The TOC on page 1 carries one link annotation per level 1–2 heading.
        let annots = try runTool("qpdf", ["--show-pages", "--with-images", url.path]).output
        _ = annots
        let raw = try runTool("qpdf", ["--qdf", "--object-streams=disable", url.path, "-"]).output
        #expect(raw.components(separatedBy: "/Subtype /Link").count - 1 == 6)
    }

    @Test func twoRunsAreByteIdentical() throws {
        let dir = Fixtures.tempDir()
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        try writer.write(Fixtures.document(), to: a)
        try writer.write(Fixtures.document(), to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        #expect(leftoverTempFiles(in: dir).isEmpty)
    }

    @Test func sourceDateEpochSetsTheDate() {
        let m = DocumentMetadata(title: "t")
        #expect(m.resolvedDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(PagePainter.pdfDate(Date(timeIntervalSince1970: 1_700_000_000)) == "2023-11-14T22:13:20")
        let explicit = DocumentMetadata(title: "t", date: Date(timeIntervalSince1970: 0))
        #expect(explicit.resolvedDate(environment: ["SOURCE_DATE_EPOCH": "1700000000"]) == Date(timeIntervalSince1970: 0))
    }

    @Test func aLongTableRepeatsItsHeaderOnEveryPage() throws {
        let doc = DocumentSpec(metadata: DocumentMetadata(title: "长表", date: Fixtures.date),
                               blocks: [.heading(level: 1, text: "明细"), .table(Fixtures.longTable(rows: 120))])
        let pagination = try writer.paginate(doc)
        let fragments = pagination.pages.enumerated().flatMap { (p, items) in
            items.compactMap { item -> (Int, Range<Int>, Bool)? in
                if case let .table(_, rows, header) = item { return (p, rows, header) } else { return nil }
            }
        }
        #expect(fragments.count >= 3)
        #expect(fragments.allSatisfy { $0.2 })
        #expect(fragments.map(\.1.count).reduce(0, +) == 120)
        #expect(zip(fragments, fragments.dropFirst()).allSatisfy { $0.1.upperBound == $1.1.lowerBound })
        // And in the PDF text: every page shows the header cells.
        let url = Fixtures.tempDir().appendingPathComponent("table.pdf")
        let result = try writer.write(doc, to: url)
        for page in 1...result.pageCount {
            let text = try runTool("pdftotext", ["-f", "\(page)", "-l", "\(page)", url.path, "-"]).output
            #expect(text.contains("序号") && text.contains("指标") && text.contains("变化"), "page \(page)")
        }
    }

    @Test(arguments: [0, 5, 11, 17, 23, 29, 37, 44])
    func headingsNeverEndAPageAndParagraphsLeaveNoOrphans(tableRows: Int) throws {
        var doc = Fixtures.document(tableRows: max(1, tableRows))
        // Vary the flow so headings land everywhere on the page.
        doc.blocks.insert(contentsOf: Array(repeating: Block.paragraph(Fixtures.paragraph), count: tableRows % 7), at: 2)
        for i in 0..<6 {
            doc.blocks.append(.heading(level: 1 + i % 2, text: "附录\(i)"))
            doc.blocks.append(.paragraph(String(repeating: Fixtures.paragraph, count: 1 + (i + tableRows) % 4)))
        }
        let pagination = try writer.paginate(doc)
        for (p, items) in pagination.pages.enumerated() {
            if case .heading = items.last { Issue.record("page \(p + 1) ends with a heading") }
            for item in items {
                if case let .paragraph(lines, total) = item, lines.count < total {
                    #expect(lines.count >= 2, "page \(p + 1): a split paragraph keeps \(lines.count) line(s)")
                }
            }
        }
    }

    @Test func footerCanBeNumeric() throws {
        var doc = Fixtures.document(tableRows: 5)
        doc.pageNumbers = .numeric
        let url = Fixtures.tempDir().appendingPathComponent("n.pdf")
        let result = try writer.write(doc, to: url)
        let text = try runTool("pdftotext", ["-f", "1", "-l", "1", url.path, "-"]).output
        #expect(text.filter { !$0.isWhitespace }.contains("1/\(result.pageCount)"))
        #expect(!text.filter { !$0.isWhitespace }.contains("共\(result.pageCount)页"))
    }

    @Test func writeErrorsAreClearAndLeaveNoFile() throws {
        let dir = Fixtures.tempDir()
        #expect(throws: RenderError.outputIsDirectory(path: dir.path)) { try writer.write(Fixtures.document(), to: dir) }
        let blocker = dir.appendingPathComponent("file")
        try Data().write(to: blocker)
        #expect(throws: RenderError.self) { try writer.write(Fixtures.document(), to: blocker.appendingPathComponent("x.pdf")) }
        let bad = DocumentSpec(metadata: DocumentMetadata(title: "坏"), blocks: [.heading(level: 7, text: "x")])
        #expect(throws: RenderError.self) { try writer.write(bad, to: dir.appendingPathComponent("bad.pdf")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["file"])
        let nested = dir.appendingPathComponent("new/folder/doc.pdf")
        try writer.write(Fixtures.document(tableRows: 3), to: nested)
        #expect(FileManager.default.fileExists(atPath: nested.path))
    }
}
