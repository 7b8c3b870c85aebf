import BriefingAnalysis
import BriefingRender

/// The briefing's tables, every row with its source.
struct FigureTables {
    /// One input file: source cells show line numbers only.
    let singleSource: Bool

    func compact(_ figures: [AggregatedFigure], caption: String) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体", width: 1.3), TableColumn("指标", width: 2.4), TableColumn("数值", width: 1.5, alignment: .right),
            TableColumn("基准", width: 0.7), TableColumn("年份", width: 0.6), TableColumn("来源", width: 1.4),
        ], rows: figures.map { f in
            [f.figure.subject ?? "—", f.figure.metric, f.valueCell, f.figure.basisText ?? "—", f.yearCell, SourceNotes.cell(f, singleSource: singleSource)]
        }, caption: caption, unit: nil, sourceNote: SourceNotes.note(for: figures), repeatHeader: true)
    }

    func appendix(_ figures: [AggregatedFigure]) -> TableSpec {
        TableSpec(columns: [
            TableColumn("来源", width: 1.2), TableColumn("类型", width: 0.6), TableColumn("主体 · 指标", width: 2.0),
            TableColumn("数值", width: 1.3, alignment: .right), TableColumn("原文", width: 3.2),
        ], rows: figures.map { f in
            [SourceNotes.cell(f, singleSource: singleSource), Self.kindTitle(f.figure.kind), f.label, f.valueCell, f.figure.quote]
        }, caption: "全部数据（\(figures.count)项）", unit: nil, sourceNote: nil, repeatHeader: true)
    }

    func derived(_ figures: [AggregatedFigure]) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体 · 指标", width: 2.2), TableColumn("年份", width: 0.6), TableColumn("推算值", width: 1.3, alignment: .right),
            TableColumn("推算依据", width: 2.6), TableColumn("来源", width: 1.2),
        ], rows: figures.map { f in
            [f.label, f.yearCell, f.figure.valueText, f.figure.quote, SourceNotes.cell(f, singleSource: singleSource)]
        }, caption: "推算值", unit: nil, sourceNote: nil, repeatHeader: true)
    }

    func conflicts(_ conflicts: [Conflict]) -> TableSpec {
        TableSpec(columns: [
            TableColumn("主体 · 指标", width: 2.2), TableColumn("年份", width: 0.6), TableColumn("数值", width: 1.4, alignment: .right),
            TableColumn("来源", width: 1.4),
        ], rows: conflicts.flatMap { c in
            c.figures.map { f in [f.label, f.yearCell, f.valueCell, SourceNotes.cell(f, singleSource: singleSource)] }
        }, caption: "数值不一致", unit: nil, sourceNote: nil, repeatHeader: true)
    }

    static func kindTitle(_ kind: Figure.Kind) -> String {
        switch kind {
        case .change: "变化"
        case .level: "水平"
        case .target: "目标"
        }
    }
}
