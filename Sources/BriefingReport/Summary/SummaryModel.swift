import BriefingAnalysis
import Foundation

/// What a summary shows, independent of format: counts, the figures of each category in
/// reading order with their verdict, conflicts and trends. Internal to the summary writers.
struct SummaryModel {
    /// A figure's verdict, which decides its place in the section and its colour.
    enum Status: CaseIterable {
        case improved, worsened, unknown, level, target

        /// The word in the status column, so the verdict reads without colour too.
        var label: String {
            switch self {
            case .improved: "改善"
            case .worsened: "恶化"
            case .unknown: "未明"
            case .level: "水平"
            case .target: "目标"
            }
        }

        var key: String {
            switch self {
            case .improved: "improved"
            case .worsened: "worsened"
            case .unknown: "unknown"
            case .level: "level"
            case .target: "target"
            }
        }
    }

    struct Entry {
        let item: AggregatedFigure
        let status: Status
        var figure: Figure { item.figure }
    }

    struct Section {
        let category: Figure.Category
        let entries: [Entry]
        /// What the text and markdown summaries list: every entry, or above the threshold
        /// (see ``ReportLimits``) the first `summaryRowsPerStatus` of each verdict.
        let shown: [Entry]
        var omitted: Int { entries.count - shown.count }

        func count(_ status: Status) -> Int { entries.filter { $0.status == status }.count }

        /// "改善 9，恶化 1，水平 3" with the zero counts left out.
        var countsText: String {
            Status.allCases.compactMap { s in
                let n = count(s)
                return n == 0 ? nil : "\(s.label) \(n)"
            }.joined(separator: "，")
        }
    }

    struct Counts {
        var sources = 0, figures = 0, changes = 0, improved = 0, worsened = 0, unknown = 0
        var levels = 0, targets = 0, conflicts = 0, derived = 0
    }

    let sources: [String]
    let sections: [Section]
    let counts: Counts
    let conflicts: [Conflict]
    let trends: [Trend]
    /// With several reports: their series and arithmetic checks (empty with one).
    let series: [Series]
    let checks: [ArithmeticCheck]
    let isSeries: Bool
    /// Whether the text and markdown summaries list only the top of each category (more than
    /// ``ReportLimits/fullListThreshold`` figures and no `fullList`).
    let capped: Bool

    var isEmpty: Bool { counts.figures == 0 && counts.derived == 0 }

    /// Trends with at least two stated years, for the text and markdown "历年数值" section; a
    /// stated year next to a derived one already stands in its category table ("（推算）").
    var statedTrends: [Trend] { trends.filter { $0.points.filter { !$0.derived }.count >= 2 } }

    /// The conflicts and stated trends the text and markdown summaries list (the first
    /// `conflictRows` when capped), and the line that counts the rest.
    var shownConflicts: ArraySlice<Conflict> { capped ? conflicts.prefix(ReportLimits.conflictRows) : conflicts[...] }
    var shownTrends: ArraySlice<Trend> {
        let stated = statedTrends
        return capped ? stated.prefix(ReportLimits.conflictRows) : stated[...]
    }

    /// "▼−10.85%（a.txt:1） / ▼−9%（a.txt:7）", the first `conflictValues` when capped.
    func conflictValuesText(_ conflict: Conflict) -> String {
        let shown = capped ? conflict.figures.prefix(ReportLimits.conflictValues) : conflict.figures[...]
        let left = conflict.figures.count - shown.count
        return shown.map(Self.conflictValueText).joined(separator: " / ") + (left > 0 ? " / …等 \(conflict.figures.count) 个数值" : "")
    }

    /// "…另有 N 项（全部见 figures.csv / figures.json）", or nil when nothing is left out.
    static func omittedLine(_ n: Int, unit: String = "项") -> String? {
        n > 0 ? "…另有 \(n) \(unit)（\(ReportLimits.completeList)）" : nil
    }

    init(_ digest: Digest, fullList: Bool = false) {
        let capped = ReportLimits.capped(digest.figures.count, full: fullList)
        self.capped = capped
        sources = digest.sources
        conflicts = digest.conflicts
        trends = digest.trends
        series = digest.series
        checks = digest.checks
        isSeries = !digest.reports.isEmpty
        var c = Counts()
        c.sources = digest.sources.count
        c.figures = digest.figures.count
        let n = digest.counts
        c.changes = n.changes
        c.improved = n.improvements
        c.worsened = n.worsenings
        c.unknown = n.neutralChanges
        c.levels = n.levels
        c.targets = n.targets
        c.conflicts = digest.conflicts.count
        c.derived = digest.derived.count
        counts = c

        // Each figure joins its category's entries in one pass, in the order of the verdicts.
        let lists: [([AggregatedFigure], Status)] = [
            (digest.improvements, .improved), (digest.worsenings, .worsened), (digest.neutralChanges, .unknown),
            (digest.levels, .level), (digest.derived, .level), (digest.targets, .target),
        ]
        var byCategory: [Figure.Category: [Entry]] = [:]
        for (list, status) in lists {
            for item in list { byCategory[item.figure.category, default: []].append(Entry(item: item, status: status)) }
        }
        let categories = Figure.Category.allCases.filter { byCategory[$0] != nil }
        sections = categories.map { cat in
            let entries = byCategory[cat]!
            let k = ReportLimits.summaryRowsPerStatus
            let shown = capped
                ? Status.allCases.flatMap { status in entries.lazy.filter { $0.status == status }.prefix(k) }
                : entries
            return Section(category: cat, entries: entries, shown: shown)
        }
    }

