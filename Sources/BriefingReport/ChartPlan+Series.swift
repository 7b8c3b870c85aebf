import BriefingAnalysis
import BriefingRender
import Foundation

/// The series of several reports as charts: every series of two or more points gets one.
///
/// - the stated changes of a year-by-year series (growth rates, up to `groupedPeriodLimit`
///   years) as grouped bars, one group per metric and one bar per year, per category;
/// - levels, and changes over more periods (months), as a line each, at `seriesLineHeight`.
extension ChartPlan {
    static let groupedPeriodLimit = 4
    static let seriesLineHeight = 190.0

    static func seriesCharts(_ digest: Digest) -> [NamedChart] {
        var charts: [NamedChart] = []
        var index = 0
        func name(_ kind: String) -> String { index += 1; return "series-\(index)-\(kind)" }
        let grouped = digest.series.filter { $0.kind == .change && $0.points.count <= groupedPeriodLimit && $0.points.allSatisfy { $0.period.month == nil } }
        for category in Figure.Category.allCases {
            var units: [String] = []
            for s in grouped where s.category == category && !units.contains(s.unit) { units.append(s.unit) }
            for unit in units {
            let inCategory = grouped.filter { $0.category == category && $0.unit == unit }
            for chunk in seriesChunks(inCategory) {
                let periods = Set(chunk.flatMap { $0.points.map(\.period) }).sorted()
                let rows = chunk.flatMap { s in
                    periods.compactMap { period -> GroupedBarRow? in
                        guard let p = s.points.first(where: { $0.period == period }) else { return nil }
                        return GroupedBarRow(category: s.label, series: period.label, value: NSDecimalNumber(decimal: p.value).doubleValue,
                                             valueLabel: p.label, tone: tone(p.figure), marker: marker(p.figure.figure))
                    }
                }
                let part = charts.filter { $0.name.hasSuffix("-\(category.rawValue)-changes") }.count
                let title = "\(category.title)：历年变化对比" + (part > 0 ? "（续）" : "")
                let spec = ChartSpec.groupedBars(title: title, unit: (unit == "百分点" ? "个百分点" : unit) + "（同比）",
                                                 source: SourceNotes.note(for: chunk.flatMap { $0.points.map(\.figure) }), rows: rows,
                                                 axis: unit == "%" ? .percent : .plain)
                charts.append(NamedChart(name: name("\(category.rawValue)-changes"), placement: .series, spec: spec,
                                         figures: chunk.flatMap { $0.points.map(\.figure) }))
            }
            }
        }
        for s in digest.series where !grouped.contains(s) {
            let points = s.points.map { p in
                LinePoint(x: p.period.month.map { "\($0)月" } ?? "\(p.period.year)", value: NSDecimalNumber(decimal: p.value).doubleValue,
                          valueLabel: p.label)
            }
            let years = Set(s.points.map(\.period.year)).sorted()
            let span = s.points.allSatisfy({ $0.period.month != nil }) && years.count == 1 ? "\(years[0])年各月" : "历年"
            let unit = s.kind == .change ? (s.unit == "百分点" ? "个百分点" : s.unit) + "（\(s.basis == .priorPeriod ? "环比" : "同比")）" : (s.unit.isEmpty ? "—" : s.unit)
            let spec = ChartSpec.line(title: "\(s.label)\(span)\(s.kind == .change ? "变化" : "")", unit: unit,
                                      source: SourceNotes.note(for: s.points.map(\.figure)),
                                      series: [LineSeries(name: s.label, points: points)])
            charts.append(NamedChart(name: name(s.kind == .change ? "change" : "level"), placement: .series, spec: spec,
                                     figures: s.points.map(\.figure), height: s.points.count <= groupedPeriodLimit ? seriesLineHeight : nil))
        }
        return charts
    }

    /// Groups of series whose grouped-bar chart fits on a page: at most `groupedLimit` bars.
    static func seriesChunks(_ series: [Series]) -> [[Series]] {
        var chunks: [[Series]] = []
        var current: [Series] = []
        var bars = 0
        for s in series {
            if bars + s.points.count > groupedLimit, !current.isEmpty {
                chunks.append(current); current = []; bars = 0
            }
            current.append(s); bars += s.points.count
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
