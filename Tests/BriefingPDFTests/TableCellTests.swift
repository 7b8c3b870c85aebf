import BriefingAnalysis
import BriefingPDF
import BriefingRender
import Foundation
import Testing

/// Tables whose cells hold figures as printed, wrap onto a second line or run together, drawn
/// with our renderer at set positions and read back: the class fixes of the table reader, on
/// layouts a real statistical table has too.
@Suite struct TableCellTests {
    static func read(_ page: SketchPDF.Page) throws -> [Figure] {
        let path = NSTemporaryDirectory() + "table-cells-\(UUID().uuidString).pdf"
        defer { if ProcessInfo.processInfo.environment["KEEP_SKETCH"] == nil { try? FileManager.default.removeItem(atPath: path) } }
        try SketchPDF(pages: [page]).write(to: path)
        return FigureExtractor().extract(from: try DocumentLoader.load(path: path)).figures
    }

    /// 地区 | 指标 | 数值 | 年份, rows 22 pt apart, one label wrapped onto a line 12 pt below.
    @Test func signedCellsWithUnitsWrappedLabelsAndAYearColumn() throws {
        var page = SketchPDF.Page()
        page.text("表2：重点企业排放情况", x: 56, y: 60, size: 10.5)
        let columns: [Double] = [56, 150, 330, 430]
        for (k, header) in ["地区", "指标", "数值", "年份"].enumerated() { page.text(header, x: columns[k], y: 84, size: 9) }
        let rows: [[String]] = [
            ["成都市", "二氧化硫排放量", "▼−12.5%", "2023"],
            ["成都经济技术开发", "化学需氧量排放量", "约1.8万吨", "2022"],
            ["双流区", "光伏发电量", "▲+3.6亿千瓦时", "2023"],
        ]
        var y = 106.0
        for row in rows {
            for (k, cell) in row.enumerated() { page.text(cell, x: columns[k], y: y, size: 9) }
            if row[0].hasPrefix("成都经济") { page.text("区", x: columns[0], y: y + 12, size: 9); y += 12 }
            y += 22
        }
        let figures = try Self.read(page)
        let so2 = try #require(figures.first { $0.value == Decimal(string: "12.5")! })
        #expect(so2.kind == .change && so2.direction == .down && so2.unit == "%" && so2.year == 2023)
        #expect(so2.subject == "成都市" && so2.metric == "二氧化硫排放量", "\(so2)")
        let cod = try #require(figures.first { $0.value == Decimal(string: "1.8")! })
        #expect(cod.kind == .level && cod.unit == "万吨" && cod.qualifier == .approx && cod.year == 2022)
        #expect(((cod.subject ?? "") + cod.metric).contains("成都经济技术开发区"), "the wrapped line joins its cell: \(cod)")
        let pv = try #require(figures.first { $0.value == Decimal(string: "3.6")! })
        #expect(pv.direction == .up && pv.unit == "亿千瓦时" && pv.year == 2023)
        #expect(figures.count == 3, "\(figures.map { "\($0.metric) \($0.value)" })")
    }

    /// A row without figures at the table's own row pitch is a section row, not a wrapped cell:
    /// it is not joined to the row above (its label stays 第一产业).
    @Test func aSectionRowAtTheRowPitchIsNotAWrappedCell() throws {
        var page = SketchPDF.Page()
        page.text("指标", x: 56, y: 84, size: 10); page.text("2023年（亿元）", x: 250, y: 84, size: 10)
        page.text("比上年增长（%）", x: 400, y: 84, size: 10)
        let rows: [(String, String, String)] = [("地区生产总值", "1200.5", "5.1"), ("按产业分", "", ""), ("第一产业", "80.2", "3.0"),
                                                 ("第二产业", "450.7", "4.6")]
        for (k, r) in rows.enumerated() {
            let y = 106 + Double(k) * 20
            page.text(r.0, x: 56, y: y, size: 10)
            if !r.1.isEmpty { page.text(r.1, x: 250, y: y, size: 10); page.text(r.2, x: 400, y: y, size: 10) }
        }
        let figures = try Self.read(page)
        let first = try #require(figures.first { $0.value == Decimal(string: "80.2")! })
        #expect(first.metric == "第一产业" && first.unit == "亿元" && first.year == 2023, "\(first)")
        #expect(figures.contains { $0.value == Decimal(string: "4.6")! && $0.kind == .change && $0.metric == "第二产业" })
        #expect(figures.contains { $0.value == Decimal(string: "1200.5")! && $0.metric == "地区生产总值" })
    }

    /// The width of `text` as Poppler reads it back from a one-line sketch.
    static func width(_ text: String, size: Double) -> Double {
        let path = NSTemporaryDirectory() + "width-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var page = SketchPDF.Page()
        page.text(text, x: 100, y: 100, size: size)
        guard (try? SketchPDF(pages: [page]).write(to: path)) != nil, let pdf = try? SourcePDF(path: path),
              let chars = pdf.page(1)?.characters, let last = chars.map(\.x1).max() else { return 0 }
        return last - 100
    }

    /// Two columns set so close that their cells run into one fragment (`12.43%同比`) are split
    /// at the header's columns; a 基准 column gives the change its basis.
    @Test func cellsRunTogetherAreSplitAtTheHeadersColumns() throws {
        var page = SketchPDF.Page()
        page.text("指标", x: 56, y: 84, size: 9); page.text("数值", x: 250, y: 84, size: 9); page.text("基准", x: 300, y: 84, size: 9)
        for (k, r) in [("氨氮排放量", "▼−10.85%", "同比"), ("氮氧化物排放量", "▼−4.76%", "环比")].enumerated() {
            let y = 106 + Double(k) * 20
            page.text(r.0, x: 56, y: y, size: 9)
            // The value right-aligned to 292, the basis from 300: 8 pt apart, less than the gap
            // that ends a fragment, so they run into one.
            page.text(r.1, x: 292 - Self.width(r.1, size: 9), y: y, size: 9)
            page.text(r.2, x: 300, y: y, size: 9)
        }
        let figures = try Self.read(page)
        let nh3 = try #require(figures.first { $0.value == Decimal(string: "10.85")! })
        #expect(nh3.basis == .yoy && nh3.direction == .down && nh3.metric == "氨氮排放量")
        let nox = try #require(figures.first { $0.value == Decimal(string: "4.76")! })
        #expect(nox.basis == .priorPeriod && nox.metric == "氮氧化物排放量")
    }
}
