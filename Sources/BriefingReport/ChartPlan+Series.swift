import BriefingAnalysis
import BriefingRender
import Foundation

/// The series of several reports as charts: every series of two or more points gets one.
///
/// - the stated changes of a year-by-year series (growth rates, up to `groupedPeriodLimit`
///   years) as grouped bars, one group per metric and one bar per year, by category and unit;
/// - levels, and changes over more periods (months), as a line each.
extension ChartPlan {
    static let groupedPeriodLimit = 4
    /// How much lower than its natural height a line of up to `groupedPeriodLimit` points is
    /// drawn (a plot of about 110 pt instead of 150): three to a page.
    static let seriesLineSaving = 40.0
    /// Bars of one grouped chart of series: two such charts fit on a page.
    static let seriesBarLimit = 12

    static func seriesCharts(_ digest: Digest) -> [NamedChart] {
        var charts: [NamedChart] = []
        func name(_ kind: String) -> String { "series-\(charts.count + 1)-\(kind)" }
        // When every series is about one subject, the titles name it once and the rows do not.
        let whos = Set(digest.series.map(\.who))
        let sole = whos.count == 1 ? whos.first! : nil
        let label: (Series) -> String = { sole == nil ? $0.label : $0.metricLabel }
        let prefix = sole.map { "\($0 ?? "") · " } ?? ""

        let grouped = digest.series.filter {
            $0.kind == .change && $0.points.count <= groupedPeriodLimit && $0.points.allSatisfy { $0.period.month == nil }
        }
        for category in Figure.Category.allCases {
            var units: [String] = []
            for s in grouped where s.category == category && !units.contains(s.unit) { units.append(s.unit) }
            for unit in units {
                let chunks = seriesChunks(grouped.filter { $0.category == category && $0.unit == unit })
                for (part, chunk) in chunks.enumerated() {
                    let title = prefix + "\(category.title)：历年变化对比" + (part > 0 ? "（续）" : "")
                    charts.append(NamedChart(name: name("\(category.rawValue)-changes"), placement: .series,
                                             spec: changeBars(title: title, unit: unit, chunk, label: label),
                                             figures: chunk.flatMap { $0.points.map(\.figure) }))
                }
            }
        }
        for s in digest.series where !grouped.contains(s) {
            let spec = seriesLine(s)
            charts.append(NamedChart(name: name(s.kind == .change ? "change" : "level"), placement: .series,
                                     spec: spec, figures: s.points.map(\.figure),
                                     height: s.points.count <= groupedPeriodLimit ? compactHeight(spec) : nil))
        }
        return charts
    }

    /// One group of bars per series, one bar per period, coloured by period.
    static func changeBars(title: String, unit: String, _ series: [Series], label: (Series) -> String) -> ChartSpec {
        let periods = Set(series.flatMap { $0.points.map(\.period) }).sorted()
        let rows = series.flatMap { s in
            periods.compactMap { period -> GroupedBarRow? in
                guard let p = s.points.first(where: { $0.period == period }) else { return nil }
                return GroupedBarRow(category: label(s), series: period.label, value: NSDecimalNumber(decimal: p.value).doubleValue,
                                     valueLabel: p.label, tone: tone(p.figure), marker: marker(p.figure.figure))
            }
        }
        return .groupedBars(title: title, unit: (unit == "百分点" ? "个百分点" : unit) + "（同比）",
                            source: SourceNotes.note(for: series.flatMap { $0.points.map(\.figure) }), rows: rows,
                            axis: unit == "%" ? .percent : .plain)
    }

    /// A series over its years ("2021", "2022") or the months of one year ("1月" … "12月").
    static func seriesLine(_ s: Series) -> ChartSpec {
        let years = Set(s.points.map(\.period.year)).sorted()
        let monthsOfOneYear = s.points.allSatisfy { $0.period.month != nil } && years.count == 1
        let points = s.points.map { p in
            LinePoint(x: monthsOfOneYear ? "\(p.period.month!)月" : p.period.label.replacingOccurrences(of: "年", with: monthsOfOneYear || p.period.month == nil ? "" : "."),
                      value: NSDecimalNumber(decimal: p.value).doubleValue, valueLabel: p.label)
        }
        let span = monthsOfOneYear ? "\(years[0])年各月" : "历年"
        let unit = s.kind == .change
            ? (s.unit == "百分点" ? "个百分点" : s.unit) + "（\(s.basis == .priorPeriod ? "环比" : "同比")）"
            : (s.unit.isEmpty ? "—" : s.unit)
        return .line(title: "\(s.label)\(span)\(s.kind == .change ? "变化" : "")", unit: unit,
                     source: SourceNotes.note(for: s.points.map(\.figure)),
                     series: [LineSeries(name: s.label, points: points)])
    }

    /// The chart's natural height less `seriesLineSaving`; nil (natural) when it cannot be measured.
    static func compactHeight(_ spec: ChartSpec) -> Double? {
        (try? ChartRenderer().naturalHeight(spec, width: ReportWriter.chartWidth)).map { $0 - seriesLineSaving }
    }

    /// Groups of series for one grouped-bar chart each: at most `seriesBarLimit` bars.
    static func seriesChunks(_ series: [Series]) -> [[Series]] {
        var chunks: [[Series]] = []
        var current: [Series] = []
        var bars = 0
        for s in series {
            if bars + s.points.count > seriesBarLimit, !current.isEmpty {
                chunks.append(current); current = []; bars = 0
            }
            current.append(s); bars += s.points.count
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
