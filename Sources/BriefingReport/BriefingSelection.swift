import BriefingAnalysis

/// Which figures the briefing lists: all of them up to ``ReportLimits/fullListThreshold``
/// (or with `--full-appendix`); above it the top rows of each table, and in the appendix only
/// the figures the briefing shows, with a note on where the complete list is.
struct BriefingSelection {
    let capped: Bool
    let total: Int
    private let improvements: [AggregatedFigure]
    private let worsenings: [AggregatedFigure]
    private let neutral: [AggregatedFigure]

    init(_ digest: Digest, full: Bool) {
        total = digest.figures.count
        capped = ReportLimits.capped(total, full: full)
        improvements = capped ? digest.improvements : []
        worsenings = capped ? digest.worsenings : []
        neutral = capped ? digest.neutralChanges : []
    }

    /// A category's table rows out of its `figures` (changes and levels, in source order):
    /// all, or the largest improvements, the largest worsenings, the first changes of unknown
    /// polarity and the first levels, `tableRowsPerStatus` each.
    func tableRows(_ category: Figure.Category, of figures: [AggregatedFigure]) -> [AggregatedFigure] {
        guard capped else { return figures }
        let k = ReportLimits.tableRowsPerStatus
        func top(_ list: [AggregatedFigure]) -> [AggregatedFigure] {
            Array(list.lazy.filter { $0.figure.category == category }.prefix(k))
        }
        return top(improvements) + top(worsenings) + top(neutral)
            + Array(figures.lazy.filter { $0.figure.kind == .level }.prefix(k))
    }

    /// Values listed per conflict: all, or `conflictValues` when capped.
    var valuesPerConflict: Int? { capped ? ReportLimits.conflictValues : nil }

    /// The first `limit` of `list` when capped, else all.
    func limited<T>(_ list: [T], to limit: Int) -> [T] { capped ? Array(list.prefix(limit)) : list }

    /// `title`, saying how many of how many rows it shows when it shows fewer.
    func caption(_ title: String, _ shown: Int, of count: Int) -> String {
        shown == count ? title : "\(title)（\(shown)项，共\(count)项；\(ReportLimits.completeList)）"
    }

    /// What the appendix says about the complete list.
    var appendixNote: String {
        capped
            ? "本次共提取\(total)项数据，超过\(ReportLimits.fullListThreshold)项，本附录只列出正文图表中出现的数据；完整列表（含原文、文件与行号）见 figures.csv 与 figures.json（briefing all 写入输出文件夹；或 briefing extract --format csv）。需要在本附录列出全部数据时，加 --full-appendix。"
            : "完整列表亦见 figures.csv 与 figures.json（briefing all 写入输出文件夹）。"
    }

    /// The appendix's figures in source order: every one, or those the tables and charts show.
    func appendixFigures(_ digest: Digest, charts: [NamedChart]) -> [AggregatedFigure] {
        guard capped else { return digest.figures }
        var shown = Set<AggregatedFigure>()
        for category in digest.categories {
            shown.formUnion(tableRows(category, of: digest.figures(in: category).filter { $0.figure.kind != .target }))
        }
        shown.formUnion(limited(digest.targets, to: ReportLimits.tableRows))
        shown.formUnion(limited(digest.conflicts, to: ReportLimits.conflictRows).flatMap { $0.figures.prefix(valuesPerConflict ?? $0.figures.count) })
        for chart in charts { shown.formUnion(chart.figures) }
        // A figure's first line is checked before the figure is hashed whole.
        let lines = Set(shown.compactMap { $0.sources.first?.line })
        return digest.figures.filter { f in f.sources.first.map { lines.contains($0.line) } == true && shown.contains(f) }
    }
}
