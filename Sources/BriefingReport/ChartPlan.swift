import BriefingAnalysis
import BriefingRender
import Foundation

/// A chart of the briefing, with a stable file name that says what it shows.
public struct NamedChart: Sendable {
    /// Where the chart stands in the briefing.
    public enum Placement: Hashable, Sendable {
        case overview
        case category(Figure.Category)
        case rates
        case targets
        case trends
        /// The series of several reports (`ChartPlan+Series`).
        case series
    }

    /// File name without extension: "changes-overview", "emissions-changes", "trend-1-电解铝产量".
    public let name: String
    public let placement: Placement
    public var spec: ChartSpec
    /// The figures it draws, for tests and source lines.
    public let figures: [AggregatedFigure]
    /// Its height in the briefing; nil: its natural height.
    public let height: Double?

    public init(name: String, placement: Placement, spec: ChartSpec, figures: [AggregatedFigure], height: Double? = nil) {
        self.name = name; self.placement = placement; self.spec = spec; self.figures = figures; self.height = height
    }
}

/// Digest ─► the briefing's charts, as specs (data first, drawing later).
///
/// - changes in % as diverging bars: an overview of the largest, and one per category;
/// - a metric stated for several subjects (铜冶炼/铝加工 × 化学需氧量/氨氮排放强度) as grouped bars;
/// - absolute amounts (8.2万吨, 526兆瓦, 约10.52亿千瓦时) as KPI tiles;
/// - rates (%) as progress bars against 100%, levels and targets apart;
/// - a metric with values in two or more years as a line.
public enum ChartPlan {
    static let overviewLimit = 8
    static let categoryLimit = 14
    static let tileLimit = 8
    static let progressLimit = 10
    static let groupedLimit = 16
    /// Series of a grouped chart: more would share shades a reader cannot tell apart.
    static let groupedSeriesLimit = 4

    public static func charts(for digest: Digest) -> [NamedChart] {
        var charts: [NamedChart] = []
        // Above the threshold the tables show their top rows only: the rest are in figures.csv.
        let large = digest.figures.count > ReportLimits.fullListThreshold
        let percentChanges = digest.changes.filter { $0.figure.unit == "%" }
        if percentChanges.count >= 2 {
            let top = percentChanges.largest(overviewLimit)
            let title = percentChanges.count > overviewLimit ? "变化幅度最大的\(overviewLimit)项指标" : "各项指标变化幅度"
            var spec = changeBars(title: title, top)
            spec.sourceNote += leftOut(percentChanges.count - top.count, where: large ? "figures.csv" : "各分类章节的数据一览表")
            charts.append(NamedChart(name: "changes-overview", placement: .overview, spec: spec, figures: top))
        }
        for category in digest.categories {
            let inCategory = digest.figures(in: category)
            let changes = inCategory.filter { $0.figure.kind == .change && $0.figure.unit == "%" }
            let table = large ? "figures.csv" : "本节“\(category.title)数据一览”表"
            if !changes.isEmpty {
                let shown = changes.largest(categoryLimit)
                let title = changes.count > shown.count ? "\(category.title)指标变化（幅度最大的\(shown.count)项）" : "\(category.title)指标变化"
                var spec = changeBars(title: title, shown)
                spec.sourceNote += leftOut(changes.count - shown.count, where: table)
                charts.append(NamedChart(name: "\(category.rawValue)-changes", placement: .category(category),
                                         spec: spec, figures: shown))
            }
            if let grouped = groupedBySubject(changes, category: category, table: table) { charts.append(grouped) }
            let amounts = inCategory.filter { $0.figure.kind != .target && !isRate($0.figure) }
            if !amounts.isEmpty {
                let shown = Array(amounts.prefix(tileLimit))
                let source = SourceNotes.note(for: shown) + leftOut(amounts.count - shown.count, where: table)
                charts.append(NamedChart(name: "\(category.rawValue)-amounts", placement: .category(category),
                                         spec: .kpiTiles(title: "\(category.title)主要数量", source: source,
                                                         tiles: shown.map(tile)), figures: shown))
            }
        }
        // Above the threshold the rates, targets and trends draw their first charts only, the
        // last saying how many are left out and where they all are.
        let rates = digest.levels.filter { $0.figure.unit == "%" && $0.figure.value <= 100 }
        charts += capped(progressCharts(name: "rates-progress", title: "利用率、完成率与占比", placement: .rates, rates),
                         large ? ReportLimits.progressCharts : nil, rows: rates.count)
        let rateTargets = digest.targets.filter { $0.figure.unit == "%" && $0.figure.value <= 100 && $0.figure.direction == nil }
        charts += capped(progressCharts(name: "targets-progress", title: "目标值", placement: .targets, rateTargets),
                         large ? ReportLimits.progressCharts : nil, rows: rateTargets.count)
        var trends: [NamedChart] = []
        for (index, trend) in digest.trends.enumerated() {
            if large, index >= ReportLimits.trendCharts { break }
            trends.append(NamedChart(name: "trend-\(index + 1)", placement: .trends, spec: line(trend), figures: []))
        }
        if digest.trends.count > trends.count, !trends.isEmpty {
            trends[trends.count - 1].spec.sourceNote += "；另有\(digest.trends.count - trends.count)项指标的历年变化未绘出，数据全部见figures.csv"
        }
        charts += trends
        charts += seriesCharts(digest)
        return charts
    }

