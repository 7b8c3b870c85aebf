import BriefingAnalysis
import BriefingReport
import Foundation
import Testing

@Suite struct SummaryMarkdownTests {
    static func markdown(_ digest: Digest) -> String {
        Summary.render(digest, format: .markdown, options: SummaryOptions())
    }

    /// Cells of a GitHub table row, split at unescaped pipes.
    static func cells(_ row: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for ch in row {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { current.append(ch); escaped = true; continue }
            if ch == "|" { cells.append(current); current = "" } else { current.append(ch) }
        }
        cells.append(current)
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func headingPerCategoryAndATableEach() {
        let md = Self.markdown(SummaryFixtures.sample)
        #expect(md.hasPrefix("# "))
        for category in SummaryFixtures.sample.categories { #expect(md.contains("\n## \(category.title)\n")) }
        #expect(md.contains("| ▼ | 改善 | 中铝集团 | 氮氧化物排放量 | −4.76% | 同比 | 2024 | 000_110601d51d0bdeef.txt:571 |"))
        #expect(!md.contains("…"), "markdown is never truncated")
    }

    @Test func pipesInCellsAreEscapedSoEveryRowHasTheSameColumns() {
        let d = Aggregator.digest([
            SummaryFixtures.figure(.change, "A|B公司", "排放|强度", .down, 5, improved: true),
            SummaryFixtures.figure(.level, "C\\D", "利用率", nil, 35, category: .resources),
        ], sources: ["a.txt"])
        let md = Self.markdown(d)
        #expect(md.contains("A\\|B公司"))
        #expect(md.contains("排放\\|强度"))
        #expect(md.contains("C\\\\D"))
        let rows = md.components(separatedBy: "\n").filter { $0.hasPrefix("|") }
        #expect(rows.count == 2 * 3) // two tables, each a header, a delimiter and one row
        for row in rows { #expect(Self.cells(row).count == 8, "\(row)") }
        #expect(rows.contains { $0.contains("---:") }, "value column right-aligned")
    }

    @Test func conflictsAndDerivedFiguresAreShown() {
        let md = Self.markdown(SummaryFixtures.mixed)
        #expect(md.contains("## 数据冲突"))
        #expect(md.contains("b.txt:2") && md.contains("c.txt:9"))
        #expect(md.contains("电解铝产量（推算）"))
    }
}
