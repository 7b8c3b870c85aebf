import Foundation

/// One metric of one subject over the periods of several reports: the levels (GDP by year) or
/// the stated changes (its growth by year), each point with the figure it comes from.
public struct Series: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public let period: ReportPeriod
        /// In the series' unit (levels: the base unit, 万吨 folded into 吨; changes: % or 百分点).
        public let value: Decimal
        /// As written, signed for changes ("+5.6%", "130亿千瓦时").
        public let label: String
        public let figure: AggregatedFigure
    }

    /// Whom it is about, resolved to a name (全市 in 成都's bulletin → 成都市); for a subject
    /// that could not be resolved, the subject with its file ("全市·bulletin").
    public let who: String?
    /// The series' name: the canonical spelling (`MetricSynonyms`).
    public let metric: String
    public let kind: Figure.Kind
    public let unit: String
    /// For changes: year on year (stated or, in a bulletin's list, left unsaid) or on the prior period.
    public let basis: Figure.Basis?
    /// A period other than the year or a month (一季度, 1-3月), the same in every point.
    public let periodName: String?
    public let category: Figure.Category
    /// Which way is better for this metric (emissions ▼, output ▲); nil when the taxonomy does not say.
    public let betterDirection: Figure.Direction?
    /// The points, oldest first, one per period.
    public let points: [Point]

    /// Every spelling the points were written with, first seen first.
    public var spellings: [String] {
        var seen: [String] = []
        for p in points where !seen.contains(p.figure.figure.metric) { seen.append(p.figure.figure.metric) }
        return seen
    }

    public var latest: Point { points[points.count - 1] }
    public var previous: Point { points[points.count - 2] }

    /// Whether the latest point is better news than the one before: for levels, the move from
    /// the previous level read through `betterDirection`; for changes, the latest stated
    /// change's own polarity. nil when it cannot be told or nothing moved.
    public var latestImproved: Bool? {
        switch kind {
        case .level:
            guard let better = betterDirection, latest.value != previous.value else { return nil }
            return (latest.value > previous.value) == (better == .up)
        default:
            return latest.figure.figure.improved
        }
    }

    /// The latest move: a level's change in its unit and in % ("+4亿千瓦时（+3.2%）"); for a
    /// change series the move of the rate in percentage points ("−3个百分点").
    public var latestChangeText: String {
        let delta = latest.value - previous.value
        switch kind {
        case .level:
            let d = NSDecimalNumber(decimal: delta).doubleValue
            let p = NSDecimalNumber(decimal: previous.value).doubleValue
            let scale = latest.figure.figure.value == 0 ? 1 : NSDecimalNumber(decimal: latest.figure.figure.baseValue / latest.figure.figure.value).doubleValue
            let inUnit = SeriesFormat.signed(d / scale, decimals: max(1, Aggregator.decimals(of: latest.figure.figure.value)))
            let written = latest.figure.figure.unit
            let unit = written == "%" || written == "百分点" ? "个百分点" : written
            guard p != 0, latest.figure.figure.unit != "%" else { return inUnit + unit }
            return inUnit + unit + "（" + SeriesFormat.signed(d / abs(p) * 100, decimals: 1) + "%）"
        default:
            let d = NSDecimalNumber(decimal: delta).doubleValue
            return SeriesFormat.signed(d, decimals: 1) + (unit == "%" || unit == "百分点" ? "个百分点" : unit)
        }
    }

    /// "成都市 地区生产总值", "成都市 粗钢产量（1-3月）".
    public var label: String { [who, metricLabel].compactMap { $0 }.joined(separator: " ") }
    /// "地区生产总值", "粗钢产量（1-3月）".
    public var metricLabel: String { metric + (periodName.map { "（\($0)）" } ?? "") }
}

/// Numbers the series pages print.
enum SeriesFormat {
    /// "+3.2", "−0.5", "0"; with `trimmed` false the zeros stay ("+2.0").
    static func signed(_ v: Double, decimals: Int, trimmed: Bool = true) -> String {
        let rounded = (v * pow(10, Double(decimals))).rounded() / pow(10, Double(decimals))
        if rounded == 0, trimmed { return "0" }
        var text = String(format: "%.\(decimals)f", abs(rounded))
        while trimmed, text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if rounded == 0 { return text }
        return (rounded > 0 ? "+" : "−") + text
    }
}