    /// "；另有486项未列入本图，见本节“排放数据一览”表" (empty when nothing is left out): a capped
    /// chart says how many it leaves out and where they are.
    /// The first `limit` of `charts` (all when nil), the last noting the rows of the others.
    static func capped(_ charts: [NamedChart], _ limit: Int?, rows: Int) -> [NamedChart] {
        guard let limit, charts.count > limit else { return charts }
        var kept = Array(charts.prefix(limit))
        let shown = kept.reduce(0) { $0 + $1.figures.count }
        kept[kept.count - 1].spec.sourceNote += leftOut(rows - shown, where: "figures.csv")
        return kept
    }

    static func leftOut(_ count: Int, where place: String) -> String {
        count > 0 ? "；另有\(count)项未列入本图，见\(place)" : ""
    }

    static func isRate(_ f: Figure) -> Bool { f.unit == "%" || f.unit == "百分点" }

    static func tone(_ f: AggregatedFigure) -> Tone {
        switch f.figure.improved {
        case true?: .improved
        case false?: .worsened
        case nil: .neutral
        }
    }

    static func marker(_ f: Figure) -> Marker? {
        switch f.direction {
        case .up?: .up
        case .down?: .down
        case nil: nil
        }
    }

    /// The signed number a bar stands for.
    static func signed(_ f: Figure) -> Double {
        let v = NSDecimalNumber(decimal: f.value).doubleValue
        return f.direction == .down ? -v : v
    }

    static func changeBars(title: String, _ figures: [AggregatedFigure]) -> ChartSpec {
        .divergingBars(title: title, unit: "%（\(basisLabel(figures))）", source: SourceNotes.note(for: figures),
                       rows: figures.map { f in
                           BarRow(label: f.label, value: signed(f.figure), valueLabel: f.figure.valueText,
                                  tone: tone(f), marker: marker(f.figure))
                       })
    }

    /// "同比" when every figure is year on year, else "较基期等".
    static func basisLabel(_ figures: [AggregatedFigure]) -> String {
        let bases = Set(figures.map { $0.figure.basisText ?? "未注明基准" })
        return bases.count == 1 ? bases.first! : bases.sorted().joined(separator: "、")
    }

    /// Subjects × metrics when one metric is stated for two or more subjects.
    static func groupedBySubject(_ changes: [AggregatedFigure], category: Figure.Category, table: String) -> NamedChart? {
        // A matrix: subjects the text names that share two or more metrics, and metrics stated
        // for two or more of them — at most `groupedSeriesLimit`, those stated for the most
        // subjects, so every series keeps a colour of its own.
        let named = changes.filter { $0.figure.subject != nil }
        var metricsBySubject: [String: Set<String>] = [:]
        for f in named { if let s = f.who { metricsBySubject[s, default: []].insert(f.figure.metric) } }
        var subjectsByMetric: [String: Set<String>] = [:]
        for (subject, metrics) in metricsBySubject { for m in metrics { subjectsByMetric[m, default: []].insert(subject) } }
        var firstSeen: [String: Int] = [:]
        for (i, f) in named.enumerated() where firstSeen[f.figure.metric] == nil { firstSeen[f.figure.metric] = i }
        let shared = subjectsByMetric.filter { $0.value.count >= 2 }
            .sorted { ($0.value.count, -firstSeen[$0.key]!) > ($1.value.count, -firstSeen[$1.key]!) }
        let metrics = Set(shared.prefix(groupedSeriesLimit).map(\.key))
        let subjects = Set(metricsBySubject.filter { $0.value.intersection(metrics).count >= 2 }.keys)
        guard metrics.count >= 2, subjects.count >= 2 else { return nil }
        let matrix = named.filter { metrics.contains($0.figure.metric) && $0.who.map(subjects.contains) == true }
        // The first subjects, as many as the chart can show on one page.
        var order: [String] = []
        for f in matrix where !order.contains(f.who!) { order.append(f.who!) }
        for count in stride(from: order.count, through: 2, by: -1) {
            let kept = Set(order.prefix(count))
            let chosen = Array(matrix.filter { kept.contains($0.who!) }.prefix(groupedLimit))
            let rows = chosen.map { f in
                GroupedBarRow(category: f.who!, series: f.figure.metric, value: signed(f.figure),
                              valueLabel: f.figure.valueText, tone: tone(f), marker: marker(f.figure))
            }
            let source = SourceNotes.note(for: chosen)
                + leftOut(matrix.count - chosen.count, where: table)
            let spec = ChartSpec.groupedBars(title: "\(category.title)：分主体对比", unit: "%（\(basisLabel(chosen))）",
                                             source: source, rows: rows)
            if fitsOnPage(spec) {
                return NamedChart(name: "\(category.rawValue)-by-subject", placement: .category(category), spec: spec, figures: chosen)
            }
        }
        return nil
    }

