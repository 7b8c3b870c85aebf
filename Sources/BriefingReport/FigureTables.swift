import BriefingAnalysis
import BriefingRender

/// The briefing's tables, every row with its source.
struct FigureTables {
    /// One input file: source cells show line numbers only.
    let singleSource: Bool

    func compact(_ figures: [AggregatedFigure], caption: String) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体", width: 1.3), TableColumn("指标", width: 2.4), TableColumn("数值", width: 1.5, alignment: .right),
            TableColumn("基准", width: 0.7), TableColumn("年份", width: 0.6), TableColumn("来源", width: 1.4, maxLines: Self.sourceCellLines),
        ], rows: figures.map { f in
            [f.figure.subject ?? "—", f.figure.metric, f.valueCell, f.figure.basisText ?? "—", f.yearCell, SourceNotes.cell(f, singleSource: singleSource)]
        }, caption: caption, unit: nil, sourceNote: SourceNotes.note(for: figures), repeatHeader: true,
           overflowNote: ReportLimits.completeListInCell)
    }

    /// The appendix of `figures`, out of `total` in the job.
    func appendix(_ figures: [AggregatedFigure], of total: Int) -> TableSpec {
        TableSpec(columns: [
            TableColumn("来源", width: 1.2, maxLines: Self.sourceCellLines), TableColumn("类型", width: 0.6), TableColumn("主体 · 指标", width: 2.0),
            TableColumn("数值", width: 1.3, alignment: .right), TableColumn("原文", width: 3.2),
        ], rows: figures.map { f in
            [SourceNotes.cell(f, singleSource: singleSource), Self.kindTitle(f.figure.kind), f.label, f.valueCell, f.figure.quote]
        }, caption: figures.count == total ? "全部数据（\(total)项）" : "简报中出现的数据（\(figures.count)项，共\(total)项）",
           unit: nil, sourceNote: nil, repeatHeader: true, overflowNote: ReportLimits.completeListInCell)
    }

    func derived(_ figures: [AggregatedFigure], of total: Int) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体 · 指标", width: 2.2), TableColumn("年份", width: 0.6), TableColumn("推算值", width: 1.3, alignment: .right),
            TableColumn("推算依据", width: 2.6), TableColumn("来源", width: 1.2, maxLines: Self.sourceCellLines),
        ], rows: figures.map { f in
            [f.label, f.yearCell, f.figure.valueText, f.figure.quote, SourceNotes.cell(f, singleSource: singleSource)]
        }, caption: figures.count == total ? "推算值" : "推算值（前\(figures.count)项，共\(total)项）", unit: nil, sourceNote: nil,
           repeatHeader: true, overflowNote: ReportLimits.completeListInCell)
    }

    /// The conflicts table: the first `valuesEach` values of each conflict (nil: all), a row
    /// counting the rest.
    func conflicts(_ conflicts: [Conflict], of total: Int, valuesEach: Int? = nil) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体 · 指标", width: 2.2), TableColumn("年份", width: 0.6), TableColumn("数值", width: 1.4, alignment: .right),
            TableColumn("来源", width: 1.4, maxLines: Self.sourceCellLines),
        ], rows: conflicts.flatMap { c in
            let shown = c.figures.prefix(valuesEach ?? c.figures.count)
            let rows = shown.map { f in [f.label, f.yearCell, f.valueCell, SourceNotes.cell(f, singleSource: singleSource)] }
            let left = c.figures.count - shown.count
            return left == 0 ? rows : rows + [["", "", "…另有\(left)个数值", ReportLimits.completeListInCell]]
        }, caption: conflicts.count == total ? "数值不一致" : "数值不一致（前\(conflicts.count)处，共\(total)处）", unit: nil,
           sourceNote: nil, repeatHeader: true, overflowNote: ReportLimits.completeListInCell)
    }

    /// Lines a source cell shows at most (a list of thousands of places is shortened to
    /// "…等N处，全部见figures.csv" by the document engine); other cells up to half a page.
    static let sourceCellLines = 6

    static func kindTitle(_ kind: Figure.Kind) -> String {
        switch kind {
        case .change: "变化"
        case .level: "水平"
        case .target: "目标"
        }
    }
}