/// A figure placed for the series: whom it is about (resolved), its series name, its period.
struct PlacedFigure {
    let figure: AggregatedFigure
    let report: Report
    /// The resolved subject, or the subject scoped to its file when it means nothing outside it.
    let who: String?
    let metric: String
    let period: ReportPeriod
    /// nil for a year or a month; else the period's name (一季度, 1-3月), the same across years.
    let periodName: String?

    var f: Figure { figure.figure }

    /// The series it belongs to.
    var key: SeriesKey {
        // Levels in the base unit (万吨 and 吨 meet); a change in % or 百分点 as stated.
        let unit = f.kind == .change && (f.unit == "%" || f.unit == "百分点") ? f.unit : f.baseUnit
        return SeriesKey(who: who, metric: metric, kind: f.kind, unit: unit, basis: SeriesKey.basis(f),
                         periodName: periodName, monthly: period.month != nil)
    }
}

struct SeriesKey: Hashable {
    let who: String?, metric: String, kind: Figure.Kind, unit: String, basis: Figure.Basis?, periodName: String?
    let monthly: Bool

    /// Year on year whether said (同比) or left unsaid in a list (增长3.0%); 环比 apart; a
    /// change against a base year (较2019年) joins no series (the base differs by report).
    static func basis(_ f: Figure) -> Figure.Basis? {
        guard f.kind == .change else { return nil }
        return f.basis == .priorPeriod ? .priorPeriod : .yoy
    }
}

extension Aggregator {
    /// The figures of several reports placed for series: subjects resolved to the report's
    /// entity, metrics to their canonical spelling, periods from the figure or its report.
    static func place(_ figures: [AggregatedFigure], reports: [Report]) -> [PlacedFigure] {
        let byFile = Dictionary(reports.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        return figures.compactMap { a in
            let f = a.figure
            guard !a.derived, f.kind != .target, let year = f.year, let report = byFile[f.file] else { return nil }
            guard f.kind != .change || f.basis != .basePeriod else { return nil }
            let period: ReportPeriod
            var name: String?
            if let p = f.period, p != "全年" {
                if let m = singleMonth(p) { period = ReportPeriod(year: year, month: m) } else { period = ReportPeriod(year: year); name = p }
            } else if let r = report.period, r.year == year, r.month != nil {
                period = r
            } else {
                period = ReportPeriod(year: year)
            }
            return PlacedFigure(figure: a, report: report, who: a.who, metric: MetricSynonyms.canonical(f.metric),
                                period: period, periodName: name)
        }
    }

    /// "3月", "三月" → 3; not "1-3月".
    static func singleMonth(_ p: String) -> Int? {
        guard p.hasSuffix("月"), let r = ReportPeriod(title: "2000年" + p, year: 2000) else { return nil }
        return r.month
    }

    /// Series with two or more periods, in the order their first figure was stated.
    static func series(_ placed: [PlacedFigure], taxonomy: Taxonomy = .standard) -> [Series] {
        var groups: [SeriesKey: [ReportPeriod: PlacedFigure]] = [:]
        var order: [SeriesKey] = []
        for p in placed {
            let key = p.key
            if groups[key] == nil { order.append(key) }
            if let existing = groups[key]?[p.period], !prefer(p, over: existing) { continue }
            groups[key, default: [:]][p.period] = p
        }
        return order.compactMap { key in
            let byPeriod = groups[key]!
            guard byPeriod.count >= 2 else { return nil }
            let points = byPeriod.keys.sorted().map { period -> Series.Point in
                let p = byPeriod[period]!
                let value = key.kind == .change && (p.f.unit == "%" || p.f.unit == "百分点") ? p.f.value : p.f.baseValue
                let signed = p.f.direction == .down ? -value : value
                return Series.Point(period: period, value: signed, label: p.f.valueText, figure: p.figure)
            }
            let last = points.last!.figure.figure
            let better: Figure.Direction? = switch taxonomy.improved(metric: last.metric, direction: .up) {
            case true?: .up
            case false?: .down
            case nil: nil
            }
            return Series(who: key.who, metric: key.metric, kind: key.kind, unit: key.unit, basis: key.basis,
                          periodName: key.periodName, category: last.category, betterDirection: better, points: points)
        }
    }

    /// Of two figures for one point: the one its own report states (the 2021 report's 2021
    /// GDP over the 2022 report's restatement), else the later report's (a revision).
    static func prefer(_ a: PlacedFigure, over b: PlacedFigure) -> Bool {
        let aOwn = a.report.period?.year == a.period.year, bOwn = b.report.period?.year == b.period.year
        if aOwn != bOwn { return aOwn }
        guard let pa = a.report.period, let pb = b.report.period else { return false }
        return pa > pb
    }
}
