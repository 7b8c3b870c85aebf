import BriefingAnalysis
import BriefingRender
import Foundation
import Testing
@testable import BriefingReport

/// The appendix's source crops planned from figures with a page and a box, against pages a
/// test supplies (no PDF reader in this layer): grouping, the check that a number is still where
/// it was read, a file gone, the cap.
@Suite struct SourceCropsTests {
    final class Blank: ExternalPageDrawing, @unchecked Sendable { func draw(cairo: OpaquePointer) {} }

    /// A page with lines of text 20 pt apart from y = 100, characters 10 pt wide.
    struct Pages: SourcePageProvider {
        var lines: [String]
        var missing: Set<String> = []
        func page(file: String, number: Int) throws -> SourcePage {
            if missing.contains(file) { throw IngestError(path: file, reason: "no such file; check the path") }
            var characters: [SourcePage.Character] = []
            for (k, line) in lines.enumerated() {
                for (i, s) in line.unicodeScalars.enumerated() {
                    characters.append(.init(scalar: s, box: Rect(x: 50 + Double(i) * 10, y: 100 + Double(k) * 20, width: 10, height: 14)))
                }
            }
            return SourcePage(width: 595, height: 842, characters: characters, drawing: Blank())
        }
    }

    /// A figure whose number is `value` at character `column` of line `line` of page `page`.
    static func figure(_ metric: String, _ value: String, line: Int, column: Int, page: Int = 1, file: String = "a.pdf",
                       quote: String? = nil) -> AggregatedFigure {
        let f = Figure(kind: .level, subject: nil, metric: metric, direction: nil, value: Decimal(string: value)!, unit: "万吨",
                       baseValue: Decimal(string: value)! * 10_000, baseUnit: "吨", qualifier: nil, basis: nil, year: 2023,
                       period: nil, category: .production, improved: nil, quote: quote ?? "\(metric)\(value)万吨", file: file,
                       line: line, page: page, box: [50 + Double(column) * 10, 100 + Double(line) * 20, Double(value.count) * 10, 14])
        return AggregatedFigure(figure: f, sources: [SourceRef(file: file, line: line, quote: f.quote, page: page)])
    }

    static let text = (0..<30).map { k in k == 2 ? "产量12.5万吨" : k == 3 ? "销量8.1万吨" : k == 25 ? "库存3.0万吨" : "正文正文正文正文正文" }

    @Test func numbersOnNeighbouringLinesShareACropAndFarOnesGetTheirOwn() {
        let figures = [Self.figure("产量", "12.5", line: 2, column: 2), Self.figure("销量", "8.1", line: 3, column: 2),
                       Self.figure("库存", "3.0", line: 25, column: 2)]
        let plan = SourceCrops.plan(figures, pages: Pages(lines: Self.text), singleSource: true)
        #expect(plan.warnings.isEmpty)
        #expect(plan.crops.map(\.marks.count) == [2, 1])
        #expect(plan.crops.allSatisfy { $0.caption == "原文 p.1" })
        let first = plan.crops[0]
        // A line and a half of context above the first number and below the last, whole lines only.
        #expect(first.region.y <= 100 + 1 * 20 && first.region.maxY >= 100 + 4 * 20 + 14)
        #expect(first.region.height < 8 * 20)
        for (mark, f) in zip(first.marks, figures) {
            #expect(mark.box == Rect(x: f.figure.box![0], y: f.figure.box![1], width: f.figure.box![2], height: f.figure.box![3]))
        }
        #expect(first.legend.contains("① 产量  12.5万吨") && first.legend.contains("② 销量  8.1万吨"))
        #expect(plan.marked == 3 && plan.beyondLimit == 0)
    }

    @Test func aFileThatIsGoneGivesOneWarningAndNoCrop() {
        let figures = [Self.figure("产量", "12.5", line: 2, column: 2, file: "gone.pdf"),
                       Self.figure("库存", "3.0", line: 25, column: 2, page: 2, file: "gone.pdf"),
                       Self.figure("销量", "8.1", line: 3, column: 2, file: "b.pdf")]
        let plan = SourceCrops.plan(figures, pages: Pages(lines: Self.text, missing: ["gone.pdf"]), singleSource: false)
        #expect(plan.warnings == ["warning: gone.pdf: cannot be opened again to draw its source crops (no such file; check the path); the appendix lists its figures without crops"])
        #expect(plan.crops.map(\.caption) == ["b.pdf p.1"])
    }

    @Test func aNumberNoLongerInItsBoxIsLeftWithoutACrop() {
        // The page now says 13.5 where 12.5 was read: the file changed.
        var lines = Self.text
        lines[2] = "产量13.5万吨"
        let figures = [Self.figure("产量", "12.5", line: 2, column: 2), Self.figure("库存", "3.0", line: 25, column: 2)]
        let plan = SourceCrops.plan(figures, pages: Pages(lines: lines), singleSource: true)
        #expect(plan.crops.count == 1 && plan.crops[0].legend.contains("库存"))
        #expect(plan.warnings == ["warning: a.pdf: 1 number(s) no longer stand where they were read (has the file changed since?); the appendix lists them without source crops"])
    }

    @Test func cropsStopAtTheLimitAndCountWhatTheyLeaveOut() {
        let figures = (1...5).map { Self.figure("产量", "12.5", line: 2, column: 2, page: $0) }
        let plan = SourceCrops.plan(figures, pages: Pages(lines: Self.text), singleSource: true, limit: 3)
        #expect(plan.crops.count == 3 && plan.beyondLimit == 2)
        let note = BriefingDocument.cropNote(plan)
        #expect(note.contains("其余2项数据未附截图"))
    }

    @Test func textInputHasNoCropAppendix() {
        let digest = ReportFixtures.digest(text: "2023年，全厂二氧化硫排放量同比下降12.5%。")
        let plan = SourceCrops.plan(digest.figures, pages: Pages(lines: Self.text), singleSource: true)
        #expect(plan.crops.isEmpty && plan.warnings.isEmpty)
        let spec = BriefingDocument.spec(digest, charts: [], omitted: [], options: ReportOptions(), crops: plan)
        #expect(spec == BriefingDocument.spec(digest, charts: [], options: ReportOptions()))
        #expect(spec.blocks.contains(.heading(level: 1, text: "附录二  方法与局限")))
    }
}