    /// "摘要：1 份来源，40 项数据；变化 24 项（改善 22，恶化 1，未明 1），水平 12 项，目标 4 项；冲突 2 处。"
    var headline: String {
        var text = "摘要：\(counts.sources) 份来源，\(counts.figures) 项数据；"
        text += "变化 \(counts.changes) 项（改善 \(counts.improved)，恶化 \(counts.worsened)，未明 \(counts.unknown)），"
        text += "水平 \(counts.levels) 项，目标 \(counts.targets) 项"
        var extras: [String] = []
        if counts.conflicts > 0 { extras.append("冲突 \(counts.conflicts) 处") }
        if counts.derived > 0 { extras.append("推算 \(counts.derived) 项") }
        if !extras.isEmpty { text += "；" + extras.joined(separator: "，") }
        return text + "。"
    }

    /// "来源：seeds/a.txt、seeds/b.txt" (at most three named), so a source cut to
    /// "…d0bdeef.txt:571" in a narrow table can still be told.
    var sourcesLine: String? {
        guard !sources.isEmpty else { return nil }
        let named = sources.prefix(3).joined(separator: "、")
        return "来源：" + named + (sources.count > 3 ? " 等 \(sources.count) 份" : "")
    }

    /// The one line shown instead of tables when nothing was found.
    var emptyMessage: String {
        counts.sources == 0
            ? "未发现数据：没有读入任何来源。"
            : "未发现数据：\(counts.sources) 份来源中没有找到可提取的环境或生产数据。"
    }

    // MARK: - Cell texts shared by text and markdown

    static func subjectText(_ f: Figure) -> String { f.subject ?? "—" }

    static let derivedMark = "（推算）"

    /// "2024", "2024 一季度", "上半年", or "".
    static func yearText(_ f: Figure) -> String {
        [f.year.map { String($0) }, f.period].compactMap { $0 }.joined(separator: " ")
    }

    static func valueText(_ f: Figure) -> String { f.valueText }

    /// Sources compactly: "a.txt:12,40; b.txt:3" (file once, its lines in order).
    /// At most `placesNamed` places per file and `filesNamed` files; the rest counted ("…等N处").
    static func sourceText(_ sources: [SourceRef]) -> String {
        let paged = sources.pagedFiles
        let groups = sources.linesByFile
        let files = groups.prefix(SourceNotes.filesNamed).map { group in
            let places = group.lines.prefix(placesNamed).map(String.init).joined(separator: ",")
                + (group.lines.count > placesNamed ? "…等\(group.lines.count)处" : "")
            return paged.contains(group.file) ? "\(group.file) p." + places : "\(group.file):" + places
        }.joined(separator: "; ")
        return groups.count > SourceNotes.filesNamed ? files + "; …共\(groups.count)份文件" : files
    }

    static let placesNamed = 12

    /// "中铝集团 氨氮排放量（2024年）".
    static func topicText(subject: String?, metric: String, year: Int?) -> String {
        [subject, metric].compactMap { $0 }.joined(separator: " ") + (year.map { "（\($0)年）" } ?? "")
    }

    /// "▼−10.85%（a.txt:1）".
    static func conflictValueText(_ item: AggregatedFigure) -> String {
        let basis = item.figure.basisText.map { $0 } ?? ""
        return "\(basis)\(item.figure.arrow)\(item.figure.valueText)（\(sourceText(item.sources))）"
    }

    /// "2021年 1800亿元 → 2022年 1900亿元".
    static func seriesPointsText(_ s: Series) -> String {
        s.points.map { "\($0.period.label) \($0.label)" }.joined(separator: " → ")
    }

    /// "核算检查（一致 13，不一致 7，可比口径 2）".
    var checksTitle: String {
        let n = { (o: ArithmeticCheck.Outcome) in checks.filter { $0.outcome == o }.count }
        return "核算检查（一致 \(n(.agrees))，不一致 \(n(.differs))，可比口径 \(n(.comparableBasis))）"
    }

    /// The checks that did not agree, flagged first: "✗ 青禾市 全社会用电量 2023年：原文 +8%，推算 +3.2%（…）".
    var checkLines: [String] {
        (checks.filter { $0.outcome == .differs } + checks.filter { $0.outcome == .comparableBasis }).map { c in
            (c.outcome == .differs ? "✗ " : "≈ ") + [c.who, c.subject].compactMap { $0 }.joined(separator: " ")
                + "：原文 \(c.stated)，推算 \(c.computed)（\(c.basis)）"
        }
    }

    /// "2022年 48万吨 → 2023年 50万吨（推算）".
    static func trendPointsText(_ trend: Trend) -> String {
        trend.points.map { "\($0.year)年 \($0.label)\($0.derived ? derivedMark : "")" }.joined(separator: " → ")
    }
}
