import Foundation
import Testing
@testable import BriefingRender

/// No content makes the document engine refuse a document: cells, charts, headings and notes
/// too big for a page are shortened, visibly, and the document is written.
@Suite struct DocumentFittingTests {
    let writer = PDFWriter()

    static func metadata() -> DocumentMetadata {
        DocumentMetadata(title: "测试", date: Date(timeIntervalSince1970: 1_700_000_000))
    }

    /// A source cell listing 10,000 places (one figure repeated 10,000 times).
    static let manyPlaces = "第" + (1...10_000).map(String.init).joined(separator: "、") + "行"

    @Test func aCellTallerThanAPageIsShortenedToItsFirstItemsAndCountsThemAll() throws {
        let table = TableSpec(columns: [TableColumn("指标", width: 2), TableColumn("来源", width: 1)],
                              rows: [["二氧化硫排放量", Self.manyPlaces], ["氮氧化物排放量", "第3行"]],
                              caption: "污染物排放数据一览", overflowNote: "全部见figures.csv")
        let doc = DocumentSpec(metadata: Self.metadata(), blocks: [.table(table)])
        let pages = try writer.paginate(doc).pages
        #expect(pages.count == 1)
        let layout = try RenderLock.run {
            try TableLayout(table, width: PageGeometry.a4.contentWidth, pageHeight: PageGeometry.a4.contentHeight, text: TextEngine())
        }
        let cell = layout.rows[0].cells[1].layout.lineTexts().joined()
        #expect(cell.hasPrefix("第1、2、3"))
        #expect(cell.hasSuffix("…等10000处，全部见figures.csv"), "\(cell)")
        #expect(layout.rows[0].height <= PageGeometry.a4.contentHeight / 2)
        #expect(layout.rows[1].cells[1].layout.lineTexts().joined() == "第3行")

        let url = Fixtures.tempDir().appendingPathComponent("tall-cell.pdf")
        #expect(try writer.write(doc, to: url).pageCount == 1)
    }

    @Test func aColumnsMaxLinesShortensItsCellsOnly() throws {
        let places = (1...200).map { "a.txt:\($0)" }.joined(separator: "、")
        let table = TableSpec(columns: [TableColumn("来源", maxLines: 3), TableColumn("原文")], rows: [[places, places]])
        let layout = try RenderLock.run { try TableLayout(table, width: 200, text: TextEngine()) }
        let box = layout.rows[0].cells[0]
        #expect(box.lineCount <= 3)
        #expect(box.layout.lineTexts().joined().hasSuffix("…等200处"))
        #expect(layout.rows[0].cells[1].layout.lineTexts().joined() == places)
    }

    @Test func textThatIsNoListIsCutWithAnEllipsis() throws {
        let long = String(repeating: "氮氧化物排放量同比下降", count: 2_000)
        let table = TableSpec(columns: [TableColumn("原文")], rows: [[long]])
        let layout = try RenderLock.run {
            try TableLayout(table, width: 300, pageHeight: PageGeometry.a4.contentHeight, text: TextEngine())
        }
        #expect(layout.rows[0].cells[0].ellipsized)
        #expect(layout.rows[0].height <= PageGeometry.a4.contentHeight)
    }

    @Test func aChartTallerThanAPageKeepsTheRowsThatFitAndSaysHowManyAreLeftOut() throws {
        let rows = (1...300).map { BarRow(label: "指标\($0)", value: Double($0), valueLabel: "+\($0)%", tone: .neutral, marker: .up) }
        let chart = ChartSpec.divergingBars(title: "全部指标变化", unit: "%", source: "来源：a.txt", rows: rows)
        let doc = DocumentSpec(metadata: Self.metadata(), blocks: [.chart(chart)])
        let pages = try writer.paginate(doc).pages
        #expect(pages.count == 1)
        guard case let .chart(title, height) = pages[0][0] else { Issue.record("no chart: \(pages)"); return }
        #expect(height <= PageGeometry.a4.contentHeight)
        let shown = try #require(Int(title.split(separator: "有").last!.prefix { $0.isNumber }))
        #expect(shown > 0 && shown < 300)
        #expect(title == "全部指标变化（另有\(shown)项未显示）")
    }

    @Test func aHeadingOfAThousandCharactersIsCappedNotRefused() throws {
        let doc = DocumentSpec(metadata: Self.metadata(), blocks: [
            .title(String(repeating: "标题", count: 500), subtitle: String(repeating: "来源", count: 2_000)),
            .heading(level: 1, text: String(repeating: "一", count: 1_000)),
            .paragraph("正文。"),
        ])
        #expect(try writer.paginate(doc).pages.count <= 2)
    }
}