    /// Whether a chart at the briefing's width fits on one page.
    static func fitsOnPage(_ spec: ChartSpec) -> Bool {
        let page = PageGeometry.a4.contentBottom - PageGeometry.a4.contentTop
        guard let height = try? ChartRenderer().naturalHeight(spec, width: ReportWriter.chartWidth) else { return false }
        return height <= page
    }

    /// A tile: the number the Chinese way with its unit and qualifier, what it is, and when.
    static func tile(_ f: AggregatedFigure) -> KPITile {
        let fig = f.figure
        // "约+10.52亿千瓦时" as a number part ("约+10.52") and a unit part ("亿千瓦时").
        let number = Figure.formatValue(value: fig.value, unit: "", qualifier: nil, sign: fig.kind == .change ? fig.direction : nil)
        let prefix = fig.qualifier == .approx ? "约" : fig.qualifier == .lessThan ? "不到" : (fig.qualifier == .moreThan && isRate(fig)) ? "超" : ""
        var unit = fig.unit == "百分点" ? "个百分点" : fig.unit
        switch fig.qualifier {
        case .atLeast?: unit += "以上"
        case .atMost?: unit += "以内"
        case .moreThan? where !isRate(fig): unit = "余" + unit
        default: break
        }
        var note: [String] = []
        if let who = f.who { note.append(who) }
        if let year = fig.year { note.append("\(year)年") }
        if fig.kind == .change { note.append((fig.basisText ?? "") + (fig.direction == .down ? "减少" : "增加")) }
        if f.derived { note.append("推算") }
        return KPITile(label: fig.metric, value: prefix + number, unit: unit, note: note.joined(separator: " · "),
                       tone: fig.kind == .change ? tone(f) : .neutral, marker: fig.kind == .change ? marker(fig) : nil)
    }

    /// Progress bars in charts of at most `progressLimit` rows, so each fits on a page:
    /// "rates-progress", "rates-progress-2", … with "（续）" in the later titles.
    static func progressCharts(name: String, title: String, placement: NamedChart.Placement,
                               _ figures: [AggregatedFigure]) -> [NamedChart] {
        stride(from: 0, to: figures.count, by: progressLimit).map { start in
            let chunk = Array(figures[start..<min(start + progressLimit, figures.count)])
            let part = start / progressLimit + 1
            return NamedChart(name: part == 1 ? name : "\(name)-\(part)", placement: placement,
                              spec: progress(title: part == 1 ? title : title + "（续）", chunk), figures: chunk)
        }
    }

    static func progress(title: String, _ figures: [AggregatedFigure]) -> ChartSpec {
        .progressBars(title: title, source: SourceNotes.note(for: figures), rows: figures.map { f in
            ProgressRow(label: f.label + (f.figure.year.map { "（\($0)）" } ?? ""),
                        value: NSDecimalNumber(decimal: f.figure.value).doubleValue,
                        valueLabel: f.figure.valueText, tone: .neutral)
        })
    }

    static func line(_ trend: Trend) -> ChartSpec {
        let name = [trend.who, trend.metric].compactMap { $0 }.joined(separator: " ")
        let points = trend.points.map { p in
            LinePoint(x: "\(p.year)", value: NSDecimalNumber(decimal: p.value).doubleValue,
                      valueLabel: p.label + (p.derived ? "（推算）" : ""))
        }
        return .line(title: "\(name)历年变化", unit: trend.baseUnit.isEmpty ? "—" : trend.baseUnit,
                     source: "来源：" + SourceNotes.lines(trend.points.flatMap(\.sources)),
                     series: [LineSeries(name: name, points: points)])
    }
}

extension Array where Element == AggregatedFigure {
    /// The `n` largest values, largest first, ties in the order given: what a stable sort by
    /// value cut to `n` gives, in one pass that keeps the `n` best (a job may hold 100,000).
    func largest(_ n: Int) -> [AggregatedFigure] {
        var top: [Int] = []  // positions, by value descending, ties by position
        top.reserveCapacity(n + 1)
        for i in indices {
            let v = self[i].figure.value
            if top.count == n, let last = top.last, !(v > self[last].figure.value) { continue }
            // After the last kept position whose value is at least v (ties stay in text order).
            let at = top.firstIndex { v > self[$0].figure.value } ?? top.count
            top.insert(i, at: at)
            if top.count > n { top.removeLast() }
        }
        return top.map { self[$0] }
    }
}
